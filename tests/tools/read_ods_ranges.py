#!/usr/bin/python3
"""Lists the database ranges of OpenDocument spreadsheets: how LibreOffice
holds the tables and autofilters it read from an XLSX file it converted
to .ods. One tab-separated line a range:

  range  NAME  SHEET  A1_RANGE  FILTER_BUTTONS

A1_RANGE as "A6:F12" (the sheet apart); FILTER_BUTTONS "true" or "false".

Usage: read_ods_ranges.py FILE.ods...   (only the standard library)
"""
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def esc(v):
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def split_address(address):
    """'Sheet name'.A6:'Sheet name'.F12 (or Sheet.A6:.F12) -> (sheet, A6:F12)."""
    m = re.fullmatch(r"(?:'((?:[^']|'')*)'|([^.]*))\.\$?([A-Z]+)\$?(\d+)"
                     r"(?::(?:'(?:[^']|'')*'|[^.]*)\.\$?([A-Z]+)\$?(\d+))?", address)
    if not m:
        return "?", address
    sheet = m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2)
    first = m.group(3) + m.group(4)
    last = (m.group(5) + m.group(6)) if m.group(5) else first
    return sheet, first + ":" + last


def main(paths):
    out = []
    for path in paths:
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("content.xml"))
        for r in root.iter("{%s}database-range" % TABLE):
            sheet, cells = split_address(r.get("{%s}target-range-address" % TABLE, ""))
            out.append("\t".join(["range", esc(r.get("{%s}name" % TABLE, "")), esc(sheet),
                                  cells,
                                  r.get("{%s}display-filter-buttons" % TABLE, "false")]))
    sys.stdout.write("".join(line + "\n" for line in out))


if __name__ == "__main__":
    main(sys.argv[1:])
