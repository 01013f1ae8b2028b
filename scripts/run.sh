#!/usr/bin/env bash
# The main job: install what is missing, build, and process every bundled
# sample into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
build="${THIDUA_BUILD:-build}"
mkdir -p out
status=0
"$build"/thidua check samples/*.xml 2>&1 | tee out/check-report.txt || status=$?
echo "report written to out/check-report.txt"
exit "$status"
