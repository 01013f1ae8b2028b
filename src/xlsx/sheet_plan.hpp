// A sheet as plain data before it goes to libxlsxwriter: cells with their
// values, formulas (with the value the engine computed) and styles, merged
// ranges, column widths, row heights, panes, print titles, the chart and
// a filterable table.
// Internal to src/xlsx.
#pragma once

#include <compare>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace thidua::xlsx {

// How a number cell shows its value: with `decimals` digits after the
// point (a fixed number, grouped by thousands; a fraction as a percentage;
// a change with its sign, in percent or in percentage points followed by
// the template's `words`, e.g. "điểm %"; a fraction such as "2/3", with
// `decimals` digits in its denominator). The spreadsheet rounds for
// display only: the cell keeps its full value.
struct NumberFormat {
    enum class Kind { none, fixed, percent, growth, points, fraction };
    Kind kind = Kind::none;
    int decimals = 0;
    std::string words; // points: what follows the number

    static NumberFormat fixed_with(int decimals) { return {Kind::fixed, decimals, {}}; }
    static NumberFormat percent_with(int decimals) { return {Kind::percent, decimals, {}}; }
    // A relative change, always with one decimal: "+4.0%".
    static NumberFormat change_percent() { return {Kind::growth, 1, {}}; }
    // A change in percentage points: "+2.4 điểm %".
    static NumberFormat change_points(int decimals, std::string words) {
        return {Kind::points, decimals, std::move(words)};
    }
    // A fraction with up to `digits` digits in its denominator: "2/3".
    static NumberFormat fraction_with(int digits) { return {Kind::fraction, digits, {}}; }
    static const NumberFormat none;    // no format
    static const NumberFormat count;   // "#,##0"
    static const NumberFormat amount;  // "#,##0.0"
    static const NumberFormat percent; // "0.0%"

    friend auto operator<=>(const NumberFormat&, const NumberFormat&) = default;
};
inline const NumberFormat NumberFormat::none{};
inline const NumberFormat NumberFormat::count{NumberFormat::Kind::fixed, 0, {}};
inline const NumberFormat NumberFormat::amount{NumberFormat::Kind::fixed, 1, {}};
inline const NumberFormat NumberFormat::percent{NumberFormat::Kind::percent, 1, {}};

enum class HAlign { left, center, right };

struct CellStyle {
    NumberFormat number = NumberFormat::none;
    HAlign align = HAlign::left;
    bool bold = false;
    bool italic = false;
    bool border = false;
    bool wrap = false;
    int size = 12; // points
    friend auto operator<=>(const CellStyle&, const CellStyle&) = default;
};

struct Cell {
    enum class Kind { blank, text, number, formula_number, formula_text };
    Kind kind = Kind::blank;
    std::string text;    // the text, or a formula's cached text
    double number = 0;   // the number, or a formula's cached number
    std::string formula; // US syntax, without '='
    CellStyle style;
};

// Zero-based row and column.
struct CellPos {
    int row = 0;
    int col = 0;
    friend auto operator<=>(const CellPos&, const CellPos&) = default;
};

// A merged range; its text and style are those of its top-left cell.
struct Merge {
    CellPos first;
    CellPos last;
};

struct ChartSeries {
    CellPos name; // the cell holding the series name
    int first_row = 0;
    int last_row = 0;
    int col = 0;
};

struct ChartPlan {
    std::string title;
    int categories_col = 0; // member names, rows as the series
    std::vector<ChartSeries> series;
    NumberFormat number = NumberFormat::count;
    CellPos anchor;
    double width_px = 640;
    double height_px = 320;
};

// An Excel table over cells already placed: a header row (its cells'
// text is the columns' names, unique) and one record a row, with
// filter buttons on the header. Without records (last.row == first.row)
// the header row gets an autofilter instead, Excel's tables needing a row.
struct TablePlan {
    std::string name; // unique in the workbook, Excel's rules (doc/table_rules.hpp)
    CellPos first;    // the header row's first cell
    CellPos last;     // the last record's last cell
};

struct SheetPlan {
    std::string name;
    std::map<CellPos, Cell> cells;
    std::vector<Merge> merges;
    std::vector<double> column_widths;              // Excel character units, per column
    std::map<int, double> row_heights;              // points
    CellPos freeze;                                 // first unfrozen row and column
    std::optional<std::pair<int, int>> repeat_rows; // printed atop every page
    std::vector<int> page_breaks;                   // a new page starts at these rows
    std::vector<std::pair<int, int>> keep_together; // row ranges printed on one page
    std::map<int, double> printed_heights;          // rows this high on paper (points), any scale
    std::optional<CellPos> print_area_end;          // from A1; unset: the cells used
    std::optional<ChartPlan> chart;
    std::optional<TablePlan> table;
};

struct WorkbookProperties {
    std::string title;
    std::string subject;
    std::string author;
    std::string company;
    long long created = 0; // seconds since 1970-01-01 UTC
};

struct WorkbookPlan {
    WorkbookProperties properties;
    std::string footer; // Excel header/footer codes
    std::vector<SheetPlan> sheets;
};

} // namespace thidua::xlsx
