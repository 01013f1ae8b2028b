// How a sheet prints: the scale that fits its width across an A4 landscape
// page without setting any text below 9 points; when it is wider than a
// page even so, the pages across (whole columns, never inside a heading
// spanning several, the key columns repeated on each); and the page breaks
// that keep a range of rows (the signatures) on one page. Internal to
// src/xlsx.
#pragma once

#include "xlsx/sheet_plan.hpp"

#include <map>
#include <vector>

namespace thidua::xlsx {

struct PrintSetup {
    int scale = 100;                   // percent
    std::vector<int> column_breaks;    // a new page across starts at these columns
    std::vector<int> page_breaks;      // a new page starts at these rows, in order
    std::map<int, double> row_heights; // rows whose height on paper is set: their height here
};

// The largest scale up to 100% at which `width_pt` of sheet fits across the
// page, but never below what keeps `smallest_text_pt` at 9 points printed.
int print_scale(double width_pt, double smallest_text_pt);

// The scale the sheet prints at, from its columns (up to its print area's
// last) and its smallest text.
int print_scale(const SheetPlan& plan);

// Where pages across start at `scale` (none when the sheet fits across one).
std::vector<int> column_breaks(const SheetPlan& plan, int scale);

PrintSetup print_setup(const SheetPlan& plan);

// The smallest size text set at `design_pt` may be given so it prints at 9
// points or more at `scale` percent (a chart's labels on a shrunk page).
double printed_size(double design_pt, int scale);

} // namespace thidua::xlsx
