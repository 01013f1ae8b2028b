// The history sheet's figures (see history_figures.hpp). Two of the
// archive's years, however far apart, go through model::derive as a year
// and the one before it, so the sheet's totals and changes are the
// engine's own arithmetic over the columns the sheet shows.
#include "xlsx/history_figures.hpp"

#include <algorithm>

namespace thidua::xlsx {
namespace {

// Every indicator of the years, matched by id, latest definition.
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

std::optional<std::size_t> indicator_index(const model::ClusterYear& cy, const std::string& id) {
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

using YearValues = std::vector<std::vector<std::optional<double>>>; // [member][indicator]

// One year's figures of every member for every indicator of `list`.
YearValues values_of(const model::ClusterYear& cy, const std::vector<model::Indicator>& list,
                     const std::vector<std::string>& members) {
    YearValues out(members.size(), std::vector<std::optional<double>>(list.size()));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto k = indicator_index(cy, list[i].id);
        if (!k) continue;
        for (std::size_t m = 0; m < members.size(); ++m) {
            if (const auto mi = member_index(cy, members[m]))
                out[m][i] = cy.statistics->member_table[*mi][*k].value;
        }
    }
    return out;
}

// A cluster-year of year 2 whose rows are `now` (and year 1's `before`),
// derived: the engine's figures over exactly these columns.
model::ClusterYear derived(const std::vector<model::Indicator>& list,
                           const std::vector<std::string>& members, const YearValues& now,
                           const YearValues* before) {
    model::ClusterYear cy;
    cy.year = 2;
    model::Statistics st;
    st.indicators = list;
    for (const std::string& id : members) {
        model::Member m;
        m.id = id;
        m.name = id;
        cy.members.push_back(std::move(m));
    }
    const auto add = [&](const YearValues& values, int year) {
        for (std::size_t m = 0; m < members.size(); ++m) {
            if (std::none_of(values[m].begin(), values[m].end(), [](auto& v) { return v; }))
                continue;
            st.rows.push_back({members[m], year, values[m]});
        }
    };
    if (before) add(*before, 1);
    add(now, 2);
    cy.statistics = std::move(st);
    model::derive(cy);
    return cy;
}

} // namespace

HistoryFigures history_figures(const std::vector<const ArchivedYear*>& years,
                               const std::vector<std::string>& members) {
    HistoryFigures out;
    out.indicators = indicators_of(years);
    for (const ArchivedYear* y : years)
        out.values.push_back(values_of(y->cy, out.indicators, members));
    for (std::size_t k = 0; k < years.size(); ++k) {
        const model::ClusterYear cy =
            derived(out.indicators, members, out.values[k], k > 0 ? &out.values[k - 1] : nullptr);
        std::vector<std::optional<double>> totals;
        for (const model::IndicatorFigures& f : cy.statistics->figures)
            totals.push_back(f.total);
        out.totals.push_back(std::move(totals));
        if (k + 1 < years.size()) continue;
        out.indicators = cy.statistics->indicators; // with the precision derived
        if (k == 0) continue;
        out.change = cy.statistics->figures;
        out.member_change = cy.statistics->member_table;
    }
    return out;
}

} // namespace thidua::xlsx
