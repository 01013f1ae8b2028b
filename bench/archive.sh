#!/usr/bin/env bash
# Benchmarks `thidua archive` on N cluster-years of one kind of input:
#   large  (default) N files of bench/generate.py's large size (34 members,
#          30 indicators), N / 5 clusters over 5 years;
#   sample N files made from samples/*.xml (bench/vary_samples.py: each
#          sample under N / 5 cluster ids, over 5 years).
# A first archive with one job (skipped with THIDUA_BENCH_ONE_JOB=0) and
# with every core, then a second run on unchanged sources, then verify.
# Prints wall seconds, cluster-years per second and peak RSS.
# Usage: bench/archive.sh [N] [large|sample]   (needs a Release build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100}"
kind="${2:-large}"
exe="$(pwd)/${THIDUA_BUILD:-build}/thidua"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case "$kind" in
large)
  mkdir -p "$work/src"
  for k in $(seq 0 $((n - 1))); do
    python3 bench/generate.py "$work/src/c$k.xml" "cum-$((k / 5))" "$((2020 + k % 5))"
  done
  ;;
sample) python3 bench/vary_samples.py samples "$work/src" "$n" ;;
*)
  echo "bench/archive.sh: the kind is large or sample, not '$kind'" >&2
  exit 2
  ;;
esac

# run LABEL COMMAND ARGS...: one timed thidua run.
run() {
  local label=$1
  shift
  local t0 t1 rss
  t0=$(date +%s%N)
  rss=$(/usr/bin/time -f %M "$exe" "$@" 2>&1 >/dev/null | tail -1)
  t1=$(date +%s%N)
  awk -v l="$label" -v ns=$((t1 - t0)) -v n="$n" -v r="$rss" \
    'BEGIN {s = ns / 1e9; printf "%-40s %8.2f s %8.1f per s %10s KiB\n", l, s, n / s, r}'
}

echo "$n cluster-years ($kind), $(du -sh "$work/src" | cut -f1) of sources, $(nproc) cores"
if [ "${THIDUA_BENCH_ONE_JOB:-1}" != 0 ]; then
  run "first archive, --jobs 1" archive "$work/src" -o "$work/a1" --jobs 1
  rm -rf "$work/a1"
fi
run "first archive, --jobs $(nproc)" archive "$work/src" -o "$work/a2"
run "again, nothing changed" archive "$work/src" -o "$work/a2"
run "verify" verify "$work/a2"
echo "archive size: $(du -sh "$work/a2" | cut -f1), $(find "$work/a2" -type f | wc -l) files"
