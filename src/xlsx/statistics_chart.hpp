// The statistics sheet's column chart: one indicator by member, this year
// and last year side by side, placed beside the table when both fit across
// the page, else under it. Internal to src/xlsx.
#pragma once

#include "doc/workbook_labels.hpp"
#include "model/cluster_year.hpp"
#include "xlsx/sheet_plan.hpp"

#include <vector>

namespace thidua::xlsx {

// Where the statistics sheet put each indicator's columns.
struct StatisticsLayout {
    std::vector<int> column;        // [indicator]: this year's column
    std::vector<bool> has_previous; // [indicator]: last year's column and growth follow
    int columns = 2;
    int header_row = 0;
    int header_rows = 1;
    int first_data = 0;
    int last_data = 0;
};

// The number format of an indicator's values by type alone: a count
// whole, an amount with one decimal, a percentage with one (the national
// summary's; the cluster's sheets use the indicator's own precision,
// indicator_values.hpp).
NumberFormat indicator_format(model::IndicatorType t);

// Adds the chart the template asks for (none when the indicator has no
// value this year) to a finished sheet; `below` is the first free row
// under the table. Sets the print area to take the chart in.
void add_chart(SheetPlan& sheet, const model::ClusterYear& cy, const doc::StatisticsText& t,
               const StatisticsLayout& l, int below);

} // namespace thidua::xlsx
