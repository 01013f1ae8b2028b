// Reading spreadsheets back in tests: LibreOffice recalculating workbooks
// (with a canary that proves it did) and its CSV export, the tables and
// autofilters LibreOffice reads, openpyxl's reading
// (tests/tools/read_workbook.py), cells by position, numbers as LibreOffice
// prints them.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace thidua::test {

using Grid = std::vector<std::vector<std::string>>;

// RFC 4180 CSV as LibreOffice writes it (quoted fields may hold newlines).
Grid read_csv(const std::filesystem::path& file);

// The cell at a zero-based row and column, "" outside the grid.
std::string at(const Grid& g, int row, int col);

// A number as LibreOffice exports it; percentages keep their sign ("18.5%").
std::optional<double> number_in(std::string s);

// Equal to a billionth of the larger magnitude.
bool close_to(double a, double b);

// A range of cells, zero-based, both ends included.
struct CellRange {
    int first_row = 0, first_col = 0, last_row = 0, last_col = 0;
    friend bool operator==(const CellRange&, const CellRange&) = default;
};

// "B3:F7" or "B3" (no sheet, no $); nothing when it is not one.
std::optional<CellRange> parse_range(const std::string& a1);

// ---- openpyxl ----------------------------------------------------------------

struct DumpCell {
    char kind = 's'; // f formula, n number, s text
    std::string format;
    std::string content; // the formula (with '=') or the value
    std::string stored;  // the value stored in the file (a formula's cached result)
};

// An Excel table as openpyxl reads it.
struct DumpTable {
    std::string name, ref; // "A6:F12"
    int header_rows = 1;
    std::string filter; // the autofilter's range, "-" without one
    std::vector<std::string> columns;
};

struct DumpSheet {
    std::string name, freeze, titles, orientation, paper, fit_width, fit_height, footer;
    int charts = 0;
    std::map<std::pair<int, int>, DumpCell> cells; // by zero-based {row, column}
    int scale = 100;                               // print scale, percent
    std::string title_columns;                     // print title columns, e.g. "$A:$B", or "-"
    std::vector<int> row_breaks;                   // a new page starts at these rows (from 0)
    std::vector<int> column_breaks;                // ... and across, at these columns
    std::vector<DumpTable> tables;
    std::string autofilter; // the sheet's own autofilter range, "" without one
};

// read_workbook.py's output: the sheets of each file, in order, by file stem.
using Dump = std::map<std::string, std::vector<DumpSheet>>;
Dump read_dump(const std::string& text);

// ---- LibreOffice -------------------------------------------------------------

// XLSX files as LibreOffice (headless) shows them, each sheet exported to
// <stem>-<sheet>.csv with full-precision values: once with a profile that
// recalculates every formula on load, once with one that shows the values
// stored with the formulas (the profile's OOXMLRecalcMode, 0 "always" or 1
// "never"); and as openpyxl reads them.
struct Recalculation {
    std::filesystem::path recalculated_dir, stored_dir;
    Dump dump;

    Grid recalculated(const std::string& stem, const std::string& sheet) const;
    Grid stored(const std::string& stem, const std::string& sheet) const;
};

// Runs both LibreOffice exports and openpyxl on `files` (distinct stems) at
// once, working in the folder `work`. With them goes a canary: a copy of the
// first file whose first sheet has a formula stored with a wrong result;
// the recalculated export must show the right result and the stored one
// the wrong one, or the run fails (a profile setting ignored would
// otherwise pass every comparison of the two exports unseen).
Recalculation recalculate(const std::filesystem::path& work,
                          const std::vector<std::filesystem::path>& files);

// Every sheet of `files` recalculated by LibreOffice and exported as its
// cells show (number formats applied, US separators) to
// <work>/shown/<stem>-<sheet>.csv; returns that folder.
std::filesystem::path export_as_shown(const std::filesystem::path& work,
                                      const std::vector<std::filesystem::path>& files);

// One sheet of such an export.
Grid shown_sheet(const std::filesystem::path& dir, const std::string& stem,
                 const std::string& sheet);

// `xlsx` as LibreOffice prints it (headless, recalculated), a PDF in
// <work>/printed/; returns its path.
std::filesystem::path print_to_pdf(const std::filesystem::path& work,
                                   const std::filesystem::path& xlsx);
// A table or autofilter as LibreOffice holds it once it has read a file:
// a database range (an Excel table keeps its name) over cells of a sheet.
struct LibreOfficeRange {
    std::string name, sheet;
    std::string cells; // "A6:F12"
    bool filter_buttons = false;
};

// The ranges of `file` as LibreOffice reads it (converted to .ods in
// `work`, read by tests/tools/read_ods_ranges.py).
std::vector<LibreOfficeRange> libreoffice_ranges(const std::filesystem::path& work,
                                                 const std::filesystem::path& file);

// Every sheet of every file: the recalculated export equals the stored one,
// and every formula's recalculated value equals the value openpyxl reads
// stored with it (the engine's figure). Returns how many formulas there are.
int check_recalculated_as_stored(const Recalculation& r);

} // namespace thidua::test
