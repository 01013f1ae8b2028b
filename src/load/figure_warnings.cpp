// The warnings that need the derived figures: a reported total that differs
// from the computed one, and a member left without figures (for the year,
// or for one of the two years compared), which the cluster's figures then
// leave out.
#include "load/figure_warnings.hpp"

#include "i18n/messages.hpp"
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
        const char* message =
            ind.aggregate == model::Aggregate::mean
                ? N_("reported total {1} for '{2}' differs from the mean of the rows, {3} "
                     "(difference {4})")
            : ind.aggregate == model::Aggregate::ratio
                ? N_("reported total {1} for '{2}' differs from the ratio of the totals, {3} "
                     "(difference {4})")
                : N_("reported total {1} for '{2}' differs from the sum of the rows, {3} "
                     "(difference {4})");
        ctx.warning(ctx.value_pos(total, ind.id),
                    i18n::trf(message, {text::to_text(*f.reported_total), ind.id,
                                        text::fixed_decimal(*f.total, p),
                                        text::fixed_decimal(*f.difference, p)}));
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
            message = i18n::trf(st.has_previous_year
                                    ? N_("member '{1}' has no figures for {2}; the cluster's "
                                         "figures leave it out and compare the other members "
                                         "only; add <row member=\"{1}\" .../> if it reported")
                                    : N_("member '{1}' has no figures for {2}; the cluster's "
                                         "figures leave it out; add <row member=\"{1}\" .../> "
                                         "if it reported"),
                                {id->value, year});
        } else if (st.has_previous_year && !last_year) {
            message = i18n::trf("member '{1}' has no figures for {2}; the change against {2} "
                                "compares the other members only; add <row member=\"{1}\" "
                                "year=\"{2}\" .../> if it reported",
                                {id->value, previous});
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
