// <scoring>: criteria, each member's points, grade bands.
#include "i18n/messages.hpp"
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
        ctx.error(ctx.value_pos(el, "max"), i18n::tr("max must be more than 0"));
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
    const std::size_t named = missing.size() > 3 ? 2 : missing.size() - 1;
    std::string list;
    for (std::size_t k = 0; k < named; ++k) {
        list += (k == 0 ? "'" : ", '") + missing[k] + "'";
    }
    if (missing.size() > 3) {
        list = i18n::trf("{1} and {2} other criteria",
                         {list, text::to_text(static_cast<long long>(missing.size() - named))});
    } else if (named > 0) {
        list = i18n::trf("{1} and {2}", {list, "'" + missing.back() + "'"});
    } else {
        list = "'" + missing.back() + "'";
    }
    ctx.warning(ctx.pos(el), i18n::trf("no score for {1}; counted as 0", {list}));
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
            ctx.error(ctx.value_pos(el, c.id),
                      i18n::trf("score {1} for '{2}' exceeds its maximum of {3}",
                                {text::to_text(*points[k]), c.id, text::to_text(c.max)}));
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
            ctx.error(ctx.value_pos(g, "min"),
                      i18n::trf("grade bands go highest first: min {1} must be below the band "
                                "before it (min {2})",
                                {text::to_text(*min), text::to_text(out.back().min)}));
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
    ValueColumns columns{N_("criterion"), "score", {"member"}};
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
                                    i18n::trf("member '{1}' already has a score", {*member}), "")) {
            continue;
        }
        score.member = *member;
        sc.scores.push_back(std::move(score));
    }
    sc.grades = read_grades(ctx, el);
    return sc;
}

} // namespace thidua::load
