// A cluster's history sheet, three parts under the title block: heads and
// deputies by year (and those named for the next year); awards by member
// by year, each with its status (proposed or granted); each indicator by member by year, with a
// totals row by the indicator's aggregate (a ratio: the ratio of its parts' totals, from their own
// tables) and, over two years or more, the change of the last year against the one before, like for
// like (over the members with figures in both years): growth in percent, for a percentage the
// change in points. Totals and changes are live formulas stored with the engine's figures
// (history_figures.hpp); figures are shown with the indicator's precision, never rounded in the
// cell.
#include "text/number.hpp"
#include "xlsx/history_figures.hpp"
#include "xlsx/index_sheets.hpp"
#include "xlsx/indicator_formulas.hpp"
#include "xlsx/indicator_values.hpp"
#include "xlsx/sheets.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <map>

namespace thidua::xlsx {
namespace {

struct MemberLine {
    std::string id;
    std::string name; // as its latest year names it
};

// Every member of the cluster's years, in order of first appearance.
std::vector<MemberLine> members_of(const std::vector<const ArchivedYear*>& years) {
    std::vector<MemberLine> out;
    for (const ArchivedYear* y : years) {
        for (const model::Member& m : y->cy.members) {
            auto it = std::find_if(out.begin(), out.end(), [&](auto& l) { return l.id == m.id; });
            if (it == out.end()) {
                out.push_back({m.id, m.name});
            } else {
                it->name = m.name;
            }
        }
    }
    return out;
}

std::vector<std::string> ids_of(const std::vector<MemberLine>& members) {
    std::vector<std::string> out;
    for (const MemberLine& m : members)
        out.push_back(m.id);
    return out;
}

class History {
public:
    History(SheetBuilder& b, const std::vector<const ArchivedYear*>& years,
            const doc::IndexText& text, const doc::Wording& wording)
        : b_(b), years_(years), text_(text), wording_(wording), members_(members_of(years)) {}

    int leaders(int r) {
        b_.line(r, text_.leaders, styles::caption());
        ++r;
        const doc::CatalogueYearsText& t = text_.cluster_years;
        const std::array<const std::string*, 5> headings = {&t.year, &t.heads, &t.deputies,
                                                            &t.next_heads, &t.next_deputies};
        for (std::size_t c = 0; c < headings.size(); ++c)
            b_.heading(r, static_cast<int>(c), *headings[c]);
        for (const ArchivedYear* y : years_) {
            const model::ClusterYear& cy = y->cy;
            ++r;
            b_.number(r, 0, static_cast<double>(cy.year), styles::centred());
            b_.text(r, 1, member_names(cy, cy.heads()), styles::text());
            b_.text(r, 2, member_names(cy, cy.deputies()), styles::text());
            b_.text(r, 3, cy.succession ? member_names(cy, cy.succession->heads) : "",
                    styles::text());
            b_.text(r, 4, cy.succession ? member_names(cy, cy.succession->deputies) : "",
                    styles::text());
        }
        return r + 2;
    }

    // The heading row of a members-by-years table; returns the row after.
    int year_headings(int r, bool with_growth) {
        b_.heading(r, 0, text_.members.number);
        b_.heading(r, 1, text_.members.member);
        for (std::size_t k = 0; k < years_.size(); ++k)
            b_.heading(r, 2 + static_cast<int>(k),
                       text_.members.year + " " + text::to_text(years_[k]->cy.year));
        if (with_growth) {
            const int last = years_.back()->cy.year;
            const int before = years_[years_.size() - 2]->cy.year;
            b_.heading(r, growth_col(), doc::history_growth(wording_, last, before));
        }
        return r + 1;
    }

    int awards(int r) {
        bool any = false;
        for (const ArchivedYear* y : years_)
            any = any || !y->cy.awards.empty();
        if (!any) return r;
        b_.line(r, text_.awards_caption, styles::caption());
        r = year_headings(r + 1, false);
        for (std::size_t m = 0; m < members_.size(); ++m, ++r) {
            b_.number(r, 0, static_cast<double>(m + 1), styles::centred());
            b_.text(r, 1, members_[m].name, styles::text());
            for (std::size_t k = 0; k < years_.size(); ++k) {
                std::string cell;
                for (const model::Award& a : years_[k]->cy.awards) {
                    if (a.member != members_[m].id) continue;
                    cell += (cell.empty() ? "" : "\n") + doc::history_award(wording_, a);
                }
                b_.text(r, 2 + static_cast<int>(k), cell, styles::text());
            }
        }
        return r + 1;
    }

    int indicators(int r) {
        const HistoryFigures figures = history_figures(years_, ids_of(members_));
        if (figures.indicators.empty()) return r;
        b_.line(r, text_.indicators_caption, styles::caption());
        ++r;
        // Each table: caption, headings, the members, the totals row, a
        // blank row; where each one's member rows start, for the ratios.
        const int height = static_cast<int>(members_.size()) + 4;
        std::map<std::string, int> first_rows;
        for (std::size_t i = 0; i < figures.indicators.size(); ++i)
            first_rows[figures.indicators[i].id] = r + static_cast<int>(i) * height + 2;
        for (std::size_t i = 0; i < figures.indicators.size(); ++i)
            r = indicator(r, figures, i, first_rows) + 1;
        return r;
    }

    int growth_col() const { return 2 + static_cast<int>(years_.size()); }

private:
    // The columns of year `k` of the indicator's figures: its own, or its
    // parts' in their tables; none for a ratio whose parts are missing.
    std::optional<YearColumns> year_columns(const HistoryFigures& figures, std::size_t i, int k,
                                            const std::map<std::string, int>& first_rows) const {
        const model::Indicator& ind = figures.indicators[i];
        const int last = static_cast<int>(members_.size()) - 1;
        const int c = 2 + k;
        const auto span = [&](const std::string& id) -> std::optional<Span> {
            const auto it = first_rows.find(id);
            if (it == first_rows.end()) return std::nullopt;
            return Span{{it->second, c}, {it->second + last, c}};
        };
        YearColumns y;
        y.how = ind.aggregate;
        if (ind.aggregate != model::Aggregate::ratio) {
            y.values = *span(ind.id);
            return y;
        }
        const auto part = [&](const std::optional<std::string>& id) -> const model::Indicator* {
            for (const model::Indicator& other : figures.indicators) {
                if (id && other.id == *id) return &other;
            }
            return nullptr;
        };
        const model::Indicator* n = part(ind.numerator);
        const model::Indicator* d = part(ind.denominator);
        if (!n || !d) return std::nullopt;
        y.numerator = *span(n->id);
        y.denominator = *span(d->id);
        y.factor = sheet_scale(*d) / sheet_scale(*n);
        return y;
    }

    void member_row(int r, std::size_t m, const HistoryFigures& figures, std::size_t i,
                    const CellStyle& style, const CellStyle& change) {
        const model::Indicator& ind = figures.indicators[i];
        const int n = static_cast<int>(years_.size());
        b_.number(r, 0, static_cast<double>(m + 1), styles::centred());
        b_.text(r, 1, members_[m].name, styles::text());
        for (int k = 0; k < n; ++k) {
            const auto& value = figures.values[static_cast<std::size_t>(k)][m][i];
            b_.number(r, 2 + k, in_sheet(value, ind), style);
        }
        if (n < 2) return;
        const model::MemberFigure& f = figures.member_change[m][i];
        if (is_percent(ind)) {
            b_.formula(r, growth_col(), member_points_formula({r, n + 1}, {r, n}), f.change_points,
                       change);
        } else {
            b_.formula(r, growth_col(), member_growth_formula({r, n + 1}, {r, n}, ind.precision),
                       as_fraction(f.growth_percent), change);
        }
    }

    int indicator(int r, const HistoryFigures& figures, std::size_t i,
                  const std::map<std::string, int>& first_rows) {
        const model::Indicator& ind = figures.indicators[i];
        const bool with_growth = years_.size() >= 2;
        CellStyle caption = styles::caption();
        caption.italic = true;
        b_.line(r, doc::history_indicator(wording_, ind), caption);
        r = year_headings(r + 1, with_growth);
        assert(r == first_rows.at(ind.id));
        const NumberFormat format = indicator_format(ind);
        // No wording for "percentage points" in templates/index.xml yet:
        // a percentage's change is shown as a signed number of points.
        const NumberFormat shown_change = change_format(ind, "");
        for (std::size_t m = 0; m < members_.size(); ++m, ++r)
            member_row(r, m, figures, i, styles::number(format), styles::number(shown_change));
        b_.merge({r, 0}, {r, 1}, text_.total, styles::total_label(), false);
        const int n = static_cast<int>(years_.size());
        const bool totals = ind.aggregate != model::Aggregate::none;
        for (int k = 0; k < n; ++k) {
            const auto year = year_columns(figures, i, k, first_rows);
            const CellStyle total = styles::total(format);
            if (!totals || !year) {
                b_.blank(r, 2 + k, total);
                continue;
            }
            b_.formula(r, 2 + k, year_total_formula(*year),
                       in_sheet(figures.totals[static_cast<std::size_t>(k)][i], ind), total);
        }
        if (!with_growth) return r + 1;
        const auto now = year_columns(figures, i, n - 1, first_rows);
        const auto before = year_columns(figures, i, n - 2, first_rows);
        const CellStyle change = styles::total(shown_change);
        const model::IndicatorFigures& f = figures.change[i];
        if (!totals || !now || !before) {
            b_.blank(r, growth_col(), change);
        } else if (is_percent(ind)) {
            b_.formula(r, growth_col(), compared_points_formula(*now, *before), f.change_points,
                       change);
        } else {
            b_.formula(r, growth_col(), compared_growth_formula(*now, *before, ind.precision),
                       as_fraction(f.growth_percent), change);
        }
        return r + 1;
    }

    SheetBuilder& b_;
    const std::vector<const ArchivedYear*>& years_;
    const doc::IndexText& text_;
    const doc::Wording& wording_;
    std::vector<MemberLine> members_;
};

} // namespace

SheetPlan history_sheet(const std::string& name, const std::vector<const ArchivedYear*>& years,
                        const doc::IndexText& text, const doc::Wording& wording,
                        const TextWidth& measure) {
    const int n = static_cast<int>(years.size());
    const int columns = std::max(5, 2 + n + (n >= 2 ? 1 : 0));
    SheetBuilder b(name, measure, columns);
    b.limit(1, 220);
    for (int c = 2; c < columns; ++c)
        b.limit(c, 200);
    History h(b, years, text, wording);
    int r = b.title_block(text.parent, years.back()->cy.cluster.name,
                          doc::history_title(wording, years.back()->cy.cluster));
    r = h.leaders(r);
    r = h.awards(r);
    h.indicators(r);
    return b.finish();
}

} // namespace thidua::xlsx
