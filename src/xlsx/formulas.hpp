// The workbook's live formulas in Excel's US syntax (commas, English
// names), each the spreadsheet twin of one derived figure of
// model/derive.cpp. ROUND keeps the same precision the engine keeps (a
// millionth of the model's unit), so a spreadsheet recalculates exactly the
// engine's figure and equal totals tie in RANK. Internal to src/xlsx.
#pragma once

#include "model/cluster_year.hpp"
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

// Sum or mean of the values present; "" when none (aggregate none: no formula).
std::string total_formula(model::Aggregate how, Span values, int digits);

// (now - before) / before as a fraction; "" unless both are numbers and before is not 0.
std::string growth_formula(CellPos now, CellPos before);

// reported - total; "" unless both are numbers.
std::string difference_formula(CellPos reported, CellPos total, int digits);

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

// `passed` when the percentage is strictly above the threshold, else `failed`.
std::string passed_formula(CellPos percent, CellPos threshold, std::string_view passed,
                           std::string_view failed);

} // namespace thidua::xlsx
