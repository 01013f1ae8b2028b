// The print scale, from the sheet's width and its smallest text; where the
// pages break, as a spreadsheet lays rows on pages (whole rows, the print
// title rows atop every page after the first), to move a kept range of
// rows whole onto the next page.
#include "xlsx/print_setup.hpp"

#include "xlsx/page_setup.hpp"
#include "xlsx/text_width.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace thidua::xlsx {
namespace {

constexpr double points_per_pixel = 0.75;

// The pixels a column `units` wide takes, the wider of Excel's way and
// LibreOffice's (7.4 pixels a unit of the stored width, units + 5/7:
// measured on its PDF export, 6 to 7% wider), so the sheet fits across
// the page in both.
double widest_pixels(double units) {
    return std::max(column_pixels(units), 7.4 * (units + 5.0 / 7));
}

int last_column(const SheetPlan& plan) {
    int last = static_cast<int>(plan.column_widths.size()) - 1;
    if (plan.print_area_end) last = std::max(last, plan.print_area_end->col);
    return last;
}

double column_pt(const SheetPlan& plan, int col) {
    const auto k = static_cast<std::size_t>(col);
    return (k < plan.column_widths.size() ? widest_pixels(plan.column_widths[k])
                                          : page::default_column_px) *
           points_per_pixel;
}

// The sheet's width in points: its columns, up to the print area's last.
double width_pt(const SheetPlan& plan) {
    double pt = 0;
    for (int c = 0; c <= last_column(plan); ++c)
        pt += column_pt(plan, c);
    return pt;
}

// Whether a page across may start at column `col`: not inside a heading of
// the print title rows that spans several columns (an indicator's three).
bool may_break_before(const SheetPlan& plan, int col) {
    if (!plan.repeat_rows) return true;
    for (const Merge& m : plan.merges) {
        const bool heading =
            m.first.row >= plan.repeat_rows->first && m.last.row <= plan.repeat_rows->second;
        if (heading && m.first.col < col && col <= m.last.col) return false;
    }
    return true;
}

double smallest_text_pt(const SheetPlan& plan) {
    double smallest = 0;
    for (const auto& [pos, cell] : plan.cells) {
        if (cell.kind == Cell::Kind::blank) continue;
        const double size = cell.style.size;
        smallest = smallest == 0 ? size : std::min(smallest, size);
    }
    return smallest == 0 ? 12 : smallest;
}

int last_row(const SheetPlan& plan) {
    int last = 0;
    for (const auto& [pos, cell] : plan.cells)
        last = std::max(last, pos.row);
    if (plan.print_area_end) last = std::max(last, plan.print_area_end->row);
    for (const auto& [first, end] : plan.keep_together)
        last = std::max(last, end);
    return last;
}

// A row's height on the sheet, when it prints at `scale` percent.
double row_pt(const SheetPlan& plan, int row, int scale) {
    if (const auto p = plan.printed_heights.find(row); p != plan.printed_heights.end())
        return p->second * 100 / scale;
    const auto it = plan.row_heights.find(row);
    return it == plan.row_heights.end() ? page::default_row_pt : it->second;
}

// The first row of each printed page, page 1's (row 0) first: rows fill a
// page's height (the print title rows above them from page 2 on) and break
// where a row would not fit, or at a manual break.
std::vector<int> page_starts(const SheetPlan& plan, const std::set<int>& breaks, int scale) {
    const double room = page::height_pt * 100 / scale;
    double titles = 0;
    if (plan.repeat_rows) {
        for (int r = plan.repeat_rows->first; r <= plan.repeat_rows->second; ++r)
            titles += row_pt(plan, r, scale);
    }
    std::vector<int> starts = {0};
    double used = 0;
    const int last = last_row(plan);
    for (int r = 0; r <= last; ++r) {
        const double h = row_pt(plan, r, scale);
        const bool titled = plan.repeat_rows && r > plan.repeat_rows->second;
        if (r > starts.back() && (breaks.contains(r) || used + h > room)) {
            starts.push_back(r);
            used = titled ? titles : 0;
        }
        used += h;
    }
    return starts;
}

// The page (index into `starts`) that row `row` prints on.
std::size_t page_of(const std::vector<int>& starts, int row) {
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), row) -
                                    starts.begin()) -
           1;
}

} // namespace

std::vector<int> column_breaks(const SheetPlan& plan, int scale) {
    const double room = page::width_pt * 100 / scale;
    if (width_pt(plan) <= room) return {};
    double keys = 0; // the frozen key columns, repeated on every page after the first
    for (int c = 0; c < plan.freeze.col; ++c)
        keys += column_pt(plan, c);
    std::vector<int> breaks;
    int start = 0;
    double used = 0;
    for (int c = 0; c <= last_column(plan); ++c) {
        used += column_pt(plan, c);
        if (used <= room || c == start) continue;
        int at = c;
        while (at > start + 1 && !may_break_before(plan, at))
            --at;
        if (!may_break_before(plan, at)) at = c; // a heading wider than a page
        breaks.push_back(at);
        start = at;
        used = keys;
        for (int k = at; k <= c; ++k)
            used += column_pt(plan, k);
    }
    return breaks;
}

int print_scale(const SheetPlan& plan) {
    return print_scale(width_pt(plan), smallest_text_pt(plan));
}

int print_scale(double width, double smallest_text) {
    const int least = static_cast<int>(std::ceil(page::smallest_printed_pt / smallest_text * 100));
    const int fits = width <= 0 ? 100 : static_cast<int>(std::floor(page::width_pt / width * 100));
    return std::clamp(fits, std::min(least, 100), 100);
}

double printed_size(double design_pt, int scale) {
    return std::max(design_pt, std::ceil(page::smallest_printed_pt * 100 / scale * 2) / 2);
}

PrintSetup print_setup(const SheetPlan& plan) {
    PrintSetup out;
    out.scale = print_scale(plan);
    out.column_breaks = column_breaks(plan, out.scale);
    for (const auto& [row, pt] : plan.printed_heights)
        out.row_heights[row] = row_pt(plan, row, out.scale);
    std::set<int> breaks(plan.page_breaks.begin(), plan.page_breaks.end());
    for (const auto& [first, last] : plan.keep_together) {
        const std::vector<int> starts = page_starts(plan, breaks, out.scale);
        const bool split = page_of(starts, first) != page_of(starts, last);
        if (split && starts[page_of(starts, first)] != first) breaks.insert(first);
    }
    out.page_breaks.assign(breaks.begin(), breaks.end());
    return out;
}

} // namespace thidua::xlsx
