#!/usr/bin/env bash
# The worst inputs the limits allow, whole process, wall time and peak
# memory: 20,000 members (check and render), a 16 MiB file of elements with
# 1,000 attributes each (the most an element may have), a 16 MiB file of
# deeply nested unknown elements, one of 16 MiB of character references (each
# paragraph one word too wide for its line), and one of 20,991 characters no
# font has (each an error located in the input).
# Usage: bench/limits.sh   (needs a Release build in build/)
set -euo pipefail
cd "$(dirname "$0")/.."
exe="${THIDUA_BUILD:-build}/thidua"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 bench/generate.py --members 20000 --indicators 4 --criteria 3 --commitments 2 \
  "$work/members-20000.xml"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
limit = 16 * 1024 * 1024 - 4096
head = '<cluster-year format="1" year="2023">\n<cluster id="c" name="C"/>\n' \
       '<members><member id="a" name="A" role="head"/></members>\n'
# Elements of 1,000 attributes each, up to the size limit.
row = '<x ' + ' '.join(f'a{k}="1"' for k in range(1000)) + '/>\n'
with open(f'{work}/attributes-16mib.xml', 'w') as f:
    f.write(head + row * ((limit - len(head)) // len(row)) + '</cluster-year>\n')
# Nesting as deep as allowed, repeated.
nest = '<y>' * 49 + '</y>' * 49 + '\n'
with open(f'{work}/nesting-16mib.xml', 'w') as f:
    f.write(head + nest * ((limit - len(head)) // len(nest)) + '</cluster-year>\n')
# One paragraph after another of character references.
para = '<p>' + '&#7879;' * 1000 + '</p>\n'
with open(f'{work}/references-16mib.xml', 'w') as f:
    body = para * ((limit - len(head) - 200) // len(para))
    f.write(head + '<meeting><title>T</title><report>' + body + '</report></meeting>'
            + '</cluster-year>\n')
# Every CJK ideograph (none in the fonts), each an error to locate in the input.
ideographs = [chr(c) for c in range(0x4E00, 0x9FFF)]
paras, size, k = [], len(head) + 100, 0
while size < limit - 200:
    p = '<p>' + ' '.join(ideographs[(k * 50 + j) % len(ideographs)] for j in range(50)) + '</p>\n'
    paras.append(p)
    size += len(p.encode())
    k += 1
with open(f'{work}/missing-glyphs-16mib.xml', 'w') as f:
    f.write(head + '<meeting><title>T</title><report>' + ''.join(paras) +
            '</report></meeting></cluster-year>\n')
PY

run() { # LABEL COMMAND...: wall seconds and peak RSS of COMMAND
  local label="$1" out
  shift
  /usr/bin/time -o "$work/time" -f '%e %M' "$@" >/dev/null 2>&1 || true
  out=$(cat "$work/time" | tail -1)
  printf '%-44s %8s s %10s KiB\n' "$label" "${out% *}" "${out#* }"
}
printf '%-44s %10s %14s\n' "case" "wall" "peak RSS"
for f in members-20000 attributes-16mib nesting-16mib references-16mib missing-glyphs-16mib; do
  size=$(( $(stat -c %s "$work/$f.xml") / 1024 ))
  run "check $f ($size KiB)" "$exe" check "$work/$f.xml"
done
run "render members-20000 (three documents)" "$exe" render "$work/members-20000.xml" -o "$work/out"
