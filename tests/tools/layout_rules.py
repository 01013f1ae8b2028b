#!/usr/bin/env python3
"""Checks the hard rules of the layout on a PDF read back with
`pdftotext -raw -bbox` (words in the order drawn, so a cell's lines stay together) (argv[1]: that output) against what a test expects
(argv[2]: JSON {"numbers": [...], "labels": [...]}). Prints JSON:
- outside: words past a margin (Decree 30: portrait 20/20/30/15 mm top,
  bottom, left, right; landscape 30 mm on top, the bound edge, 20 mm
  elsewhere), the page number in the top margin excepted;
- missing_numbers / small_numbers: expected numbers not found as one whole
  word, or found only below 9 pt (word box height / 1.107, Liberation
  Serif's ascent + descent);
- missing_labels: expected labels not found with their words in order;
- pages_without_keys: table pages (those showing an expected label, which
  only the tables' headings hold) without the key columns "TT" and "Đơn vị";
- landscape_pages, pages. Standard library only."""
import html
import json
import re
import sys

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
MM = 72 / 25.4
BOX_PER_PT = 1.107


def pages_of(text):
    pages = []
    for chunk in text.split("<page ")[1:]:
        m = PAGE.match("<page " + chunk)
        words = [(html.unescape(w.group(5)), float(w.group(1)), float(w.group(2)),
                  float(w.group(3)), float(w.group(4))) for w in WORD.finditer(chunk)]
        pages.append((float(m.group(1)), float(m.group(2)), words))
    return pages


def main():
    pages = pages_of(open(sys.argv[1], encoding="utf-8").read())
    want = json.load(open(sys.argv[2], encoding="utf-8"))
    numbers = set(want.get("numbers", []))
    out = {"outside": [], "missing_numbers": [], "small_numbers": [], "missing_labels": [],
           "pages_without_keys": [], "landscape_pages": 0, "pages": len(pages)}
    found = {}
    stream = []
    for p, (width, height, words) in enumerate(pages):
        landscape = width > height
        out["landscape_pages"] += landscape
        top, bottom = (30 * MM, 20 * MM) if landscape else (20 * MM, 20 * MM)
        left, right = (20 * MM, 20 * MM) if landscape else (30 * MM, 15 * MM)
        texts = set()
        for text, x0, y0, x1, y1 in words:
            texts.add(text)
            stream.append(text)
            page_number = y1 < top and text.isdigit()
            if not page_number and (x0 < left - 0.5 or x1 > width - right + 0.5 or
                                    y0 < top - 1.5 or y1 > height - bottom + 1.5):
                out["outside"].append(f"page {p + 1}: '{text}' at x {x0:.1f}-{x1:.1f}, "
                                      f"y {y0:.1f}-{y1:.1f}")
            if text in numbers:
                size = (y1 - y0) / BOX_PER_PT
                found[text] = max(found.get(text, 0), size)
        page_text = " " + " ".join(w[0] for w in words).replace("/ ", "/") + " "
        labelled = any(" " + label + " " in page_text for label in want.get("labels", []))
        if labelled and not ("TT" in texts and "Đơn" in texts and "vị" in texts):
            out["pages_without_keys"].append(p + 1)
    for n in sorted(numbers):
        if n not in found:
            out["missing_numbers"].append(n)
        elif found[n] < 8.95:
            out["small_numbers"].append(f"{n} at {found[n]:.1f} pt")
    joined = " " + " ".join(stream).replace("/ ", "/") + " "
    for label in want.get("labels", []):
        if " " + label.replace("/ ", "/") + " " not in joined and label not in joined:
            out["missing_labels"].append(label)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
