#!/usr/bin/env python3
"""Checks the TrueType subsets embedded in a PDF against their original fonts.

Usage: check_subset_glyphs.py PDF TEXT [--min-depth N] [--exact] FONT.ttf...

For each original FONT (matched to the embedded subset by PostScript name: the
font descriptor's /FontName without its subset tag), every glyph TEXT's
characters need -- each character's glyph and, recursively, every component of
a composite glyph -- must have in the subset the outline it has in the
original. Glyphs are renumbered in a subset and the embedded program holds no
character map of its own, so a character's glyph is found the way a viewer
finds it: through the font's /ToUnicode (code to character) and /CIDToGIDMap
(code to glyph). Composites are compared part by part, offsets included.
--min-depth N also requires that some character needs components nested N
levels deep (so the check really exercises nesting). --exact also requires
that the PDF maps no other characters than TEXT's (and white space) to the
subset and that the subset holds no glyph but theirs, their parts at every
depth, and .notdef: the PDF must draw exactly TEXT (plus white space) in each
of these fonts.

Reads the PDF through `qpdf --json` (streams decoded), the fonts with
fontTools. Prints one line per problem and exits 1 if there is any, 2 on bad
usage or an unreadable input, 0 otherwise.
"""

import argparse
import base64
import io
import json
import re
import subprocess
import sys

from fontTools.ttLib import TTFont


def cmap_codes(text):
    """{code: characters} of a ToUnicode CMap (bfchar and bfrange entries)."""
    codes = {}

    def chars(hexdigits):
        return bytes.fromhex(hexdigits).decode("utf-16-be")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            codes[int(code, 16)] = chars(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
            lo, hi = int(lo, 16), int(hi, 16)
            if dst.startswith("["):
                for k, d in enumerate(re.findall(r"<([0-9A-Fa-f]+)>", dst)):
                    codes[lo + k] = chars(d)
            else:
                first = bytes.fromhex(dst[1:-1])
                for k in range(hi - lo + 1):
                    last = int.from_bytes(first[-2:], "big") + k
                    codes[lo + k] = (first[:-2] + last.to_bytes(2, "big")).decode("utf-16-be")
    return codes


def embedded_fonts(pdf_path):
    """PostScript name -> (TTFont, {code point: glyph id}) for every Type0
    font over an embedded TrueType program in the PDF."""
    out = subprocess.run(
        ["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
         "--decode-level=generalized", pdf_path, "-"],
        check=True, capture_output=True).stdout
    objects = json.loads(out)["qpdf"][1]

    def value(ref):
        obj = objects["obj:" + ref] if isinstance(ref, str) else {"value": ref}
        return obj["value"] if "value" in obj else obj["stream"]["dict"]

    def data(ref):
        return base64.b64decode(objects["obj:" + ref]["stream"]["data"])

    fonts = {}
    for obj in objects.values():
        font = obj.get("value")
        if not isinstance(font, dict) or font.get("/Subtype") != "/Type0":
            continue
        cid_font = value(font["/DescendantFonts"][0])
        descriptor = value(cid_font["/FontDescriptor"])
        if "/FontFile2" not in descriptor:
            continue
        program = TTFont(io.BytesIO(data(descriptor["/FontFile2"])))
        gid_of = data(cid_font["/CIDToGIDMap"])
        glyphs = {}
        for code, chars in cmap_codes(data(font["/ToUnicode"]).decode("latin-1")).items():
            if len(chars) == 1 and 2 * code + 2 <= len(gid_of):
                glyphs[ord(chars)] = int.from_bytes(gid_of[2 * code:2 * code + 2], "big")
        # "/ABCDEF+LiberationSerif": the subset tag, then the PostScript name.
        fonts[descriptor["/FontName"][1:].split("+", 1)[-1]] = (program, glyphs)
    return fonts


def closure(font, gid):
    """{glyph id: depth} of gid and every component below it (gid at 0)."""
    order = font.getGlyphOrder()
    glyf = font["glyf"]
    found = {}
    todo = [(gid, 0)]
    while todo:
        g, depth = todo.pop()
        if g in found and found[g] >= depth:
            continue
        found[g] = depth
        glyph = glyf[order[g]]
        if glyph.isComposite():
            for c in glyph.components:
                todo.append((font.getGlyphID(c.glyphName), depth + 1))
    return found


def outline(font, gid, depth=0):
    """A glyph's outline with its parts expanded, comparable across fonts
    whatever their glyph ids; None when it has none."""
    glyph = font["glyf"][font.getGlyphOrder()[gid]]
    if glyph.numberOfContours == 0:
        return None
    if glyph.isComposite():
        if depth > 16:
            return ("too deep",)
        return ("composite", [(outline(font, font.getGlyphID(c.glyphName), depth + 1), c.x, c.y)
                              for c in glyph.components])
    coords, ends, flags = glyph.getCoordinates(font["glyf"])
    return ("simple", list(coords), list(ends), [f & 1 for f in flags])


def check_font(original_path, embedded, text, min_depth, exact):
    problems = []
    original = TTFont(original_path)
    cmap = original.getBestCmap()
    subset, subset_glyphs = embedded
    name = original["name"].getDebugName(6)

    deepest = 0
    for ch in sorted(set(text)):
        cp = ord(ch)
        if cp not in cmap:
            problems.append(f"{name}: U+{cp:04X} '{ch}' has no glyph in the original font")
            continue
        gid = original.getGlyphID(cmap[cp])
        deepest = max([deepest] + list(closure(original, gid).values()))
        if cp not in subset_glyphs:
            problems.append(f"{name}: U+{cp:04X} '{ch}' has no code in the PDF's maps of the "
                            f"subset")
            continue
        if outline(subset, subset_glyphs[cp]) != outline(original, gid):
            problems.append(f"{name}: U+{cp:04X} '{ch}' ({cmap[cp]}): its outline or one of its "
                            f"parts is missing or wrong in the subset")

    if deepest < min_depth:
        problems.append(f"{name}: the text needs components only {deepest} level(s) deep, "
                        f"not the {min_depth} this check asks for")

    if exact:
        for cp in sorted(subset_glyphs):
            if chr(cp) not in text and not chr(cp).isspace():
                problems.append(f"{name}: the PDF maps U+{cp:04X} '{chr(cp)}' to the subset, "
                                f"which the text does not draw")
        needed = {0}
        for cp in subset_glyphs:
            needed |= set(closure(subset, subset_glyphs[cp]))
        for g in range(subset["maxp"].numGlyphs):
            if g not in needed:
                problems.append(f"{name}: the subset holds glyph {subset.getGlyphOrder()[g]} "
                                f"(id {g}), which the text does not need")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf")
    parser.add_argument("text")
    parser.add_argument("fonts", nargs="+")
    parser.add_argument("--min-depth", type=int, default=0)
    parser.add_argument("--exact", action="store_true")
    args = parser.parse_args()

    text = "".join(ch for ch in args.text if not ch.isspace())
    try:
        subsets = embedded_fonts(args.pdf)
    except (subprocess.CalledProcessError, OSError, ValueError, KeyError) as e:
        print(f"cannot read the fonts embedded in {args.pdf}: {e}", file=sys.stderr)
        return 2

    problems = []
    for path in args.fonts:
        try:
            name = TTFont(path)["name"].getDebugName(6)
        except OSError as e:
            print(f"cannot read {path}: {e}", file=sys.stderr)
            return 2
        if name not in subsets:
            problems.append(f"{name}: not embedded in {args.pdf} "
                            f"(embedded: {', '.join(sorted(subsets))})")
            continue
        problems += check_font(path, subsets[name], text, args.min_depth, args.exact)

    for p in problems:
        print(p)
    if not problems:
        print(f"ok: {len(args.fonts)} font(s), {len(set(text))} characters")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
