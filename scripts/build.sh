#!/usr/bin/env bash
# Configures (first time) and builds thidua incrementally.
# THIDUA_BUILD picks the build folder (default build/); THIDUA_CMAKE_ARGS adds
# options, e.g. THIDUA_CMAKE_ARGS=-DTHIDUA_SANITIZE=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${THIDUA_BUILD:-build}"
# shellcheck disable=SC2086
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE="${THIDUA_BUILD_TYPE:-Release}" ${THIDUA_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j"$(nproc)"
