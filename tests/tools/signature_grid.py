#!/usr/bin/env python3
"""Reads `pdftotext -bbox` output (argv[1]) and the members' upper-case
names (one per line, argv[2]); prints JSON: how often each "TM. NAME" block
title appears in the signature grid, how many blocks are split across a
page (title on one page, nothing below it before the page ends), and the
number of columns. Standard library only."""
import json
import sys

from pdf_words import pages_of, phrase_around


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
            line = phrase_around(words, w)
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
