#!/usr/bin/env bash
# Benchmarks the whole process (start to exit) on the samples and on a large
# generated cluster-year: checking, rendering the minutes, rendering the
# workbook. Prints median wall milliseconds (per document and per page) and
# peak RSS.
# Usage: bench/run.sh [RUNS]   (needs a Release build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
exe="${THIDUA_BUILD:-build}/thidua"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/generate.py "$work/large.xml"

# median_ms CMD...: runs CMD $runs times, prints the median wall time in ms
# (bench/median_ms.py: spawn to exit, nothing of the shell's own).
median_ms() { python3 bench/median_ms.py "$runs" "$@"; }

peak_kib() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

# The machine's minute: Đông Bắc 2023's minutes laid out in one process (no
# start, no file, no library loaded). On the development machine the same
# instructions take 0.25-0.28 ms in its fast minutes and 0.41-0.46 ms in its
# slow ones (README, Performance), which stretch the whole table alike;
# printed before and after, compare runs only when these agree.
machine_minute() {
  printf '%-36s %10s %10s\n' "machine's minute, $1 (layout ms)" "-" "$("${THIDUA_BUILD:-build}/thidua_layout_time" \
    templates/minutes.xml 51 samples/dong-bac-2023.xml | awk '{print $3}')"
}
machine_minute "before"

printf '%-36s %10s %10s %12s\n' "case" "size KiB" "median ms" "peak RSS KiB"
printf '%-36s %10s %10s %12s\n' "baseline: /bin/true (process start)" "-" \
  "$(median_ms /bin/true)" "$(peak_kib /bin/true)"
printf '%-36s %10s %10s %12s\n' "thidua --version (start, no input)" "-" \
  "$(median_ms "$exe" --version)" "$(peak_kib "$exe" --version)"
for f in samples/*.xml "$work/large.xml"; do
  size=$(( $(stat -c %s "$f") / 1024 ))
  printf '%-36s %10s %10s %12s\n' "check $(basename "$f")" "$size" \
    "$(median_ms "$exe" check "$f")" "$(peak_kib "$exe" check "$f")"
done
printf '%-36s %10s %10s %12s\n' "check all samples (one process)" "-" \
  "$(median_ms "$exe" check samples/*.xml)" "$(peak_kib "$exe" check samples/*.xml)"

for kind in minutes covenant; do
  echo
  printf '%-36s %6s %10s %12s %12s\n' "render $kind" "pages" "median ms" "ms per page" "peak RSS KiB"
  for f in samples/*.xml "$work/large.xml"; do
    pages=$("$exe" render "$f" -o "$work/out" --only "$kind" | sed -n 's/.*(\([0-9]*\) page.*/\1/p' | head -1)
    ms=$(median_ms "$exe" render "$f" -o "$work/out" --only "$kind")
    per=$(awk -v m="$ms" -v p="$pages" 'BEGIN {printf "%.2f", m / p}')
    printf '%-36s %6s %10s %12s %12s\n' "$(basename "$f")" "$pages" "$ms" "$per" \
      "$(peak_kib "$exe" render "$f" -o "$work/out" --only "$kind")"
  done
done

# "again": into the folder of the run before, whose documents are the same
# bytes (render keeps them in place, setting their time); "new folder":
# into an empty folder each run, every document written anew.
echo
printf '%-36s %10s %10s %12s\n' "render all three documents" "again ms" "new folder" "peak RSS KiB"
for f in samples/*.xml "$work/large.xml"; do
  printf '%-36s %10s %10s %12s\n' "$(basename "$f")" "$(median_ms "$exe" render "$f" -o "$work/out")" \
    "$(median_ms "$exe" render "$f" -o "{new}")" "$(peak_kib "$exe" render "$f" -o "$work/out")"
done

# The workbook: load, check templates/workbook.xml, lay out the sheets
# (measuring text for the widths), write the XLSX through libxlsxwriter.
echo
printf '%-36s %6s %10s %12s %12s\n' "render workbook" "sheets" "median ms" "KiB" "peak RSS KiB"
for f in samples/*.xml "$work/large.xml"; do
  xlsx=$("$exe" render "$f" -o "$work/out" --only workbook | tail -1)
  sheets=$(python3 -c 'import sys, zipfile
print(sum(n.startswith("xl/worksheets/sheet") for n in zipfile.ZipFile(sys.argv[1]).namelist()))' "$xlsx")
  ms=$(median_ms "$exe" render "$f" -o "$work/out" --only workbook)
  printf '%-36s %6s %10s %12s %12s\n' "$(basename "$f")" "$sheets" "$ms" \
    "$(( $(stat -c %s "$xlsx") / 1024 ))" "$(peak_kib "$exe" render "$f" -o "$work/out" --only workbook)"
done

# The layout alone (bench/layout_time.cpp): no process start, no fonts read,
# no PDF written; its time per page must stay flat from a 4-page sample to
# generated minutes of 60 and 240 pages (175 and 700 members).
echo
python3 bench/generate.py --members 175 "$work/sixty-pages.xml"
python3 bench/generate.py --members 700 "$work/many-pages.xml"
printf '%-36s %6s %10s %12s\n' "lay out minutes (layout alone)" "pages" "median ms" "ms per page"
"${THIDUA_BUILD:-build}/thidua_layout_time" templates/minutes.xml "$runs" \
  samples/dong-bac-2023.xml samples/dbsh-2017.xml "$work/large.xml" "$work/sixty-pages.xml" \
  "$work/many-pages.xml"
echo
machine_minute "after"
