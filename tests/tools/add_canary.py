#!/usr/bin/python3
"""Makes a recalculation canary: a copy of an XLSX workbook whose first
sheet gains, two rows below its last, the cells 6, 7 and =A*B stored with
the wrong result -1. A spreadsheet program that recalculates on load shows
42 there; one that shows the stored values shows -1.

Prints one tab-separated line: the first sheet's name, then the formula
cell's row and column counted from 0.

Usage: add_canary.py SOURCE.xlsx COPY.xlsx   (edits that sheet's XML as
text; every other part of the source is copied unchanged)
"""
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def first_sheet(book):
    """The name and the zip entry of the workbook's first sheet."""
    sheet = ET.fromstring(book.read("xl/workbook.xml")).find(MAIN + "sheets")[0]
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    target = next(r.get("Target") for r in rels.iter(PACKAGE_REL + "Relationship")
                  if r.get("Id") == sheet.get(REL + "id"))
    return sheet.get("name"), target.lstrip("/") if target.startswith("/") else "xl/" + target


def with_canary(xml):
    """The sheet's XML with the canary row; and that row's number (from 1)."""
    rows = [int(n) for n in re.findall(r'<row r="(\d+)"', xml)]
    n = max(rows, default=0) + 2
    row = (f'<row r="{n}"><c r="A{n}"><v>6</v></c><c r="B{n}"><v>7</v></c>'
           f'<c r="C{n}"><f>A{n}*B{n}</f><v>-1</v></c></row>')
    if "<sheetData/>" in xml:
        xml = xml.replace("<sheetData/>", "<sheetData>" + row + "</sheetData>", 1)
    else:
        xml = xml.replace("</sheetData>", row + "</sheetData>", 1)
    return xml, n


def main(source, copy):
    with zipfile.ZipFile(source) as book, zipfile.ZipFile(copy, "w") as out:
        name, entry = first_sheet(book)
        for item in book.infolist():
            data = book.read(item)
            if item.filename == entry:
                text, row = with_canary(data.decode("utf-8"))
                data = text.encode("utf-8")
            out.writestr(item, data)
    sys.stdout.write(f"{name}\t{row - 1}\t2\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
