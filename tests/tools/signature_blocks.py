#!/usr/bin/env python3
"""Reads `pdftotext -bbox` output (argv[1]) and prints the signature
blocks of a document in reading order (page, then top to bottom, then left
to right), one a line, tab-separated:

  PAGE  COLUMN  COLUMNS  ROOM  SPREAD  LINE  LINE ...

A block starts at a line beginning with argv[2] (e.g. "TM.") and holds the
lines of its column below it, down to the next block of that column or the
end of the page. ROOM is the distance in points from the top of the
block's second-last line to the top of its last (the name): the room to
sign; SPREAD how far apart (points) the lines' horizontal centres are.
Standard library only."""
import sys

from pdf_words import pages_of, phrase_around


def main():
    pages = pages_of(open(sys.argv[1], encoding="utf-8").read())
    first_word = sys.argv[2]
    starts = []  # (page, top, centre)
    for p, words in enumerate(pages):
        for w in words:
            if w[0] != first_word:
                continue
            phrase = phrase_around(words, w)
            if phrase[0] is not w:
                continue
            centre = (phrase[0][1] + phrase[-1][3]) / 2
            starts.append((p, w[2], centre))
    centres = []
    for s in starts:
        if not any(abs(c - s[2]) < 25 for c in centres):
            centres.append(s[2])
    centres.sort()
    half = (centres[1] - centres[0]) / 2 if len(centres) > 1 else 150
    for p, top, centre in sorted(starts, key=lambda s: (s[0], round(s[1]), s[2])):
        column = min(range(len(centres)), key=lambda k: abs(centres[k] - centre))
        below = [s[1] for s in starts if s[0] == p and s[1] > top + 1 and
                 abs(s[2] - centres[column]) < 25]
        bottom = min(below) if below else float("inf")
        words = [w for w in pages[p] if top - 1 <= w[2] < bottom - 1 and
                 abs((w[1] + w[3]) / 2 - centres[column]) <= half]
        lines = []
        for w in sorted(words, key=lambda v: (v[2], v[1])):
            if lines and abs(lines[-1][0][2] - w[2]) < 1.0:
                lines[-1].append(w)
            else:
                lines.append([w])
        texts = [" ".join(w[0] for w in line) for line in lines]
        middles = [(line[0][1] + line[-1][3]) / 2 for line in lines]
        room = lines[-1][0][2] - lines[-2][0][2] if len(lines) > 1 else 0
        print("\t".join([str(p + 1), str(column), str(len(centres)), "%.1f" % room,
                         "%.1f" % (max(middles) - min(middles))] + texts))


main()
