#!/usr/bin/env bash
# The main job: install what is missing, build, and render the documents of
# every bundled sample into out/<cluster-id>/<year>/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
build="${THIDUA_BUILD:-build}"
"$build"/thidua render samples/*.xml -o out
echo "documents written under out/"
