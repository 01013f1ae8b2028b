#!/usr/bin/env python3
"""Reads `pdftotext -bbox` output (argv[1]) and prints its phrases, one a
line: the words of a line that stand a space apart, tab-separated as

  PAGE  TOP  LEFT  RIGHT  TEXT

PAGE from 1, positions in points from the page's top left. Standard
library only."""
import sys

from pdf_words import pages_of, phrase_around


def main():
    for p, words in enumerate(pages_of(open(sys.argv[1], encoding="utf-8").read())):
        seen = set()
        for w in sorted(words, key=lambda v: (v[2], v[1])):
            if id(w) in seen:
                continue
            phrase = phrase_around(words, w)
            seen.update(id(v) for v in phrase)
            print("%d\t%.1f\t%.1f\t%.1f\t%s" % (p + 1, phrase[0][2], phrase[0][1], phrase[-1][3],
                                                " ".join(v[0] for v in phrase)))


main()
