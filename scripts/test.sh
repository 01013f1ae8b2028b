#!/usr/bin/env bash
# The whole test suite: install what is missing, build, run every test
# through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
build="${THIDUA_BUILD:-build}"
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
