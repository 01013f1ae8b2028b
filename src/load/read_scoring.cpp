// <scoring>: criteria, each member's points, grade bands.
#include "load/fields.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"
#include "load/values.hpp"
#include "text/number.hpp"

#include <array>

namespace thidua::load {
namespace {

model::Criterion read_criterion(Context& ctx, const Element* el) {
    static const std::array<std::string, 3> kinds = {"base", "bonus", "penalty"};
    check_shape(ctx, el);
    model::Criterion c;
    c.id = id_attr(ctx, el, "id").value_or("");
    c.label = text_attr(ctx, el, "label", Need::required).value_or("");
    const auto max = number_attr(ctx, el, "max", NumberRule::non_negative, Need::required);
    if (max && *max == 0) {
        ctx.error(ctx.value_pos(el, "max"), "max must be more than 0");
    }
    c.max = max.value_or(0);
    if (auto k = choice_attr(ctx, el, "kind", kinds))
        c.kind = static_cast<model::CriterionKind>(*k);
    return c;
}

// One warning for the criteria a score leaves out: "no score for 'a', 'b'
// and 'c'; counted as 0", the first three named.
void warn_missing(Context& ctx, const Element* el, const std::vector<std::string>& missing) {
    if (missing.empty()) return;
    const std::size_t named = missing.size() > 3 ? 2 : missing.size();
    std::string list;
    for (std::size_t k = 0; k < named; ++k) {
        list += (k == 0 ? "'" : (k + 1 == missing.size() ? " and '" : ", '")) + missing[k] + "'";
    }
    if (named < missing.size()) {
        list += " and " + text::to_text(static_cast<long long>(missing.size() - named)) +
                " other criteria";
    }
    ctx.warning(ctx.pos(el), "no score for " + list + "; counted as 0");
}

void check_points(Context& ctx, const Element* el, const model::Scoring& sc,
                  const ValueColumns& columns, const std::vector<std::optional<double>>& points) {
    std::vector<bool> given(sc.criteria.size());
    for (const xml::Attribute& a : el->attributes) {
        if (const auto k = columns.find(a.name)) given[*k] = true;
    }
    std::vector<std::string> missing;
    for (std::size_t k = 0; k < sc.criteria.size(); ++k) {
        const model::Criterion& c = sc.criteria[k];
        if (c.id.empty()) continue;
        if (!given[k]) {
            missing.push_back(c.id);
        } else if (points[k] && c.max > 0 && *points[k] > c.max) {
            ctx.error(ctx.value_pos(el, c.id), "score " + text::to_text(*points[k]) + " for '" +
                                                   c.id + "' exceeds its maximum of " +
                                                   text::to_text(c.max));
        }
    }
    warn_missing(ctx, el, missing);
}

std::vector<model::GradeBand> read_grades(Context& ctx, const Element* el) {
    std::vector<model::GradeBand> out;
    for (const Element* g : el->elements("grade")) {
        check_shape(ctx, g);
        const auto min = number_attr(ctx, g, "min", NumberRule::decimal, Need::required);
        const auto label = text_attr(ctx, g, "label", Need::required);
        if (!min || !label) continue;
        if (!out.empty() && !(*min < out.back().min)) {
            ctx.error(ctx.value_pos(g, "min"), "grade bands go highest first: min " +
                                                   text::to_text(*min) +
                                                   " must be below the band before it (min " +
                                                   text::to_text(out.back().min) + ")");
            continue;
        }
        out.push_back({*min, *label});
    }
    return out;
}

} // namespace

model::Scoring read_scoring(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    model::Scoring sc;
    ValueColumns columns{"criterion", "score", {"member"}};
    for (const Element* c : el->elements("criterion")) {
        model::Criterion crit = read_criterion(ctx, c);
        columns.declare(ctx, c, crit.id, NumberRule::non_negative);
        sc.criteria.push_back(std::move(crit));
    }
    SeenKeys members;
    for (const Element* s : el->elements("score")) {
        check_shape(ctx, s);
        model::Score score;
        const auto member = member_attr(ctx, s, "member");
        score.points = read_values(ctx, s, columns);
        check_points(ctx, s, sc, columns, score.points);
        if (!member || !members.add(ctx, ctx.value_pos(s, "member"), *member,
                                    "member '" + *member + "' already has a score", "")) {
            continue;
        }
        score.member = *member;
        sc.scores.push_back(std::move(score));
    }
    sc.grades = read_grades(ctx, el);
    return sc;
}

} // namespace thidua::load
