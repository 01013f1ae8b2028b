// The statistics sheet. Columns: STT, member, then per indicator this
// year's value and, for an indicator with last year's figures, last year's
// value and the change (growth in percent; for a percentage, the change in
// percentage points). Rows: the members in file order, the totals row, the
// reported total and its difference when the file gives <total>, then the
// notes. The totals row's last year and change are like for like: over the
// members with figures in both years, as live formulas. A ratio's total is
// the ratio of its parts' totals; a member's ratio the file leaves out is a
// formula of its parts. Percent indicators are stored as fractions (62.5 ->
// 0.625, shown 62.5%); every figure of an indicator is shown with its
// precision. The column chart of one indicator goes beside or under the table.
#include "xlsx/indicator_formulas.hpp"
#include "xlsx/indicator_values.hpp"
#include "xlsx/sheets.hpp"
#include "xlsx/statistics_chart.hpp"

#include <map>

namespace thidua::xlsx {
namespace {

std::optional<std::size_t> index_of(const model::Statistics& st,
                                    const std::optional<std::string>& id) {
    for (std::size_t k = 0; id && k < st.indicators.size(); ++k) {
        if (st.indicators[k].id == *id) return k;
    }
    return std::nullopt;
}

StatisticsLayout layout(const model::ClusterYear& cy) {
    const model::Statistics& st = *cy.statistics;
    StatisticsLayout l;
    for (std::size_t i = 0; i < st.indicators.size(); ++i) {
        bool previous = st.figures[i].previous_total.has_value();
        for (const auto& row : st.member_table)
            previous = previous || row[i].previous.has_value();
        l.column.push_back(l.columns);
        l.has_previous.push_back(previous);
        l.columns += previous ? 3 : 1;
        if (previous) l.header_rows = 2;
    }
    return l;
}

// Where the formulas find an indicator's figures of this year or (with
// `before`) last year; none when a column they need is not in the sheet.
class Columns {
public:
    Columns(const model::Statistics& st, const StatisticsLayout& l) : st_(st), l_(l) {}

    std::optional<YearColumns> of(std::size_t i, bool before) const {
        const model::Indicator& ind = st_.indicators[i];
        YearColumns y;
        y.how = ind.aggregate;
        if (ind.aggregate != model::Aggregate::ratio) {
            if (before && !l_.has_previous[i]) return std::nullopt;
            y.values = span(i, before);
            return y;
        }
        const auto n = index_of(st_, ind.numerator);
        const auto d = index_of(st_, ind.denominator);
        if (!n || !d || (before && (!l_.has_previous[*n] || !l_.has_previous[*d])))
            return std::nullopt;
        y.numerator = span(*n, before);
        y.denominator = span(*d, before);
        // numerator / denominator, in the sheet's scale of each part
        y.factor = sheet_scale(st_.indicators[*d]) / sheet_scale(st_.indicators[*n]);
        return y;
    }

private:
    Span span(std::size_t i, bool before) const {
        const int c = l_.column[i] + (before ? 1 : 0);
        return {{l_.first_data, c}, {l_.last_data, c}};
    }

    const model::Statistics& st_;
    const StatisticsLayout& l_;
};

void headings(SheetBuilder& b, const doc::StatisticsText& t, const StatisticsLayout& l) {
    const int r = l.header_row;
    const int bottom = r + l.header_rows - 1;
    const CellStyle h = styles::header();
    b.merge({r, 0}, {bottom, 0}, t.number, h, true);
    b.merge({r, 1}, {bottom, 1}, t.member, h, true);
    for (std::size_t i = 0; i < t.indicators.size(); ++i) {
        const int c = l.column[i];
        if (!l.has_previous[i]) {
            b.merge({r, c}, {bottom, c}, t.indicators[i], h, true);
            continue;
        }
        b.merge({r, c}, {r, c + 2}, t.indicators[i], h, true);
        b.heading(r + 1, c, t.this_year);
        b.heading(r + 1, c + 1, t.previous_year);
        b.heading(r + 1, c + 2, t.growth);
    }
}

// Which values the file itself gives, by member and year.
using FileRows = std::map<std::pair<std::string_view, int>, const model::StatRow*>;

FileRows file_rows(const model::Statistics& st) {
    FileRows out;
    for (const model::StatRow& r : st.rows)
        out.emplace(std::make_pair(std::string_view(r.member), r.year), &r);
    return out;
}

bool file_gives(const FileRows& rows, const std::string& member, int year, std::size_t i) {
    const auto it = rows.find({member, year});
    return it != rows.end() && i < it->second->values.size() && it->second->values[i];
}

// One member's figure of one year: the file's value, or for a ratio the
// file leaves out, the formula of its parts (when they are in the sheet).
void member_value(SheetBuilder& b, CellPos at, const std::optional<YearColumns>& parts, bool given,
                  const std::optional<double>& value, const CellStyle& style) {
    if (given || !parts || parts->how != model::Aggregate::ratio) {
        b.number(at.row, at.col, value, style);
        return;
    }
    b.formula(at.row, at.col,
              member_ratio_formula({at.row, parts->numerator.first.col},
                                   {at.row, parts->denominator.first.col}, parts->factor),
              value, style);
}

void member_rows(SheetBuilder& b, const model::ClusterYear& cy, const doc::StatisticsText& t,
                 const StatisticsLayout& l) {
    const model::Statistics& st = *cy.statistics;
    const Columns columns(st, l);
    const FileRows rows = file_rows(st);
    for (std::size_t m = 0; m < cy.members.size(); ++m) {
        const int r = l.first_data + static_cast<int>(m);
        const std::string& id = cy.members[m].id;
        b.number(r, 0, static_cast<double>(m + 1), styles::centred());
        b.text(r, 1, cy.members[m].name, styles::text());
        for (std::size_t i = 0; i < st.indicators.size(); ++i) {
            const model::Indicator& ind = st.indicators[i];
            const model::MemberFigure& f = st.member_table[m][i];
            const CellStyle style = styles::number(indicator_format(ind));
            const int c = l.column[i];
            member_value(b, {r, c}, columns.of(i, false), file_gives(rows, id, cy.year, i),
                         in_sheet(f.value, ind), style);
            if (!l.has_previous[i]) continue;
            member_value(b, {r, c + 1}, columns.of(i, true), file_gives(rows, id, cy.year - 1, i),
                         in_sheet(f.previous, ind), style);
            const CellStyle change = styles::number(change_format(ind, t.points));
            if (is_percent(ind)) {
                b.formula(r, c + 2, member_points_formula({r, c}, {r, c + 1}), f.change_points,
                          change);
            } else {
                b.formula(r, c + 2, member_growth_formula({r, c}, {r, c + 1}, ind.precision),
                          as_fraction(f.growth_percent), change);
            }
        }
    }
}

// One indicator's cells of the totals row `r`: this year over every member
// that has the figure, last year and the change like for like.
void indicator_totals(SheetBuilder& b, int r, const model::Statistics& st, std::size_t i,
                      const doc::StatisticsText& t, const StatisticsLayout& l) {
    const model::Indicator& ind = st.indicators[i];
    const model::IndicatorFigures& f = st.figures[i];
    const CellStyle style = styles::total(indicator_format(ind));
    const CellStyle change = styles::total(change_format(ind, t.points));
    const int c = l.column[i];
    const Columns columns(st, l);
    const auto now = columns.of(i, false);
    const auto before = columns.of(i, true);
    if (now && ind.aggregate != model::Aggregate::none) {
        b.formula(r, c, year_total_formula(*now), in_sheet(f.total, ind), style);
    } else {
        b.blank(r, c, style);
    }
    if (!l.has_previous[i]) return;
    if (!now || !before || ind.aggregate == model::Aggregate::none) {
        b.blank(r, c + 1, style);
        b.blank(r, c + 2, change);
        return;
    }
    b.formula(r, c + 1, compared_previous_formula(*now, *before), in_sheet(f.previous_total, ind),
              style);
    if (is_percent(ind)) {
        b.formula(r, c + 2, compared_points_formula(*now, *before, {r, c + 1}), f.change_points,
                  change);
    } else {
        b.formula(r, c + 2, compared_growth_formula(*now, *before, {r, c + 1}, ind.precision),
                  as_fraction(f.growth_percent), change);
    }
}

// The totals row, then the reported total and the difference when given;
// returns the row after them. The ranges cover exactly the member rows.
int total_rows(SheetBuilder& b, const model::Statistics& st, const doc::StatisticsText& t,
               const StatisticsLayout& l) {
    const int r = l.last_data + 1;
    b.merge({r, 0}, {r, 1}, t.total, styles::total_label(), false);
    for (std::size_t i = 0; i < st.indicators.size(); ++i)
        indicator_totals(b, r, st, i, t, l);
    if (!st.reported_totals) return r + 1;
    const int reported = r + 1;
    const int difference = r + 2;
    b.merge({reported, 0}, {reported, 1}, t.reported, styles::total_label(), false);
    b.merge({difference, 0}, {difference, 1}, t.difference, styles::total_label(), false);
    for (std::size_t i = 0; i < st.indicators.size(); ++i) {
        const model::Indicator& ind = st.indicators[i];
        const model::IndicatorFigures& f = st.figures[i];
        const CellStyle style = styles::number(indicator_format(ind));
        const int c = l.column[i];
        const auto given = in_sheet(f.reported_total, ind);
        const auto total = in_sheet(f.total, ind);
        b.number(reported, c, given, style);
        // As the sheet works it out from the two cells above (the engine's
        // difference keeps a millionth; the cell keeps every digit).
        std::optional<double> gap;
        if (given && total) gap = *given - *total;
        b.formula(difference, c, difference_formula({reported, c}, {r, c}), gap, style);
        for (int k = 1; k < (l.has_previous[i] ? 3 : 1); ++k) {
            b.blank(reported, c + k, style);
            b.blank(difference, c + k, style);
        }
    }
    return difference + 1;
}

} // namespace

NumberFormat indicator_format(model::IndicatorType t) {
    switch (t) {
    case model::IndicatorType::count:
        return NumberFormat::count;
    case model::IndicatorType::amount:
        return NumberFormat::amount;
    case model::IndicatorType::percent:
        return NumberFormat::percent;
    }
    return NumberFormat::amount;
}

std::optional<SheetPlan> statistics_sheet(const model::ClusterYear& cy,
                                          const doc::WorkbookText& text, const TextWidth& measure,
                                          StatisticsLayout* where) {
    if (!cy.statistics || cy.statistics->indicators.empty()) return std::nullopt;
    const model::Statistics& st = *cy.statistics;
    const doc::StatisticsText& t = text.statistics;
    StatisticsLayout l = layout(cy);
    SheetBuilder b(t.sheet, measure, l.columns);
    b.limit(1, 220);
    l.header_row = b.title_block(text.parent, text.issuer, t.title);
    l.first_data = l.header_row + l.header_rows;
    l.last_data = l.first_data + static_cast<int>(cy.members.size()) - 1;
    headings(b, t, l);
    member_rows(b, cy, t, l);
    int row = total_rows(b, st, t, l);
    std::vector<std::string> notes = {t.note};
    notes.insert(notes.end(), t.notes.begin(), t.notes.end());
    row = place_notes(b, row, notes);
    b.freeze(l.first_data, 2);
    b.repeat_rows(l.header_row, l.first_data - 1);
    SheetPlan plan = b.finish();
    add_chart(plan, cy, t, l, row + 1);
    // The signatures end the sheet, under the chart too (beside the table, it
    // may reach further down than the notes).
    if (plan.chart) row = std::max(row, plan.print_area_end->row + 1);
    end_sheet(plan, row, text.signing, measure);
    if (where) *where = l;
    return plan;
}

} // namespace thidua::xlsx
