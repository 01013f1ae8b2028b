// One sheet's plan into libxlsxwriter calls: widths, heights, merged
// ranges, cells (formulas with their stored values), panes, print setup
// (A4 landscape at a scale that keeps text at 9 points or more, across as
// many pages as that takes, print title rows and key columns, footer) and
// the chart, its text sized to print at 9 points or more too, and the
// sheet's Excel table when it has one (an autofilter and a name when the
// workbook is written row by row).
#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "xlsx/lxw.hpp"
#include "xlsx/number_text.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/print_setup.hpp"

#include <cmath>
#include <map>
#include <set>
#include <vector>

namespace thidua::xlsx {
namespace {

constexpr uint8_t paper_a4 = 9;

// Records the first failure; later calls keep it.
// A "merge" of one cell is that cell alone (a plan makes one when a range
// it spans over several columns narrows to one, as a very wide column
// does); libxlsxwriter refuses to merge a single cell.
bool single_cell(const Merge& m) {
    return m.first.row == m.last.row && m.first.col == m.last.col;
}

struct Outcome {
    lxw_error error = LXW_NO_ERROR;
    void check(lxw_error e) {
        if (error == LXW_NO_ERROR) error = e;
    }
};

void write_cell(const LxwFunctions& lxw, lxw_worksheet* ws, CellPos p, const Cell& c, lxw_format* f,
                Outcome& out) {
    const auto row = static_cast<lxw_row_t>(p.row);
    const auto col = static_cast<lxw_col_t>(p.col);
    switch (c.kind) {
    case Cell::Kind::blank:
        out.check(lxw.worksheet_write_blank(ws, row, col, f));
        break;
    case Cell::Kind::text:
        out.check(lxw.worksheet_write_string(ws, row, col, c.text.c_str(), f));
        break;
    case Cell::Kind::number:
        out.check(lxw.worksheet_write_number(ws, row, col, c.number, f));
        break;
    case Cell::Kind::formula_number:
        out.check(
            lxw.worksheet_write_formula_num(ws, row, col, ("=" + c.formula).c_str(), f, c.number));
        break;
    case Cell::Kind::formula_text:
        out.check(lxw.worksheet_write_formula_str(ws, row, col, ("=" + c.formula).c_str(), f,
                                                  c.text.c_str()));
        break;
    }
}

// A chart's font of `size` points, larger if the page's `scale` would
// print it below 9 points.
lxw_chart_font chart_font(double size, bool bold, int scale) {
    lxw_chart_font font{};
    font.name = const_cast<char*>("Times New Roman");
    font.size = printed_size(size, scale);
    font.bold = bold ? 1 : 0;
    return font;
}

void insert_chart(const LxwFunctions& lxw, lxw_workbook* wb, lxw_worksheet* ws,
                  const SheetPlan& plan, int scale, Outcome& out) {
    const ChartPlan& c = *plan.chart;
    lxw_chart* chart = lxw.workbook_add_chart(wb, LXW_CHART_COLUMN);
    if (!chart) {
        out.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return;
    }
    lxw_chart_font title = chart_font(13, true, scale);
    lxw_chart_font axis = chart_font(10, false, scale);
    lxw_chart_font labels = chart_font(9, false, scale);
    const char* sheet = plan.name.c_str();
    for (const ChartSeries& s : c.series) {
        lxw_chart_series* series = lxw.chart_add_series(chart, nullptr, nullptr);
        if (!series) {
            out.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
            return;
        }
        lxw.chart_series_set_categories(series, sheet, static_cast<lxw_row_t>(s.first_row),
                                        static_cast<lxw_col_t>(c.categories_col),
                                        static_cast<lxw_row_t>(s.last_row),
                                        static_cast<lxw_col_t>(c.categories_col));
        lxw.chart_series_set_values(
            series, sheet, static_cast<lxw_row_t>(s.first_row), static_cast<lxw_col_t>(s.col),
            static_cast<lxw_row_t>(s.last_row), static_cast<lxw_col_t>(s.col));
        lxw.chart_series_set_name_range(series, sheet, static_cast<lxw_row_t>(s.name.row),
                                        static_cast<lxw_col_t>(s.name.col));
        lxw.chart_series_set_labels(series);
        lxw.chart_series_set_labels_font(series, &labels);
        lxw.chart_series_set_labels_num_format(series, format_code(c.number).c_str());
    }
    lxw.chart_title_set_name(chart, c.title.c_str());
    lxw.chart_title_set_name_font(chart, &title);
    lxw.chart_axis_set_num_font(chart->x_axis, &axis);
    lxw.chart_axis_set_num_font(chart->y_axis, &axis);
    lxw.chart_axis_set_num_format(chart->y_axis, format_code(c.number).c_str());
    lxw.chart_legend_set_font(chart, &axis);
    lxw.chart_legend_set_position(chart, c.series.size() > 1 ? LXW_CHART_LEGEND_BOTTOM
                                                             : LXW_CHART_LEGEND_NONE);
    lxw_chart_options options{};
    options.x_scale = c.width_px / 480.0; // libxlsxwriter's default chart is 480 x 288 pixels
    options.y_scale = c.height_px / 288.0;
    out.check(lxw.worksheet_insert_chart_opt(ws, static_cast<lxw_row_t>(c.anchor.row),
                                             static_cast<lxw_col_t>(c.anchor.col), chart,
                                             &options));
}

// The footer with its font size after the font's code (whole points, as
// the codes take them), large enough to print at 9 points or more.
std::string sized_footer(std::string footer, int scale) {
    if (!footer.starts_with(page::footer_font)) return footer;
    const auto size = static_cast<int>(std::ceil(printed_size(page::footer_pt, scale)));
    footer.insert(page::footer_font.size(), "&" + text::to_text(size));
    return footer;
}

// Heights, merged ranges and cells from row `from_row` on, all of a row
// before the next (the only order a workbook in libxlsxwriter's
// constant_memory mode takes): for each row its height, its merged ranges
// (single-row, as every sheet has them), then its other cells.
void write_rows_in_order(const LxwFunctions& lxw, lxw_worksheet* ws, const SheetPlan& plan,
                         const std::map<int, double>& heights, int from_row, Formats& formats,
                         Outcome& out) {
    std::map<int, std::vector<const Merge*>> merges_by_row;
    for (const Merge& m : plan.merges) {
        if (single_cell(m)) continue;
        if (m.first.row != m.last.row) out.check(LXW_ERROR_PARAMETER_VALIDATION);
        if (m.first.row >= from_row) merges_by_row[m.first.row].push_back(&m);
    }
    std::set<int> rows;
    for (const auto& entry : heights)
        if (entry.first >= from_row) rows.insert(entry.first);
    for (const auto& entry : merges_by_row)
        rows.insert(entry.first);
    auto cell = plan.cells.lower_bound({from_row, 0});
    for (int row : rows) {
        // Rows with cells only, before this one.
        for (; cell != plan.cells.end() && cell->first.row < row; ++cell)
            write_cell(lxw, ws, cell->first, cell->second, formats.get(cell->second.style), out);
        if (const auto h = heights.find(row); h != heights.end())
            out.check(lxw.worksheet_set_row(ws, static_cast<lxw_row_t>(row), h->second, nullptr));
        std::set<int> merged_cols;
        if (const auto m = merges_by_row.find(row); m != merges_by_row.end()) {
            for (const Merge* merge : m->second) {
                const Cell& top_left = plan.cells.at(merge->first);
                out.check(lxw.worksheet_merge_range(
                    ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(merge->first.col),
                    static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(merge->last.col),
                    top_left.text.c_str(), formats.get(top_left.style)));
                merged_cols.insert(merge->first.col);
            }
        }
        for (; cell != plan.cells.end() && cell->first.row == row; ++cell) {
            if (!merged_cols.contains(cell->first.col))
                write_cell(lxw, ws, cell->first, cell->second, formats.get(cell->second.style),
                           out);
        }
    }
    for (; cell != plan.cells.end(); ++cell)
        write_cell(lxw, ws, cell->first, cell->second, formats.get(cell->second.style), out);
}

// The rows' heights: as fitted, or as they must be to print at their
// height at the sheet's scale.
std::map<int, double> heights_of(const SheetPlan& plan, const PrintSetup& setup) {
    std::map<int, double> heights = plan.row_heights;
    for (const auto& [row, height] : setup.row_heights)
        heights[row] = height;
    return heights;
}

} // namespace

bool emit_rows(const LxwFunctions& lxw, lxw_worksheet* ws, const SheetPlan& part, int from_row,
               Formats& formats, std::string& error) {
    Outcome out;
    write_rows_in_order(lxw, ws, part, heights_of(part, print_setup(part)), from_row, formats, out);
    if (out.error != LXW_NO_ERROR) {
        error = i18n::trf("sheet '{1}': {2}", {part.name, lxw.lxw_strerror(out.error)});
        return false;
    }
    return true;
}

bool emit_sheet(const LxwFunctions& lxw, lxw_workbook* wb, lxw_worksheet* ws, const SheetPlan& plan,
                Formats& formats, const std::string& footer, std::string& error, SheetRows rows) {
    Outcome out;
    for (std::size_t c = 0; c < plan.column_widths.size(); ++c) {
        out.check(lxw.worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                           plan.column_widths[c], nullptr));
    }
    const PrintSetup setup = print_setup(plan);
    const std::map<int, double> heights = heights_of(plan, setup);
    if (rows == SheetRows::row_by_row) {
        write_rows_in_order(lxw, ws, plan, heights, 0, formats, out);
    } else if (rows == SheetRows::any_order) {
        for (const auto& [row, height] : heights)
            out.check(lxw.worksheet_set_row(ws, static_cast<lxw_row_t>(row), height, nullptr));
        std::set<CellPos> merged;
        for (const Merge& m : plan.merges) {
            if (single_cell(m)) continue; // written as a plain cell below
            const Cell& top_left = plan.cells.at(m.first);
            out.check(lxw.worksheet_merge_range(
                ws, static_cast<lxw_row_t>(m.first.row), static_cast<lxw_col_t>(m.first.col),
                static_cast<lxw_row_t>(m.last.row), static_cast<lxw_col_t>(m.last.col),
                top_left.text.c_str(), formats.get(top_left.style)));
            merged.insert(m.first);
        }
        for (const auto& [pos, cell] : plan.cells) {
            if (!merged.contains(pos)) write_cell(lxw, ws, pos, cell, formats.get(cell.style), out);
        }
    }
    if (plan.freeze.row > 0 || plan.freeze.col > 0) {
        lxw.worksheet_freeze_panes(ws, static_cast<lxw_row_t>(plan.freeze.row),
                                   static_cast<lxw_col_t>(plan.freeze.col));
    }
    lxw.worksheet_set_landscape(ws);
    lxw.worksheet_set_paper(ws, paper_a4);
    lxw.worksheet_set_margins(ws, page::margin_left_in, page::margin_right_in, page::margin_top_in,
                              page::margin_bottom_in);
    lxw.worksheet_center_horizontally(ws);
    lxw.worksheet_set_print_scale(ws, static_cast<uint16_t>(setup.scale));
    if (plan.repeat_rows) {
        out.check(lxw.worksheet_repeat_rows(ws, static_cast<lxw_row_t>(plan.repeat_rows->first),
                                            static_cast<lxw_row_t>(plan.repeat_rows->second)));
    }
    if (!setup.column_breaks.empty() && plan.freeze.col > 0) {
        out.check(lxw.worksheet_repeat_columns(ws, 0, static_cast<lxw_col_t>(plan.freeze.col - 1)));
    }
    std::vector<lxw_col_t> columns(setup.column_breaks.begin(), setup.column_breaks.end());
    if (!columns.empty()) {
        columns.push_back(0); // the list ends with 0
        out.check(lxw.worksheet_set_v_pagebreaks(ws, columns.data()));
    }
    out.check(lxw.worksheet_set_footer(ws, sized_footer(footer, setup.scale).c_str()));
    if (plan.print_area_end) {
        out.check(lxw.worksheet_print_area(ws, 0, 0,
                                           static_cast<lxw_row_t>(plan.print_area_end->row),
                                           static_cast<lxw_col_t>(plan.print_area_end->col)));
    }
    std::vector<lxw_row_t> breaks(setup.page_breaks.begin(), setup.page_breaks.end());
    if (!breaks.empty()) {
        breaks.push_back(0); // the list ends with 0
        out.check(lxw.worksheet_set_h_pagebreaks(ws, breaks.data()));
    }
    if (plan.chart) insert_chart(lxw, wb, ws, plan, setup.scale, out);
    if (plan.table) {
        out.check(rows == SheetRows::any_order ? add_table(lxw, ws, plan, formats)
                                               : add_autofilter(lxw, wb, ws, plan));
    }
    if (out.error != LXW_NO_ERROR) {
        error = i18n::trf("sheet '{1}': {2}", {plan.name, lxw.lxw_strerror(out.error)});
        return false;
    }
    return true;
}

} // namespace thidua::xlsx
