#!/usr/bin/env python3
"""Reads `pdftotext -bbox` output (argv[1]) and the members' upper-case
names (one per line, argv[2]); prints JSON: how often each "TM. NAME" block
title appears in the signature grid, how many blocks are split across a
page (title on one page, nothing below it before the page ends), and the
number of columns. Standard library only."""
import html
import json
import re
import sys

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages_of(text):
    pages = []
    for chunk in text.split("<page")[1:]:
        words = [(html.unescape(m.group(5)), float(m.group(1)), float(m.group(2)),
                  float(m.group(3)), float(m.group(4))) for m in WORD.finditer(chunk)]
        pages.append(words)
    return pages


def main():
    pages = pages_of(open(sys.argv[1], encoding="utf-8").read())
    names = [n.strip() for n in open(sys.argv[2], encoding="utf-8") if n.strip()]
    # Every "TM." word starts a block; the centre of its line is its column.
    centres = []
    starts = []  # (page, y, centre)
    for p, words in enumerate(pages):
        for w in words:
            if w[0] != "TM.":
                continue
            # The words of its line next to it, a space apart (blocks side by
            # side are at least a gutter apart).
            same = sorted((v for v in words if abs(v[2] - w[2]) < 1.0), key=lambda v: v[1])
            k = same.index(w)
            lo = hi = k
            while lo > 0 and same[lo][1] - same[lo - 1][3] < 8:
                lo -= 1
            while hi + 1 < len(same) and same[hi + 1][1] - same[hi][3] < 8:
                hi += 1
            line = same[lo:hi + 1]
            centre = (min(v[1] for v in line) + max(v[3] for v in line)) / 2
            starts.append((p, w[2], centre))
            if not any(abs(c - centre) < 25 for c in centres):
                centres.append(centre)
    centres.sort()
    if not starts:
        print(json.dumps({"counts": {n: 0 for n in names}, "split": 0, "columns": 0}))
        return
    half = (centres[1] - centres[0]) / 2 if len(centres) > 1 else 150
    first_page, first_y = min((s[0], s[1]) for s in starts)

    def column(w):
        mid = (w[1] + w[3]) / 2
        best = min(range(len(centres)), key=lambda k: abs(centres[k] - mid))
        return best if abs(centres[best] - mid) <= half else None

    texts = []
    split = 0
    for p, words in enumerate(pages):
        if p < first_page:
            continue
        for c in range(len(centres)):
            col = sorted((w for w in words if column(w) == c and
                          (p > first_page or w[2] >= first_y - 1)), key=lambda w: (w[2], w[1]))
            texts.append(" ".join(w[0] for w in col))
            tops = [w[2] for w in col if w[0] == "TM."]
            for k, y in enumerate(tops):
                below = tops[k + 1] if k + 1 < len(tops) else float("inf")
                # The name line stands at least 25 mm (71 pt) below the title.
                if not any(y + 60 < w[2] < below for w in col):
                    split += 1
    joined = " ".join(texts)
    counts = {n: joined.count("TM. " + n + " ") + (1 if joined.endswith("TM. " + n) else 0)
              for n in names}
    print(json.dumps({"counts": counts, "split": split, "columns": len(centres)},
                     ensure_ascii=False))


main()
