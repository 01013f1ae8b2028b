// The sheet builder: placing cells, then fitting widths and heights.
#include "xlsx/sheet_builder.hpp"

#include "xlsx/number_text.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace thidua::xlsx {

namespace styles {
CellStyle header() {
    CellStyle s;
    s.bold = s.border = s.wrap = true;
    s.align = HAlign::center;
    return s;
}
CellStyle text() {
    CellStyle s;
    s.border = s.wrap = true;
    return s;
}
CellStyle centred() {
    CellStyle s;
    s.border = true;
    s.align = HAlign::center;
    return s;
}
CellStyle centred_text() {
    CellStyle s = centred();
    s.wrap = true;
    return s;
}
CellStyle number(NumberFormat f) {
    CellStyle s;
    s.border = true;
    s.number = f;
    s.align = HAlign::right;
    return s;
}
CellStyle total_label() {
    return header();
}
CellStyle total(NumberFormat f) {
    CellStyle s = number(f);
    s.bold = true;
    return s;
}
CellStyle caption() {
    CellStyle s;
    s.bold = s.wrap = true;
    return s;
}
} // namespace styles

namespace {

constexpr double default_limit_pt = 150; // a column's text wraps beyond this
constexpr double widest_column = 255;    // Excel's limits
constexpr double tallest_row_pt = 409;
constexpr double most_title_widening_pt = 200; // the member column widens at most this much
constexpr double least_column_pt = 18;
constexpr int heading_lines = 3;        // headings wrap to at most this many lines ...
constexpr double short_heading_pt = 60; // ... unless they fit on one line this short

int line_breaks(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n')) + 1;
}

} // namespace

SheetBuilder::SheetBuilder(std::string name, const TextWidth& measure, int columns)
    : measure_(measure), columns_(columns) {
    plan_.name = std::move(name);
}

int SheetBuilder::title_block(const std::string& parent, const std::string& issuer,
                              const std::string& title) {
    const int left_end = std::max(1, (columns_ - 1) / 2);
    CellStyle top;
    top.align = HAlign::center;
    top.wrap = true;
    CellStyle cluster = top;
    cluster.bold = true;
    CellStyle heading = cluster;
    heading.size = 14;
    title_left_end_ = left_end;
    merge({0, 0}, {0, left_end}, parent, top, false);
    merge({1, 0}, {1, left_end}, issuer, cluster, false);
    merge({3, 0}, {3, columns_ - 1}, title, heading, false);
    return 5;
}

void SheetBuilder::put(int row, int col, Cell c) {
    assert(!covered_.contains({row, col}) && col < columns_);
    plan_.cells[{row, col}] = std::move(c);
}

void SheetBuilder::text(int row, int col, std::string s, CellStyle style) {
    Cell c;
    c.kind = Cell::Kind::text;
    c.text = std::move(s);
    c.style = style;
    put(row, col, std::move(c));
}

void SheetBuilder::heading(int row, int col, std::string s) {
    text(row, col, std::move(s), styles::header());
    headings_.insert({row, col});
}

void SheetBuilder::number(int row, int col, double v, CellStyle style) {
    if (!std::isfinite(v)) {
        blank(row, col, style);
        return;
    }
    Cell c;
    c.kind = Cell::Kind::number;
    c.number = v;
    c.style = style;
    put(row, col, std::move(c));
}

void SheetBuilder::number(int row, int col, const std::optional<double>& v, CellStyle style) {
    if (v && std::isfinite(*v)) {
        number(row, col, *v, style);
    } else {
        blank(row, col, style);
    }
}

void SheetBuilder::blank(int row, int col, CellStyle style) {
    Cell c;
    c.style = style;
    put(row, col, std::move(c));
}

void SheetBuilder::formula(int row, int col, std::string f, const std::optional<double>& value,
                           CellStyle style) {
    if (!value || !std::isfinite(*value)) {
        formula_text(row, col, std::move(f), "", style);
        return;
    }
    Cell c;
    c.kind = Cell::Kind::formula_number;
    c.formula = std::move(f);
    c.number = *value;
    c.style = style;
    put(row, col, std::move(c));
}

void SheetBuilder::formula_text(int row, int col, std::string f, std::string value,
                                CellStyle style) {
    Cell c;
    c.kind = Cell::Kind::formula_text;
    c.formula = std::move(f);
    c.text = std::move(value);
    c.style = style;
    put(row, col, std::move(c));
}

void SheetBuilder::merge(CellPos first, CellPos last, std::string s, CellStyle style,
                         bool heading) {
    text(first.row, first.col, std::move(s), style);
    if (first == last) {
        if (heading) headings_.insert(first);
        return;
    }
    for (int r = first.row; r <= last.row; ++r) {
        for (int c = first.col; c <= last.col; ++c) {
            if (r == first.row && c == first.col) continue;
            assert(!plan_.cells.contains({r, c}));
            covered_.insert({r, c});
        }
    }
    plan_.merges.push_back({first, last});
    if (!heading) {
        spanning_.insert(first);
    } else if (first.col == last.col) {
        headings_.insert(first); // a tall heading (several rows, one column)
    } else {
        wide_headings_.insert(first);
    }
}

void SheetBuilder::line(int row, std::string s, CellStyle style) {
    merge({row, 0}, {row, columns_ - 1}, std::move(s), style, false);
}

void SheetBuilder::limit(int col, double max_pt) {
    limits_[col] = max_pt;
}

double SheetBuilder::limit_of(int col) const {
    const auto it = limits_.find(col);
    return it == limits_.end() ? default_limit_pt : it->second;
}

// The narrowest width, within `limit`, at which a heading takes at most a
// few lines; a short heading stays on one line.
double SheetBuilder::heading_width(const std::string& s, const CellStyle& style,
                                   double limit) const {
    const double natural = measure_.width(s, style);
    const double least = measure_.longest_word(s, style);
    if (natural <= short_heading_pt) return natural;
    double hi = std::max(least, std::min(natural, limit));
    double lo = least;
    if (measure_.lines(s, style, hi) > std::max(heading_lines, line_breaks(s))) return hi;
    for (int step = 0; step < 20 && hi - lo > 1; ++step) {
        const double mid = (lo + hi) / 2;
        if (measure_.lines(s, style, mid) <= std::max(heading_lines, line_breaks(s))) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    return hi;
}

void SheetBuilder::fit_columns() {
    std::vector<double> need(static_cast<std::size_t>(columns_), least_column_pt);
    for (const auto& [col, pt] : least_)
        need[static_cast<std::size_t>(col)] = std::max(need[static_cast<std::size_t>(col)], pt);
    for (const auto& [pos, cell] : plan_.cells) {
        if (spanning_.contains(pos) || wide_headings_.contains(pos)) continue;
        if (headings_.contains(pos)) {
            need[pos.col] =
                std::max(need[pos.col], heading_width(cell.text, cell.style, limit_of(pos.col)));
            continue;
        }
        double w = 0;
        switch (cell.kind) {
        case Cell::Kind::number:
        case Cell::Kind::formula_number:
            w = measure_.width(shown(cell.number, cell.style.number), cell.style);
            break;
        case Cell::Kind::text:
        case Cell::Kind::formula_text:
            w = measure_.width(cell.text, cell.style);
            if (cell.style.wrap) {
                w = std::max(measure_.longest_word(cell.text, cell.style),
                             std::min(w, limit_of(pos.col)));
            }
            break;
        case Cell::Kind::blank:
            break;
        }
        need[pos.col] = std::max(need[pos.col], w);
    }
    plan_.column_widths.clear();
    for (double pt : need)
        plan_.column_widths.push_back(std::min(column_units(pt), widest_column));
}

void SheetBuilder::widen_for_headings() {
    for (const Merge& m : plan_.merges) {
        if (!wide_headings_.contains(m.first)) continue;
        const Cell& cell = plan_.cells.at(m.first);
        double limit = 0;
        for (int c = m.first.col; c <= m.last.col; ++c)
            limit += limit_of(c);
        const double wanted = heading_width(cell.text, cell.style, limit);
        const double missing_pt = wanted - text_room(width_px(plan_, m.first.col, m.last.col));
        if (missing_pt <= 0) continue;
        const int span = m.last.col - m.first.col + 1;
        const double missing = std::ceil(missing_pt * 96 / 72 / 7 * 4) / 4 + 0.25;
        for (int c = m.first.col; c <= m.last.col; ++c) {
            double& w = plan_.column_widths[static_cast<std::size_t>(c)];
            w = std::min(widest_column, std::ceil((w + missing / span) * 4) / 4);
        }
    }
}

double width_px(const SheetPlan& plan, int first_col, int last_col) {
    double px = 0;
    for (int c = first_col; c <= last_col && c < static_cast<int>(plan.column_widths.size()); ++c)
        px += column_pixels(plan.column_widths[static_cast<std::size_t>(c)]);
    return px;
}

void SheetBuilder::fit_rows() {
    std::map<CellPos, CellPos> merge_end;
    for (const Merge& m : plan_.merges)
        merge_end[m.first] = m.last;
    for (const auto& [pos, cell] : plan_.cells) {
        CellPos last = pos;
        if (const auto it = merge_end.find(pos); it != merge_end.end()) last = it->second;
        if (last.row != pos.row) continue; // a tall merge: its rows are sized by their other cells
        const double room = text_room(width_px(plan_, pos.col, last.col));
        int lines = 1;
        if (cell.kind == Cell::Kind::text || cell.kind == Cell::Kind::formula_text) {
            lines = cell.style.wrap ? measure_.lines(cell.text, cell.style, room)
                                    : line_breaks(cell.text);
        }
        double& h = plan_.row_heights[pos.row];
        h = std::min(tallest_row_pt, std::max(h, row_height(lines, cell.style.size)));
    }
}

// A narrow table would squeeze the title block: the member column widens
// (up to a limit) until the title fits on one line and the parent body and
// the cluster on at most two.
void SheetBuilder::widen_for_title_block() {
    if (title_left_end_ < 0 || columns_ < 2) return;
    const auto width_of = [&](int row) {
        const Cell& c = plan_.cells.at({row, 0});
        return measure_.width(c.text, c.style);
    };
    const double left = std::max(width_of(0), width_of(1) / 2 + 20);
    const double missing = std::max(left - text_room(width_px(plan_, 0, title_left_end_)),
                                    width_of(3) - text_room(width_px(plan_, 0, columns_ - 1)));
    if (missing <= 0) return;
    double& member = plan_.column_widths[1];
    member = std::min(
        widest_column,
        member + std::ceil(std::min(missing, most_title_widening_pt) * 96 / 72 / 7 * 4) / 4);
}

SheetPlan SheetBuilder::finish() {
    fit_columns();
    widen_for_headings();
    widen_for_title_block();
    fit_rows();
    return std::move(plan_);
}

SheetPlan SheetBuilder::finish_with_widths(std::vector<double> widths) {
    plan_.column_widths = std::move(widths);
    fit_rows();
    return std::move(plan_);
}

} // namespace thidua::xlsx
