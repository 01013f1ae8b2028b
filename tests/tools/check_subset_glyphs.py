#!/usr/bin/env python3
"""Checks the TrueType subsets embedded in a PDF against their original fonts.

Usage: check_subset_glyphs.py PDF TEXT [--min-depth N] [--exact] FONT.ttf...

For each original FONT (matched to the embedded subset with the same
PostScript name), every glyph TEXT's characters need -- each character's glyph
and, recursively, every component of a composite glyph -- must have in the
subset the outline it has in the original (glyphs are renumbered in a subset,
so glyphs are matched through the character maps and composites compared
part by part, offsets included). --min-depth N also requires that some
character needs components nested N levels deep (so the check really
exercises nesting). --exact also requires that the subset maps no other
characters than TEXT's (and white space) and holds no glyph but theirs,
their parts at every depth, and .notdef: the PDF must draw exactly TEXT (plus
white space) in each of these fonts.

Reads the PDF through `qpdf --json` (streams decoded), the fonts with
fontTools. Prints one line per problem and exits 1 if there is any, 2 on bad
usage or an unreadable input, 0 otherwise.
"""

import argparse
import base64
import io
import json
import subprocess
import sys

from fontTools.ttLib import TTFont


def embedded_fonts(pdf_path):
    """PostScript name -> TTFont for every FontFile2 in the PDF."""
    out = subprocess.run(
        ["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
         "--decode-level=generalized", pdf_path, "-"],
        check=True, capture_output=True).stdout
    objects = json.loads(out)["qpdf"][1]
    fonts = {}
    for obj in objects.values():
        value = obj.get("value")
        if not isinstance(value, dict) or value.get("/Type") != "/FontDescriptor":
            continue
        ref = value.get("/FontFile2")
        if ref is None:
            continue
        data = base64.b64decode(objects["obj:" + ref]["stream"]["data"])
        font = TTFont(io.BytesIO(data))
        fonts[font["name"].getDebugName(6)] = font
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


def check_font(original_path, subset, text, min_depth, exact):
    problems = []
    original = TTFont(original_path)
    cmap = original.getBestCmap()
    subset_cmap = subset.getBestCmap() or {}
    name = original["name"].getDebugName(6)

    deepest = 0
    for ch in sorted(set(text)):
        cp = ord(ch)
        if cp not in cmap:
            problems.append(f"{name}: U+{cp:04X} '{ch}' has no glyph in the original font")
            continue
        gid = original.getGlyphID(cmap[cp])
        deepest = max([deepest] + list(closure(original, gid).values()))
        if cp not in subset_cmap:
            problems.append(f"{name}: U+{cp:04X} '{ch}' is not in the subset's character map")
            continue
        if outline(subset, subset.getGlyphID(subset_cmap[cp])) != outline(original, gid):
            problems.append(f"{name}: U+{cp:04X} '{ch}' ({cmap[cp]}): its outline or one of its "
                            f"parts is missing or wrong in the subset")

    if deepest < min_depth:
        problems.append(f"{name}: the text needs components only {deepest} level(s) deep, "
                        f"not the {min_depth} this check asks for")

    if exact:
        for cp in sorted(subset_cmap):
            if chr(cp) not in text and not chr(cp).isspace():
                problems.append(f"{name}: the subset maps U+{cp:04X} '{chr(cp)}', which the "
                                f"text does not draw")
        needed = {0}
        for cp in subset_cmap:
            needed |= set(closure(subset, subset.getGlyphID(subset_cmap[cp])))
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
