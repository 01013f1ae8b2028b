#!/usr/bin/env bash
# Benchmarks `thidua archive` on N generated cluster-years (default 100:
# 20 clusters over 5 years, each the size of bench/generate.py's large file):
# a first archive with one job and with every core, then a second run on
# unchanged sources. Prints wall seconds, files per second and peak RSS.
# Usage: bench/archive.sh [N]   (needs a Release build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-100}"
exe="$(pwd)/${THIDUA_BUILD:-build}/thidua"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
for k in $(seq 0 $((n - 1))); do
  python3 bench/generate.py "$work/src/c$k.xml" "cum-$((k / 5))" "$((2020 + k % 5))"
done

# run LABEL ARGS...: one timed archive run.
run() {
  local label=$1
  shift
  local t0 t1 rss
  t0=$(date +%s%N)
  rss=$(/usr/bin/time -f %M "$exe" archive "$work/src" "$@" 2>&1 >/dev/null | tail -1)
  t1=$(date +%s%N)
  awk -v l="$label" -v ns=$((t1 - t0)) -v n="$n" -v r="$rss" \
    'BEGIN {s = ns / 1e9; printf "%-40s %8.2f s %8.1f files/s %10s KiB\n", l, s, n / s, r}'
}

echo "$n cluster-years, $(du -sh "$work/src" | cut -f1) of sources, $(nproc) cores"
run "first archive, --jobs 1" -o "$work/a1" --jobs 1
run "first archive, --jobs $(nproc)" -o "$work/a2"
run "again, nothing changed" -o "$work/a2"
echo "archive size: $(du -sh "$work/a2" | cut -f1), $(find "$work/a2" -type f | wc -l) files"
