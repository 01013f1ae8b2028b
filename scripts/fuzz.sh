#!/usr/bin/env bash
# Fuzzes the engine with libFuzzer: configures build-fuzz/ with clang and
# THIDUA_FUZZ=ON, builds the harnesses of fuzz/, runs each one after the
# other for SECONDS (default 60), and copies every crash, timeout, leak or
# out-of-memory input into fuzz/regressions/<harness>/, where the ordinary
# test suite runs it from then on.
#
#   scripts/fuzz.sh [SECONDS]
#   THIDUA_FUZZ_HARNESSES="font" scripts/fuzz.sh 900   # only some harnesses
#
# THIDUA_FUZZ_BUILD picks the build folder (default build-fuzz). The corpus
# each run grows is kept in BUILD/fuzz-corpus/<harness>/, so runs add up;
# the seeds come from fuzz/corpus/<harness>/ and, for the fonts, from the
# installed Liberation Serif and DejaVu Serif (too big to keep in git).
# Exits 1 when any harness found something.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build="${THIDUA_FUZZ_BUILD:-build-fuzz}"
read -r -a harnesses <<<"${THIDUA_FUZZ_HARNESSES:-load template font}"

# Largest input each harness is given: room above the biggest seed.
declare -A max_len=([load]=32768 [template]=16384 [font]=400000)
declare -A dict=([load]=fuzz/xml.dict [template]=fuzz/xml.dict [font]=fuzz/font.dict)
declare -A extension=([load]=xml [template]=xml [font]=ttf)

CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTHIDUA_FUZZ=ON -DTHIDUA_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${harnesses[@]/#/fuzz_}"

# The installed fonts as seeds, copied at run time.
font_seeds="$build/fuzz-seeds/font"
mkdir -p "$font_seeds"
for f in /usr/share/fonts/truetype/liberation2/LiberationSerif-*.ttf \
  /usr/share/fonts/truetype/dejavu/DejaVuSerif{,-Bold,-Italic,-BoldItalic}.ttf; do
  if [ -f "$f" ]; then cp -u "$f" "$font_seeds/"; fi
done

# Copies each artifact of a run into fuzz/regressions/<harness>/ as
# <kind>-<first 12 hex digits of its SHA-1>.<extension>.
keep_findings() {
  local harness="$1" artifacts="$2" found=0 kind name
  mkdir -p "fuzz/regressions/$harness"
  for a in "$artifacts"/*; do
    [ -f "$a" ] || continue
    kind="$(basename "$a")"
    kind="${kind%%-*}"
    name="$kind-$(sha1sum "$a" | cut -c1-12).${extension[$harness]}"
    cp "$a" "fuzz/regressions/$harness/$name"
    rm "$a"
    echo "fuzz: $harness: kept fuzz/regressions/$harness/$name" >&2
    found=1
  done
  return "$found"
}

status=0
for h in "${harnesses[@]}"; do
  corpus="$build/fuzz-corpus/$h"
  artifacts="$build/fuzz-artifacts/$h"
  log="$build/fuzz-logs/$h.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  seeds=("fuzz/corpus/$h")
  [ "$h" = font ] && seeds+=("$font_seeds")
  echo "fuzz: $h for ${seconds}s (log: $log)" >&2
  # The first folder is the one libFuzzer adds to; the seeds are only read.
  "$build/fuzz_$h" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -timeout=10 \
    -max_len="${max_len[$h]}" -dict="${dict[$h]}" -artifact_prefix="$artifacts/" \
    -print_final_stats=1 >"$log" 2>&1 || true
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  took="$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)"
  units="$(find "$corpus" -type f | wc -l)"
  if keep_findings "$h" "$artifacts"; then
    echo "fuzz: $h: ${runs:-?} runs in ${took:-?}s, corpus $units inputs, nothing found" >&2
  else
    echo "fuzz: $h: FOUND a failure after ${runs:-?} runs; see $log" >&2
    status=1
  fi
done
exit "$status"
