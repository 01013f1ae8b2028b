// The live formulas of an indicator's figures in the statistics and history
// sheets, each the spreadsheet twin of a figure of model/derive.cpp: a
// year's total by aggregate (sum, unweighted mean, ratio of the totals of
// two part columns), last year's total and the change over the members
// with figures in both years (like for like), a member's growth or change
// in percentage points, a ratio a member's row leaves out. No ROUND around
// a figure: the cell keeps the full value and its number format rounds it
// for display; ROUND only tests whether a base rounds to 0. Each formula
// gives "" where the engine has no figure. Internal to src/xlsx.
#pragma once

#include "model/cluster_year.hpp"
#include "xlsx/formulas.hpp"

#include <string>

namespace thidua::xlsx {

// Where one year's member figures of an indicator are: its own column
// (sum, mean) or its parts' columns (ratio), over the same member rows.
struct YearColumns {
    model::Aggregate how = model::Aggregate::sum;
    Span values;      // sum, mean
    Span numerator;   // ratio
    Span denominator; // ratio
    // ratio: what numerator / denominator is multiplied by in the sheet
    // (not 1 only when a part is a percentage, itself stored as a fraction).
    double factor = 1;
};

// The year's figure over the members that have it ("" when none has).
std::string year_total_formula(const YearColumns& year);

// Last year's figure over the members that have the figure in both years.
std::string compared_previous_formula(const YearColumns& now, const YearColumns& before);

// The relative change, as a fraction, of this year's figure over the
// members of both years against last year's over the same members: the
// cell `previous` holding compared_previous_formula, or (without it) that
// figure worked out within the formula; "" when the base rounds to 0 at
// `decimals`.
std::string compared_growth_formula(const YearColumns& now, const YearColumns& before,
                                    CellPos previous, int decimals);
std::string compared_growth_formula(const YearColumns& now, const YearColumns& before,
                                    int decimals);

// The same change in percentage points, for a percentage stored as a
// fraction: (now - previous) * 100.
std::string compared_points_formula(const YearColumns& now, const YearColumns& before,
                                    CellPos previous);
std::string compared_points_formula(const YearColumns& now, const YearColumns& before);

// One member: (now - before) / before, "" unless both are numbers and
// before does not round to 0 at `decimals`.
std::string member_growth_formula(CellPos now, CellPos before, int decimals);

// One member's change in points of a percentage stored as a fraction.
std::string member_points_formula(CellPos now, CellPos before);

// A member's ratio from its parts: numerator / denominator * factor, ""
// unless both are numbers and the denominator is not 0.
std::string member_ratio_formula(CellPos numerator, CellPos denominator, double factor);

} // namespace thidua::xlsx
