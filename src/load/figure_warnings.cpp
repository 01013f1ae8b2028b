// The warnings that need the derived figures: a reported total that differs
// from the computed one, and a member left without figures (for the year,
// or for one of the two years compared), which the cluster's figures then
// leave out.
#include "load/figure_warnings.hpp"

#include "text/number.hpp"

#include <unordered_map>

namespace thidua::load {
namespace {

void warn_about_totals(Context& ctx, const Element* statistics, const model::Statistics& st) {
    const Element* total = statistics->first("total");
    if (total == nullptr) return;
    for (std::size_t i = 0; i < st.indicators.size(); ++i) {
        const model::Indicator& ind = st.indicators[i];
        const model::IndicatorFigures& f = st.figures[i];
        if (!f.difference || !f.total) continue;
        // Equal as printed (at the indicator's decimals) is equal.
        const int p = ind.precision;
        if (text::round_half_away(*f.reported_total, p) == text::round_half_away(*f.total, p))
            continue;
        const char* what = ind.aggregate == model::Aggregate::mean    ? "mean of the rows"
                           : ind.aggregate == model::Aggregate::ratio ? "ratio of the totals"
                                                                      : "sum of the rows";
        ctx.warning(ctx.value_pos(total, ind.id),
                    "reported total " + text::to_text(*f.reported_total) + " for '" + ind.id +
                        "' differs from the " + what + ", " + text::fixed_decimal(*f.total, p) +
                        " (difference " + text::fixed_decimal(*f.difference, p) + ")");
    }
}

// Whether a member's row of one year gives any figure.
bool has_figures(const model::StatRow* row) {
    if (row == nullptr) return false;
    for (const auto& v : row->values) {
        if (v) return true;
    }
    return false;
}

void warn_about_members(Context& ctx, const Element* root, const model::ClusterYear& cy) {
    const model::Statistics& st = *cy.statistics;
    std::unordered_map<std::string_view, const model::StatRow*> now;
    std::unordered_map<std::string_view, const model::StatRow*> before;
    for (const model::StatRow& r : st.rows) {
        if (r.year == cy.year) now.emplace(r.member, &r);
        if (r.year == cy.year - 1) before.emplace(r.member, &r);
    }
    const Element* members = root->first("members");
    if (members == nullptr) return;
    const std::string year = text::to_text(cy.year);
    const std::string previous = text::to_text(cy.year - 1);
    for (const Element* m : members->elements("member")) {
        const xml::Attribute* id = m->attribute("id");
        if (id == nullptr) continue;
        const auto find = [&](const auto& map) {
            const auto it = map.find(id->value);
            return it == map.end() ? nullptr : it->second;
        };
        const bool this_year = has_figures(find(now));
        const bool last_year = has_figures(find(before));
        std::string message;
        if (!this_year) {
            message = "member '" + id->value + "' has no figures for " + year +
                      "; the cluster's figures leave it out";
            if (st.has_previous_year) message += " and compare the other members only";
            message += "; add <row member=\"" + id->value + "\" .../> if it reported";
        } else if (st.has_previous_year && !last_year) {
            message = "member '" + id->value + "' has no figures for " + previous +
                      "; the change against " + previous +
                      " compares the other members only; add <row member=\"" + id->value +
                      "\" year=\"" + previous + "\" .../> if it reported";
        }
        if (!message.empty()) ctx.warning(ctx.pos(m), message);
    }
}

} // namespace

void warn_about_figures(Context& ctx, const Element* root, const model::ClusterYear& cy) {
    if (!cy.statistics) return;
    const Element* statistics = root->first("statistics");
    if (statistics == nullptr) return;
    warn_about_totals(ctx, statistics, *cy.statistics);
    warn_about_members(ctx, root, cy);
}

} // namespace thidua::load
