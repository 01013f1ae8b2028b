"""The words of `pdftotext -bbox` output, page by page, and the phrase a
word stands in on its line: what the signature tools share. Standard
library only."""
import html
import re

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages_of(text):
    """Per page, its words as (text, xMin, yMin, xMax, yMax)."""
    pages = []
    for chunk in text.split("<page")[1:]:
        pages.append([(html.unescape(m.group(5)), float(m.group(1)), float(m.group(2)),
                       float(m.group(3)), float(m.group(4))) for m in WORD.finditer(chunk)])
    return pages


def phrase_around(words, w):
    """The words of w's line that stand a space apart from it (blocks side
    by side are at least a gutter apart), left to right."""
    same = sorted((v for v in words if abs(v[2] - w[2]) < 1.0), key=lambda v: v[1])
    k = same.index(w)
    lo = hi = k
    while lo > 0 and same[lo][1] - same[lo - 1][3] < 8:
        lo -= 1
    while hi + 1 < len(same) and same[hi + 1][1] - same[hi][3] < 8:
        hi += 1
    return same[lo:hi + 1]
