#!/usr/bin/env bash
# The Vietnamese catalogue covers the program: every message marked in src/
# (collected by xgettext as scripts/update-po.sh does) has a translation in
# po/vi.po that is neither missing nor fuzzy, that keeps exactly the
# placeholders {1}, {2}... of its English text, and that never translates
# the words editors look for ("error:", "warning:"). Fails naming each
# message that breaks a rule.
# Usage: tests/messages_test.sh SOURCE_DIR
set -euo pipefail
src="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$src"
find src -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort >"$work/files"
xgettext --from-code=UTF-8 --language=C++ --no-wrap \
  --keyword= --keyword=tr --keyword=trf --keyword=tr_n:1,2 --keyword=count_of:2,3 \
  --keyword=N_ --files-from="$work/files" --output="$work/now.pot"
msgmerge --quiet --no-wrap --no-fuzzy-matching po/vi.po "$work/now.pot" -o "$work/merged.po"
status=0
stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$work/merged.po" 2>&1)
if [[ "$stats" == *untranslated* || "$stats" == *fuzzy* ]]; then
  echo "po/vi.po: $stats (run scripts/update-po.sh, then translate each of these):"
  msgattrib --untranslated --no-obsolete --no-wrap "$work/merged.po" | grep -A2 '^msgid' | head -40
  msgattrib --only-fuzzy --no-obsolete --no-wrap "$work/merged.po" | grep -A2 '^msgid' | head -40
  status=1
fi
python3 - "$work/merged.po" <<'PY' || status=1
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
def unq(parts):
    return ''.join(bytes(p, 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8') for p in parts)
bad = 0
for block in text.split('\n\n'):
    if block.startswith('#~'):
        continue
    fields, cur = {}, None
    for line in block.split('\n'):
        m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"$', line)
        if m:
            cur = m.group(1); fields[cur] = [m.group(2)]
        elif line.startswith('"') and cur:
            fields[cur].append(line[1:-1])
    if not fields.get('msgid') or unq(fields['msgid']) == '':
        continue
    english = unq(fields['msgid'])
    for key in [k for k in fields if k.startswith('msgstr')]:
        viet = unq(fields[key])
        if not viet:
            continue
        if sorted(set(re.findall(r'\{\d\}', english))) != sorted(set(re.findall(r'\{\d\}', viet))):
            print('placeholders differ:', repr(english), '->', repr(viet)); bad += 1
        for word in ('error:', 'warning:'):
            if english.count(word) != viet.count(word):
                print(f'"{word}" must stay as it is:', repr(english), '->', repr(viet)); bad += 1
sys.exit(1 if bad else 0)
PY
exit $status
