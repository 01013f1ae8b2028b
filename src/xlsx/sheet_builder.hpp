// Placing a sheet's cells: the title block, table cells, merged headings,
// notes; then fitting column widths to what was placed (the longest number,
// text up to a column's limit, headings wrapped to about three lines) and
// row heights to the wrapped text; a narrow table widens its member column
// for the title block. Internal to src/xlsx.
#pragma once

#include "xlsx/sheet_plan.hpp"
#include "xlsx/text_width.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace thidua::xlsx {

// The styles the sheets use, all Times New Roman.
namespace styles {
CellStyle header();               // bold, bordered, wrapped, centred
CellStyle text();                 // bordered, wrapped
CellStyle centred();              // bordered, centred
CellStyle centred_text();         // bordered, centred, wrapped
CellStyle number(NumberFormat f); // bordered number
CellStyle total_label();          // bold, bordered, centred
CellStyle total(NumberFormat f);  // bold, bordered number
CellStyle caption();              // bold, wrapped, no border
} // namespace styles

class SheetBuilder {
public:
    SheetBuilder(std::string name, const TextWidth& measure, int columns);

    // Parent body and cluster top left, the sheet's title centred over the
    // table; returns the first row after it.
    int title_block(const std::string& parent, const std::string& issuer, const std::string& title);

    void text(int row, int col, std::string s, CellStyle style);
    // A column heading: bold, bordered, wrapped to a few lines.
    void heading(int row, int col, std::string s);
    // Every number written is finite: a value that is not (no engine
    // figure should be) leaves the cell blank, a formula's stored value "".
    void number(int row, int col, double v, CellStyle style);
    // A number cell, or a styled blank one when there is no value.
    void number(int row, int col, const std::optional<double>& v, CellStyle style);
    void blank(int row, int col, CellStyle style);
    // A formula with the engine's figure as its stored value; no figure
    // stores an empty text (the formula then gives "").
    void formula(int row, int col, std::string f, const std::optional<double>& value,
                 CellStyle style);
    void formula_text(int row, int col, std::string f, std::string value, CellStyle style);

    // A merged range holding `s`. A `heading` widens its columns when they
    // are too narrow for it; other merges wrap within the columns' width.
    void merge(CellPos first, CellPos last, std::string s, CellStyle style, bool heading);

    // Text across the whole table width, wrapped (notes, captions).
    void line(int row, std::string s, CellStyle style);

    // A column's text stays within `max_pt` (it wraps beyond).
    void limit(int col, double max_pt);
    // A column is at least `min_pt` wide.
    void at_least(int col, double min_pt) { least_[col] = min_pt; }

    void freeze(int row, int col) { plan_.freeze = {row, col}; }
    void repeat_rows(int first, int last) { plan_.repeat_rows = std::make_pair(first, last); }

    // Fits widths and heights; the plan is complete.
    SheetPlan finish();
    // Takes `widths` (a table written in parts: the widths of the whole)
    // and fits the heights to them; the plan is complete.
    SheetPlan finish_with_widths(std::vector<double> widths);

private:
    void put(int row, int col, Cell c);
    double limit_of(int col) const;
    double heading_width(const std::string& s, const CellStyle& style, double limit) const;
    void fit_columns();
    void widen_for_headings();
    void widen_for_title_block();
    void fit_rows();

    SheetPlan plan_;
    const TextWidth& measure_;
    int columns_;
    std::map<int, double> limits_;
    std::map<int, double> least_;
    std::set<CellPos> covered_;       // cells inside merges, other than the top-left
    std::set<CellPos> headings_;      // one-column headings
    std::set<CellPos> wide_headings_; // top-left cells of headings over several columns
    std::set<CellPos> spanning_;      // top-left cells of merges that wrap within their columns
    int title_left_end_ = -1;         // the title block's left part ends in this column
};

// The width in pixels of columns first_col..last_col of a finished plan.
double width_px(const SheetPlan& plan, int first_col, int last_col);

} // namespace thidua::xlsx
