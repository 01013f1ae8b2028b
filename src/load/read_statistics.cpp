// <statistics>: indicators, each member's rows by year, the reported totals.
#include "i18n/messages.hpp"
#include "load/fields.hpp"
#include "load/figure_attrs.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"
#include "load/values.hpp"
#include "text/number.hpp"

namespace thidua::load {
namespace {

model::Indicator read_indicator(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    model::Indicator ind;
    ind.line = ctx.line(el);
    ind.id = id_attr(ctx, el, "id").value_or("");
    ind.label = text_attr(ctx, el, "label", Need::required).value_or("");
    ind.unit = text_attr(ctx, el, "unit");
    ind.numerator = id_attr(ctx, el, "numerator", Need::optional);
    ind.denominator = id_attr(ctx, el, "denominator", Need::optional);
    const FigureAttrs f = figure_attrs(ctx, el, ind.unit, ind.label, model::IndicatorType::count,
                                       true, ind.numerator || ind.denominator);
    ind.type = f.type;
    ind.aggregate = f.aggregate;
    ind.decimals = f.decimals;
    return ind;
}

// A ratio names two other indicators of the file that are not ratios
// themselves; only a ratio names them.
void check_ratio_parts(Context& ctx, const std::vector<const Element*>& elements,
                       const std::vector<model::Indicator>& indicators) {
    auto find = [&](const std::string& id) -> const model::Indicator* {
        for (const model::Indicator& k : indicators) {
            if (k.id == id) return &k;
        }
        return nullptr;
    };
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        const model::Indicator& ind = indicators[i];
        const Element* el = elements[i];
        const bool ratio = ind.aggregate == model::Aggregate::ratio;
        if (ratio && (!ind.numerator || !ind.denominator)) {
            ctx.error(ctx.pos(el), i18n::trf("indicator '{1}' is a ratio: name its parts, e.g. "
                                             "numerator=\"doanh-thu\" denominator=\"so-htx\" "
                                             "(two indicator ids)",
                                             {ind.id}));
            continue;
        }
        for (const auto& [attr, part] :
             {std::pair{"numerator", &ind.numerator}, std::pair{"denominator", &ind.denominator}}) {
            if (!*part) continue;
            const diag::Pos pos = ctx.value_pos(el, attr);
            const model::Indicator* k = find(**part);
            if (!ratio) {
                ctx.error(pos, i18n::trf("'{1}' belongs to a ratio; write aggregate=\"ratio\" or "
                                         "remove '{1}'",
                                         {attr}));
            } else if (k == nullptr) {
                ctx.error(pos, i18n::trf("unknown indicator '{1}' in '{2}'; name an indicator of "
                                         "this file",
                                         {**part, attr}));
            } else if (k == &ind) {
                ctx.error(pos, i18n::trf("indicator '{1}' cannot be a part of itself", {ind.id}));
            } else if (k->aggregate == model::Aggregate::ratio) {
                ctx.error(pos, i18n::trf("'{1}' is a ratio itself; a ratio's parts are counts or "
                                         "amounts that add up",
                                         {k->id}));
            }
        }
    }
}

NumberRule rule_for_type(model::IndicatorType t) {
    return t == model::IndicatorType::count ? NumberRule::whole : NumberRule::decimal;
}

} // namespace

model::Statistics read_statistics(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    model::Statistics st;
    ValueColumns columns{N_("indicator"), "row", {"member", "year"}};
    const std::vector<const Element*> indicators = el->elements("indicator");
    for (const Element* i : indicators) {
        model::Indicator ind = read_indicator(ctx, i);
        columns.declare(ctx, i, ind.id, rule_for_type(ind.type));
        st.indicators.push_back(std::move(ind));
    }
    check_ratio_parts(ctx, indicators, st.indicators);
    SeenKeys rows;
    for (const Element* r : el->elements("row")) {
        check_shape(ctx, r);
        model::StatRow row;
        const auto member = member_attr(ctx, r, "member");
        const auto year_given = year_attr(ctx, r, "year");
        row.year = year_given.value_or(ctx.file_year);
        row.values = read_values(ctx, r, columns);
        // A row whose year is wrong is reported for that alone, not also as
        // a second row of the file's year.
        if (!member || (r->attribute("year") && !year_given)) continue;
        row.member = *member;
        const std::string year = text::to_text(row.year);
        if (!rows.add(ctx, ctx.value_pos(r, "member"), row.member + "/" + year,
                      i18n::trf("member '{1}' already has a row for {2}", {row.member, year}),
                      "")) {
            continue;
        }
        if (row.year != ctx.file_year && row.year != ctx.file_year - 1) {
            ctx.warning(ctx.value_pos(r, "year"),
                        i18n::trf("row for {1} is neither this year ({2}) nor the previous one; "
                                  "it is not used",
                                  {year, text::to_text(ctx.file_year)}));
        }
        st.rows.push_back(std::move(row));
    }
    if (const Element* t = el->first("total")) {
        check_shape(ctx, t);
        ValueColumns totals = columns;
        totals.user = "total";
        totals.fixed.clear();
        st.reported_totals = read_values(ctx, t, totals);
    }
    return st;
}

} // namespace thidua::load
