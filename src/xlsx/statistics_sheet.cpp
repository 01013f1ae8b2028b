// The statistics sheet. Columns: STT, member, then per indicator this
// year's value and, for an indicator with last year's figures, last year's
// value and the growth. Rows: the members in file order, the totals row,
// the reported total and its difference when the file gives <total>.
// Percent indicators are stored as fractions (62.5 -> 0.625, shown 62.5%).
// The column chart of one indicator goes beside or under the table.
#include "xlsx/formulas.hpp"
#include "xlsx/sheets.hpp"
#include "xlsx/statistics_chart.hpp"

namespace thidua::xlsx {
namespace {

NumberFormat format_of(model::IndicatorType t) {
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

// The model keeps percentages as 0-100; the sheet as fractions.
std::optional<double> scaled(const std::optional<double>& v, model::IndicatorType t) {
    if (!v || t != model::IndicatorType::percent) return v;
    return *v / 100;
}

std::optional<double> fraction(const std::optional<double>& percent) {
    if (!percent) return std::nullopt;
    return *percent / 100;
}

// The engine keeps a millionth of the model's unit; percent indicators are
// a hundred times smaller in the sheet.
int digits_of(model::IndicatorType t) {
    return t == model::IndicatorType::percent ? 8 : 6;
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

void member_rows(SheetBuilder& b, const model::ClusterYear& cy, const StatisticsLayout& l) {
    const model::Statistics& st = *cy.statistics;
    for (std::size_t m = 0; m < cy.members.size(); ++m) {
        const int r = l.first_data + static_cast<int>(m);
        b.number(r, 0, static_cast<double>(m + 1), styles::centred());
        b.text(r, 1, cy.members[m].name, styles::text());
        for (std::size_t i = 0; i < st.indicators.size(); ++i) {
            const model::Indicator& ind = st.indicators[i];
            const model::MemberFigure& f = st.member_table[m][i];
            const CellStyle style = styles::number(format_of(ind.type));
            const int c = l.column[i];
            b.number(r, c, scaled(f.value, ind.type), style);
            if (!l.has_previous[i]) continue;
            b.number(r, c + 1, scaled(f.previous, ind.type), style);
            b.formula(r, c + 2, growth_formula({r, c}, {r, c + 1}), fraction(f.growth_percent),
                      styles::number(NumberFormat::percent));
        }
    }
}

// The totals row, then the reported total and the difference when given;
// returns the row after them. The ranges cover exactly the member rows.
int total_rows(SheetBuilder& b, const model::Statistics& st, const doc::StatisticsText& t,
               const StatisticsLayout& l) {
    const int r = l.last_data + 1;
    b.merge({r, 0}, {r, 1}, t.total, styles::total_label(), false);
    for (std::size_t i = 0; i < st.indicators.size(); ++i) {
        const model::Indicator& ind = st.indicators[i];
        const model::IndicatorFigures& f = st.figures[i];
        const CellStyle style = styles::total(format_of(ind.type));
        const int c = l.column[i];
        const int digits = digits_of(ind.type);
        const int width = l.has_previous[i] ? 3 : 1;
        if (ind.aggregate == model::Aggregate::none) {
            for (int k = 0; k < width; ++k)
                b.blank(r, c + k, style);
            continue;
        }
        b.formula(r, c, total_formula(ind.aggregate, {{l.first_data, c}, {l.last_data, c}}, digits),
                  scaled(f.total, ind.type), style);
        if (!l.has_previous[i]) continue;
        b.formula(
            r, c + 1,
            total_formula(ind.aggregate, {{l.first_data, c + 1}, {l.last_data, c + 1}}, digits),
            scaled(f.previous_total, ind.type), style);
        b.formula(r, c + 2, growth_formula({r, c}, {r, c + 1}), fraction(f.growth_percent),
                  styles::total(NumberFormat::percent));
    }
    if (!st.reported_totals) return r + 1;
    const int reported = r + 1;
    const int difference = r + 2;
    b.merge({reported, 0}, {reported, 1}, t.reported, styles::total_label(), false);
    b.merge({difference, 0}, {difference, 1}, t.difference, styles::total_label(), false);
    for (std::size_t i = 0; i < st.indicators.size(); ++i) {
        const model::Indicator& ind = st.indicators[i];
        const model::IndicatorFigures& f = st.figures[i];
        const CellStyle style = styles::number(format_of(ind.type));
        const int c = l.column[i];
        b.number(reported, c, scaled(f.reported_total, ind.type), style);
        b.formula(difference, c, difference_formula({reported, c}, {r, c}, digits_of(ind.type)),
                  scaled(f.difference, ind.type), style);
        for (int k = 1; k < (l.has_previous[i] ? 3 : 1); ++k) {
            b.blank(reported, c + k, style);
            b.blank(difference, c + k, style);
        }
    }
    return difference + 1;
}

} // namespace

NumberFormat indicator_format(model::IndicatorType t) {
    return format_of(t);
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
    member_rows(b, cy, l);
    int row = total_rows(b, st, t, l);
    row = place_note(b, row, t.note);
    b.freeze(l.first_data, 2);
    b.repeat_rows(l.header_row, l.first_data - 1);
    SheetPlan plan = b.finish();
    add_chart(plan, cy, t, l, row + 1);
    if (where) *where = l;
    return plan;
}

} // namespace thidua::xlsx
