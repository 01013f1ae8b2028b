#!/usr/bin/env bash
# Benchmarks `thidua national` on N generated clusters (default 40) of
# bench/generate.py's size (34 members each, ids made unique per cluster),
# one year: wall time (median of 5) and peak RSS of the whole process.
# Usage: bench/national.sh [N]   (needs a Release build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-40}"
exe="$(pwd)/${THIDUA_BUILD:-build}/thidua"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
for k in $(seq 0 $((n - 1))); do
  python3 bench/generate.py "$work/src/c$k.xml" "cum-$k" 2023 >/dev/null
  sed -i "s/tinh-/c$k-tinh-/g" "$work/src/c$k.xml"
done
times=()
for _ in 1 2 3 4 5; do
  t0=$(date +%s%N)
  "$exe" national "$work/src" --year 2023 -o "$work/national.xlsx" >/dev/null
  t1=$(date +%s%N)
  times+=($(((t1 - t0) / 1000000)))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
rss=$(/usr/bin/time -f %M "$exe" national "$work/src" --year 2023 -o "$work/national.xlsx" 2>&1 >/dev/null | tail -1)
echo "national, $n clusters of 34 members: median $median ms, peak RSS $rss KiB"
