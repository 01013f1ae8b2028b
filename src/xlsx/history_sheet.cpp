// A cluster's history sheet, three parts under the title block: heads and
// deputies by year (and those named for the next year); awards by member
// by year; each indicator by member by year, with a totals row and, over
// two years or more, the growth of the last year against the one before.
// Totals and growth are formulas stored with the engine's figures.
#include "text/number.hpp"
#include "xlsx/formulas.hpp"
#include "xlsx/index_sheets.hpp"
#include "xlsx/sheets.hpp"
#include "xlsx/statistics_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>

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

// Every indicator of the cluster's years, matched by id, latest definition.
std::vector<model::Indicator> indicators_of(const std::vector<const ArchivedYear*>& years) {
    std::vector<model::Indicator> out;
    for (const ArchivedYear* y : years) {
        if (!y->cy.statistics) continue;
        for (const model::Indicator& ind : y->cy.statistics->indicators) {
            auto it = std::find_if(out.begin(), out.end(), [&](auto& i) { return i.id == ind.id; });
            if (it == out.end()) {
                out.push_back(ind);
            } else {
                *it = ind;
            }
        }
    }
    return out;
}

std::optional<std::size_t> index_of(const model::ClusterYear& cy, const std::string& id) {
    if (!cy.statistics) return std::nullopt;
    const auto& list = cy.statistics->indicators;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i].id == id) return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> member_index(const model::ClusterYear& cy, const std::string& id) {
    for (std::size_t m = 0; m < cy.members.size(); ++m) {
        if (cy.members[m].id == id) return m;
    }
    return std::nullopt;
}

std::optional<double> scaled(const std::optional<double>& v, model::IndicatorType t) {
    if (!v || t != model::IndicatorType::percent) return v;
    return *v / 100;
}

// ROUND((now - before) / before, 8), as growth_formula computes it.
std::optional<double> growth(const std::optional<double>& now,
                             const std::optional<double>& before) {
    if (!now || !before || *before == 0) return std::nullopt;
    return std::round((*now - *before) / *before * 1e8) / 1e8;
}

std::string ids_joined(const model::ClusterYear& cy, const std::vector<const model::Member*>& ms) {
    std::vector<std::string> ids;
    for (const model::Member* m : ms)
        ids.push_back(m->id);
    return member_names(cy, ids);
}

class History {
public:
    History(SheetBuilder& b, const std::vector<const ArchivedYear*>& years,
            const doc::IndexText& text, const doc::Wording& wording)
        : b_(b), years_(years), text_(text), wording_(wording), members_(members_of(years)) {}

    int leaders(int r) {
        b_.line(r, text_.leaders, styles::caption());
        ++r;
        const std::array<const std::string*, 5> headings = {
            &text_.year, &text_.heads, &text_.deputies, &text_.next_heads, &text_.next_deputies};
        for (std::size_t c = 0; c < headings.size(); ++c)
            b_.heading(r, static_cast<int>(c), *headings[c]);
        for (const ArchivedYear* y : years_) {
            const model::ClusterYear& cy = y->cy;
            ++r;
            b_.number(r, 0, static_cast<double>(cy.year), styles::centred());
            b_.text(r, 1, ids_joined(cy, cy.heads()), styles::text());
            b_.text(r, 2, ids_joined(cy, cy.deputies()), styles::text());
            b_.text(r, 3, cy.succession ? member_names(cy, cy.succession->heads) : "",
                    styles::text());
            b_.text(r, 4, cy.succession ? member_names(cy, cy.succession->deputies) : "",
                    styles::text());
        }
        return r + 2;
    }

    // The heading row of a members-by-years table; returns the row after.
    int year_headings(int r, bool with_growth) {
        b_.heading(r, 0, text_.number);
        b_.heading(r, 1, text_.member);
        for (std::size_t k = 0; k < years_.size(); ++k)
            b_.heading(r, 2 + static_cast<int>(k),
                       text_.year + " " + text::to_text(years_[k]->cy.year));
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
                    cell += (cell.empty() ? "" : "\n") + a.type +
                            (a.recipient ? ": " + *a.recipient : std::string());
                }
                b_.text(r, 2 + static_cast<int>(k), cell, styles::text());
            }
        }
        return r + 1;
    }

    int indicators(int r) {
        const std::vector<model::Indicator> list = indicators_of(years_);
        if (list.empty()) return r;
        b_.line(r, text_.indicators_caption, styles::caption());
        ++r;
        for (const model::Indicator& ind : list)
            r = indicator(r, ind) + 1;
        return r;
    }

    int growth_col() const { return 2 + static_cast<int>(years_.size()); }

private:
    int indicator(int r, const model::Indicator& ind) {
        const bool with_growth = years_.size() >= 2;
        CellStyle caption = styles::caption();
        caption.italic = true;
        b_.line(r, doc::history_indicator(wording_, ind), caption);
        r = year_headings(r + 1, with_growth);
        const int first = r;
        const int last = first + static_cast<int>(members_.size()) - 1;
        const CellStyle style = styles::number(indicator_format(ind.type));
        const CellStyle percent = styles::number(NumberFormat::percent);
        const int digits = ind.type == model::IndicatorType::percent ? 8 : 6;
        const int n = static_cast<int>(years_.size());
        for (std::size_t m = 0; m < members_.size(); ++m, ++r) {
            b_.number(r, 0, static_cast<double>(m + 1), styles::centred());
            b_.text(r, 1, members_[m].name, styles::text());
            std::vector<std::optional<double>> values;
            for (const ArchivedYear* y : years_) {
                const auto i = index_of(y->cy, ind.id);
                const auto mi = member_index(y->cy, members_[m].id);
                values.push_back(i && mi ? y->cy.statistics->member_table[*mi][*i].value
                                         : std::nullopt);
                b_.number(r, 1 + static_cast<int>(values.size()), scaled(values.back(), ind.type),
                          style);
            }
            if (with_growth) {
                b_.formula(r, growth_col(), growth_formula({r, n + 1}, {r, n}),
                           growth(values[n - 1], values[n - 2]), percent);
            }
        }
        b_.merge({r, 0}, {r, 1}, text_.total, styles::total_label(), false);
        std::vector<std::optional<double>> totals;
        for (std::size_t k = 0; k < years_.size(); ++k) {
            const int c = 2 + static_cast<int>(k);
            const auto i = index_of(years_[k]->cy, ind.id);
            const CellStyle total = styles::total(indicator_format(ind.type));
            totals.push_back(i ? years_[k]->cy.statistics->figures[*i].total : std::nullopt);
            if (ind.aggregate == model::Aggregate::none) {
                b_.blank(r, c, total);
                continue;
            }
            b_.formula(r, c, total_formula(ind.aggregate, {{first, c}, {last, c}}, digits),
                       scaled(totals.back(), ind.type), total);
        }
        if (with_growth) {
            if (ind.aggregate == model::Aggregate::none) {
                b_.blank(r, growth_col(), styles::total(NumberFormat::percent));
            } else {
                b_.formula(r, growth_col(), growth_formula({r, n + 1}, {r, n}),
                           growth(totals[n - 1], totals[n - 2]),
                           styles::total(NumberFormat::percent));
            }
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
