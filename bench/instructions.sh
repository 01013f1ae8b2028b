#!/usr/bin/env bash
# Instructions (valgrind --tool=callgrind, identical from run to run, unlike
# wall time on a shared machine) of the whole process for the cases the
# performance targets name, and of the phases of the three documents of
# Đông Bắc 2023 (instructions inside one function, callgrind's
# --toggle-collect); then the wall time of process start (perf stat -r 50,
# thidua --version against /bin/true). Each printed next to the figures
# recorded in bench/instructions.txt (the last ones written into the README).
# Usage: bench/instructions.sh [--record]   (needs a Release build in build/)
#   --record  writes this run's figures into bench/instructions.txt
set -euo pipefail
cd "$(dirname "$0")/.."
exe="${THIDUA_BUILD:-build}/thidua"
record="bench/instructions.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/generate.py "$work/large.xml" >/dev/null

count() { # LABEL [--toggle-collect=F]... COMMAND...: prints LABEL and the instructions of COMMAND
  local label="$1"
  shift
  local options=()
  while [ "${1:-}" != "${1#--toggle-collect=}" ]; do
    options+=("$1")
    shift
  done
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "${options[@]}" "$@" \
    >/dev/null 2>"$work/log" || true
  local n
  n=$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$work/log" | tail -1)
  [ -n "$n" ] || n=$(sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$work/log" | tr -d , | tail -1)
  echo "$label|$n"
}

# phase LABEL FUNCTION COMMAND...: LABEL and the instructions spent inside
# FUNCTION (all its calls, callees included) while COMMAND runs.
phase() {
  local label="$1" function="$2"
  shift 2
  count "$label" --toggle-collect="$function(*" "$@"
}

# start_ms LABEL COMMAND...: LABEL and the mean wall milliseconds of COMMAND
# over 50 runs (perf stat), "-" without perf.
start_ms() {
  local label="$1"
  shift
  local s
  s=$(perf stat -r 50 "$@" 2>&1 >/dev/null | sed -n 's/^ *\([0-9.]*\) +- .*seconds time elapsed.*/\1/p')
  if [ -n "$s" ]; then echo "$label|$(awk -v s="$s" 'BEGIN {printf "%.2f", s * 1000}')"; else echo "$label|-"; fi
}

{
  count "process start (--version)" "$exe" --version
  count "check dong-bac-2023.xml" "$exe" check samples/dong-bac-2023.xml
  count "check large.xml" "$exe" check "$work/large.xml"
  count "three documents, dong-bac-2023.xml" "$exe" render samples/dong-bac-2023.xml -o "$work/out"
  count "three documents, dbsh-2017.xml" "$exe" render samples/dbsh-2017.xml -o "$work/out"
  count "three documents, large.xml" "$exe" render "$work/large.xml" -o "$work/out"
  count "minutes, dong-bac-2023.xml" "$exe" render samples/dong-bac-2023.xml -o "$work/out" \
    --only minutes
  three=("$exe" render samples/dong-bac-2023.xml -o "$work/out")
  phase "phase: templates loaded (parse + check)" thidua::doc::Template::load "${three[@]}"
  phase "phase: templates rendered (walks)" thidua::doc::Template::render "${three[@]}"
  phase "phase: XML parsed (all files)" thidua::xml::parse "${three[@]}"
  phase "phase: input loaded" thidua::load::load_file "${three[@]}"
  phase "phase: workbook labels loaded" thidua::doc::WorkbookLabels::load "${three[@]}"
  phase "phase: laid out" thidua::layout::lay_out "${three[@]}"
  phase "phase: PDFs written" thidua::pdf::render_pdf "${three[@]}"
  phase "phase: workbook made (in memory)" thidua::xlsx::workbook_bytes "${three[@]}"
  phase "phase: fonts read" thidua::font::FontFile::load "${three[@]}"
  start_ms "wall ms: /bin/true" /bin/true
  start_ms "wall ms: thidua --version" "$exe" --version
} >"$work/now"

printf '%-40s %16s %16s\n' "case" "instructions" "recorded"
while IFS='|' read -r label n; do
  before=$(grep -F "$label|" "$record" 2>/dev/null | cut -d'|' -f2 || true)
  printf '%-40s %16s %16s\n' "$label" "$n" "${before:--}"
done <"$work/now"
if [ "${1:-}" = "--record" ]; then cp "$work/now" "$record"; fi
