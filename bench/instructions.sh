#!/usr/bin/env bash
# Instructions (valgrind --tool=callgrind, identical from run to run, unlike
# wall time on a shared machine) of the whole process for the cases the
# performance targets name, printed next to the figures recorded in
# bench/instructions.txt (the last ones written into the README).
# Usage: bench/instructions.sh [--record]   (needs a Release build in build/)
#   --record  writes this run's figures into bench/instructions.txt
set -euo pipefail
cd "$(dirname "$0")/.."
exe="${THIDUA_BUILD:-build}/thidua"
record="bench/instructions.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/generate.py "$work/large.xml" >/dev/null

count() { # LABEL COMMAND...: prints LABEL and the instructions of COMMAND
  local label="$1"
  shift
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" >/dev/null 2>"$work/log" || true
  local n
  n=$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$work/log" | tail -1)
  [ -n "$n" ] || n=$(sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$work/log" | tr -d , | tail -1)
  echo "$label|$n"
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
} >"$work/now"

printf '%-40s %16s %16s\n' "case" "instructions" "recorded"
while IFS='|' read -r label n; do
  before=$(grep -F "$label|" "$record" 2>/dev/null | cut -d'|' -f2 || true)
  printf '%-40s %16s %16s\n' "$label" "$n" "${before:--}"
done <"$work/now"
if [ "${1:-}" = "--record" ]; then cp "$work/now" "$record"; fi
