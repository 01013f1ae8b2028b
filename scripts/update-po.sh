#!/usr/bin/env bash
# Collects every message marked in src/ (tr, trf, tr_n, count_of, N_) into
# po/thidua.pot with xgettext, and merges it into each po/<lang>.po with
# msgmerge: new messages arrive untranslated, changed ones marked fuzzy, for
# a translator to fill in. The test suite fails while a message has no
# translation (tests/test_messages.cpp).
# Usage: scripts/update-po.sh
set -euo pipefail
cd "$(dirname "$0")/.."
find src -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort >po/POTFILES
xgettext --from-code=UTF-8 --language=C++ --no-wrap --sort-by-file \
  --keyword= --keyword=tr --keyword=trf --keyword=tr_n:1,2 --keyword=count_of:2,3 \
  --keyword=N_ --package-name=thidua --msgid-bugs-address=thidua@example.invalid \
  --files-from=po/POTFILES --output=po/thidua.pot
for po in po/*.po; do
  msgmerge --quiet --no-wrap --update --backup=none "$po" po/thidua.pot
done
