#!/usr/bin/python3
"""Reads XLSX workbooks with openpyxl (an independent reader) and prints
what the workbook tests check, one tab-separated record a line:

  file   PATH
  sheet  NAME  FREEZE  PRINT_TITLE_ROWS  ORIENTATION  PAPER  FIT_WIDTH  FIT_HEIGHT  FOOTER  CHARTS
         SCALE  PRINT_TITLE_COLUMNS  ROW_BREAKS  COLUMN_BREAKS
  table  NAME  REF  HEADER_ROWS  FILTER_REF  COLUMN_NAME...
  autofilter  REF
  cell   ROW  COL  KIND  NUMBER_FORMAT  CONTENT  STORED

A table line for each Excel table of the sheet (HEADER_ROWS as the file
says, 1 when it leaves the default; FILTER_REF - when the table has no
autofilter), an autofilter line when the sheet has its own autofilter.

ROW and COL count from 0. KIND is f (formula), n (number), s (text).
CONTENT is the formula (with '=') or the value; STORED is the value the
file stores for the cell (for a formula, its cached result). SCALE is the
print scale in percent (100 when the file leaves the default); the breaks
are the rows (columns) a new page starts at, counted from 0, separated by
spaces (- for none). Tabs,
newlines and backslashes in text are written \\t, \\n, \\\\.

Usage: read_workbook.py FILE.xlsx...   (run with /usr/bin/python3, which
has Debian's python3-openpyxl)
"""
import sys

import openpyxl


def esc(v):
    s = "" if v is None else repr(v) if isinstance(v, float) else str(v)
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def fit_to(pages, fit):
    """Pages wide or tall the sheet is scaled to (1 when the file leaves the
    default), or - when it is not scaled to fit."""
    if not fit or not fit.fitToPage:
        return "-"
    return "1" if pages is None else str(pages)


def breaks(page_breaks):
    """The rows (or columns) new pages start at, from 0: openpyxl's break
    ids are the last row (column) of a page, counted from 1."""
    ids = [str(b.id) for b in page_breaks.brk] if page_breaks else []
    return " ".join(ids) or "-"


def main(paths):
    out = []
    for path in paths:
        formulas = openpyxl.load_workbook(path)
        stored = openpyxl.load_workbook(path, data_only=True)
        out.append("file\t" + path)
        for ws in formulas.worksheets:
            cached = stored[ws.title]
            setup = ws.page_setup
            fit = ws.sheet_properties.pageSetUpPr
            out.append("\t".join([
                "sheet", esc(ws.title), esc(ws.freeze_panes or "-"),
                esc(ws.print_title_rows or "-"), esc(setup.orientation),
                esc(setup.paperSize), fit_to(setup.fitToWidth, fit),
                fit_to(setup.fitToHeight, fit),
                esc(ws.oddFooter.center.text or "-"), str(len(ws._charts)),
                str(setup.scale or 100), esc(ws.print_title_cols or "-"),
                breaks(ws.row_breaks), breaks(ws.col_breaks)]))
            for table in ws.tables.values():
                header_rows = 1 if table.headerRowCount is None else table.headerRowCount
                fields = ["table", esc(table.displayName), esc(table.ref), str(header_rows),
                          esc(table.autoFilter.ref if table.autoFilter else "-")]
                out.append("\t".join(fields + [esc(c.name) for c in table.tableColumns]))
            if ws.auto_filter.ref:
                out.append("autofilter\t" + esc(ws.auto_filter.ref))
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    if isinstance(c.value, str) and c.value.startswith("="):
                        kind = "f"
                    elif isinstance(c.value, (int, float)):
                        kind = "n"
                    else:
                        kind = "s"
                    value = cached.cell(row=c.row, column=c.column).value
                    out.append("\t".join(["cell", str(c.row - 1), str(c.column - 1), kind,
                                          esc(c.number_format), esc(c.value), esc(value)]))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
