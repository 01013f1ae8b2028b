#!/usr/bin/env python3
"""Prints the size in points at which each piece of text of a PDF is drawn
on the page, one line per page: PAGE SMALLEST LARGEST COUNT. The size is
the font size (Tf) times the vertical scale of the text matrix (Tm) and of
the graphics state's matrix (cm, saved and restored by q and Q), so text
shrunk by a print scale reads at its printed size. The PDF is first
rewritten uncompressed by qpdf (argv[1], working file argv[2]). Standard
library and qpdf only."""
import math
import re
import subprocess
import sys

TOKEN = re.compile(rb"""
    \((?:\\.|[^\\)])*\)        # a literal string (no nested parentheses here)
  | <[0-9A-Fa-f\s]*>           # a hex string
  | \[ | \]                    # arrays
  | /[^\s/\[\]()<>]+           # a name
  | [-+]?(?:\d+\.?\d*|\.\d+)   # a number
  | [A-Za-z'"*]+               # an operator
""", re.VERBOSE)


def multiply(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def vertical(m):
    return math.hypot(m[2], m[3])


def sizes_in(content):
    """The printed sizes of the text shown in one content stream."""
    out = []
    stack = []
    ctm = (1, 0, 0, 1, 0, 0)
    tm = (1, 0, 0, 1, 0, 0)
    size = 0.0
    operands = []
    depth = 0
    for m in TOKEN.finditer(content):
        t = m.group(0)
        if t == b"[":
            depth += 1
            operands.append(t)
            continue
        if t == b"]":
            depth -= 1
            operands.append(t)
            continue
        if depth > 0 or not re.fullmatch(rb"[A-Za-z'\"*]+", t):
            operands.append(t)
            continue
        numbers = []
        for o in operands:
            try:
                numbers.append(float(o))
            except ValueError:
                pass
        if t == b"q":
            stack.append(ctm)
        elif t == b"Q":
            ctm = stack.pop() if stack else (1, 0, 0, 1, 0, 0)
        elif t == b"cm" and len(numbers) >= 6:
            ctm = multiply(tuple(numbers[-6:]), ctm)
        elif t == b"BT":
            tm = (1, 0, 0, 1, 0, 0)
        elif t == b"Tm" and len(numbers) >= 6:
            tm = tuple(numbers[-6:])
        elif t == b"Tf" and numbers:
            size = numbers[-1]
        elif t in (b"Tj", b"TJ", b"'", b'"'):
            shown = b"".join(o for o in operands if o[:1] in (b"(", b"<"))
            if shown not in (b"()", b"<>", b""):
                out.append(abs(size) * vertical(tm) * vertical(ctm))
        operands = []
    return out


def main():
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", sys.argv[1], sys.argv[2]],
                   check=True)
    data = open(sys.argv[2], "rb").read()
    # qdf marks each page's content stream: "%% Contents for page N".
    parts = re.split(rb"%% Contents for page (\d+)\n", data)
    for k in range(1, len(parts), 2):
        page = int(parts[k])
        body = parts[k + 1]
        start = body.find(b"stream\n")
        end = body.find(b"endstream", start)
        sizes = sizes_in(body[start + 7:end])
        if sizes:
            print("%d\t%.3f\t%.3f\t%d" % (page, min(sizes), max(sizes), len(sizes)))
        else:
            print("%d\t-\t-\t0" % page)


main()
