// Placing the statistics chart: beside the table when the table and a
// chart of the least width fit across the page (shrunk a little at most); else under the
// table (within the first page of a table printed across several),
// shortened (down to a limit) to stay on the table's page, or on a page of
// its own.
#include "xlsx/statistics_chart.hpp"

#include "xlsx/indicator_values.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/print_setup.hpp"
#include "xlsx/sheet_builder.hpp"

#include <algorithm>

namespace thidua::xlsx {
namespace {

constexpr double tallest_px = 340;
constexpr double shortest_px = 220;
constexpr double narrowest_px = 560;
constexpr double widest_px = 960;
constexpr double points_per_pixel = 0.75;
// The chart goes beside the table even if the page must then shrink to this.
constexpr double least_beside_scale = 0.85;

double row_pt(const SheetPlan& sheet, int row) {
    const auto it = sheet.row_heights.find(row);
    return it == sheet.row_heights.end() ? page::default_row_pt : it->second;
}

// The height in points of rows first..last-1.
double rows_pt(const SheetPlan& sheet, int first, int last) {
    double pt = 0;
    for (int r = first; r < last; ++r)
        pt += row_pt(sheet, r);
    return pt;
}

// The last row and column a chart anchored at `at` covers.
CellPos chart_end(const SheetPlan& sheet, CellPos at, double width_px, double height_px) {
    CellPos end = at;
    for (double x = 0; x < width_px; ++end.col) {
        const bool sized = end.col < static_cast<int>(sheet.column_widths.size());
        x += sized ? column_pixels(sheet.column_widths[static_cast<std::size_t>(end.col)])
                   : page::default_column_px;
    }
    for (double y = 0; y < height_px; ++end.row)
        y += row_pt(sheet, end.row) / points_per_pixel;
    return {end.row - 1, end.col - 1};
}

} // namespace

void add_chart(SheetPlan& sheet, const model::ClusterYear& cy, const doc::StatisticsText& t,
               const StatisticsLayout& l, int below) {
    const model::Statistics& st = *cy.statistics;
    const std::size_t k = t.chart_indicator;
    if (!t.chart || k >= st.indicators.size() || st.figures[k].reported_count == 0) return;
    const int c = l.column[k];
    ChartPlan chart;
    chart.title = t.chart_title;
    chart.categories_col = 1;
    chart.number = indicator_format(st.indicators[k]);
    if (!l.has_previous[k]) {
        chart.series.push_back({{l.header_row, c}, l.first_data, l.last_data, c});
    } else {
        chart.series.push_back({{l.header_row + 1, c}, l.first_data, l.last_data, c});
        chart.series.push_back({{l.header_row + 1, c + 1}, l.first_data, l.last_data, c + 1});
    }

    const int columns = static_cast<int>(sheet.column_widths.size());
    const double table_px = width_px(sheet, 0, columns - 1);
    const double page_px = page::width_pt / points_per_pixel;
    chart.height_px = tallest_px;
    if (table_px + page::default_column_px + narrowest_px <= page_px / least_beside_scale) {
        // Level with the first member, not beside the headings: LibreOffice
        // prints what stands in the print title rows on every page.
        chart.anchor = {l.first_data, columns + 1};
        chart.width_px =
            std::clamp(page_px - table_px - page::default_column_px, narrowest_px, widest_px);
    } else {
        // Under the member column; when the table prints across several
        // pages, after the key columns (whatever stands in them prints on
        // every page) and no wider than the first page's columns.
        const std::vector<int> across = column_breaks(sheet, print_scale(sheet));
        chart.anchor = {below, across.empty() ? 1 : std::max(1, sheet.freeze.col)};
        chart.width_px = std::clamp(width_px(sheet, 1, columns - 1), narrowest_px, widest_px);
        if (!across.empty()) {
            chart.width_px =
                std::min(chart.width_px, width_px(sheet, chart.anchor.col, across.front() - 1));
        }
        const double scale =
            print_scale(std::max(table_px, chart.width_px) * points_per_pixel, 12) / 100.0;
        const double room =
            (page::height_pt / scale - rows_pt(sheet, 0, below)) / points_per_pixel - 10;
        if (room >= shortest_px) {
            chart.height_px = std::min(tallest_px, room);
        } else {
            sheet.page_breaks.push_back(below - 1); // the blank row above the chart too
        }
    }
    const CellPos end = chart_end(sheet, chart.anchor, chart.width_px, chart.height_px);
    sheet.print_area_end = CellPos{std::max(end.row, below - 2), std::max(end.col, columns - 1)};
    sheet.chart = std::move(chart);
}

} // namespace thidua::xlsx
