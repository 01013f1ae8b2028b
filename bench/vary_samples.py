#!/usr/bin/env python3
"""Writes N cluster-years made from samples/*.xml for the archive benchmark
(argv: SAMPLES-FOLDER OUT-FOLDER N): cluster-year k is sample
(k // 5) % (number of samples) under cluster id cum-(k // 5), moved k % 5
years later, so N files are N / 5 clusters over five years each. A year is
moved with every year and date in the file (figures of the year before, the
covenant and succession of the year after, the meeting's date), so each file
stays valid."""
import pathlib
import re
import sys


def vary(text: str, cluster: str, years: int) -> str:
    text = re.sub(r"(?<!\d)(20[0-4]\d)(?!\d)", lambda m: str(int(m.group(1)) + years), text)
    text, n = re.subn(r'(<cluster\s+id=")[^"]*(")', rf"\g<1>{cluster}\g<2>", text, count=1)
    if n != 1:
        sys.exit("a sample without <cluster id=...>")
    return text


def main(samples: str, out: str, n: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(samples).glob("*.xml"))]
    folder = pathlib.Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        cluster = k // 5
        text = vary(texts[cluster % len(texts)], f"cum-{cluster:03d}", k % 5)
        (folder / f"c{k:04d}.xml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
