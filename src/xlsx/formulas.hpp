// The workbook's live formulas in Excel's US syntax (commas, English
// names), each the spreadsheet twin of one derived figure of
// model/derive.cpp (the indicators' own are in indicator_formulas.hpp).
// Score totals and vote shares keep, through ROUND, the precision the
// engine keeps (a millionth of the model's unit), so that equal totals tie
// in RANK. Internal to src/xlsx.
#pragma once

#include "xlsx/sheet_plan.hpp"

#include <string>
#include <string_view>

namespace thidua::xlsx {

// A cell range of one column or one row.
struct Span {
    CellPos first;
    CellPos last;
};

// "..." with inner quotes doubled.
std::string text_literal(std::string_view s);

// reported - total, unrounded; "" unless both are numbers.
std::string difference_formula(CellPos reported, CellPos total);

// Sum of the points of the base columns plus the bonus ones minus the
// penalty ones (a group may be empty: its span has first.col > last.col).
std::string score_total_formula(Span base, Span bonus, Span penalty);

// 1 + the number of strictly higher totals: RANK, descending.
std::string rank_formula(CellPos total, Span totals);

// The label of the highest band whose minimum the total reaches; the
// minimums are listed lowest first, as LOOKUP needs. "" below every band.
std::string grade_formula(CellPos total, Span minimums, Span labels);

// votes / voters as a fraction.
std::string percent_formula(CellPos votes, CellPos voters);

// `passed` when votes / voters is above the threshold (a fraction), or at
// least it with `at_least`, else `failed`. Compared as votes against
// threshold x voters rounded to 9 decimals: exact for the thresholds and
// counts the format allows (a denominator up to 10^8, at most 10^6
// voters), whatever binary noise the product carries: 14 of 20 is 70%.
std::string passed_formula(CellPos votes, CellPos voters, CellPos threshold, bool at_least,
                           std::string_view passed, std::string_view failed);

// a - b: the ballot papers the file leaves out (returned - valid).
std::string minus_formula(CellPos a, CellPos b);

} // namespace thidua::xlsx
