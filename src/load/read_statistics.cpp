// <statistics>: indicators, each member's rows by year, the reported totals.
#include "load/fields.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"
#include "load/values.hpp"
#include "text/number.hpp"

#include <array>

namespace thidua::load {
namespace {

model::Indicator read_indicator(Context& ctx, const Element* el) {
    static const std::array<std::string, 3> types = {"count", "amount", "percent"};
    static const std::array<std::string, 3> aggregates = {"sum", "mean", "none"};
    check_shape(ctx, el);
    model::Indicator ind;
    ind.id = id_attr(ctx, el, "id").value_or("");
    ind.label = text_attr(ctx, el, "label", Need::required).value_or("");
    ind.unit = text_attr(ctx, el, "unit");
    if (auto t = choice_attr(ctx, el, "type", types))
        ind.type = static_cast<model::IndicatorType>(*t);
    ind.aggregate =
        ind.type == model::IndicatorType::percent ? model::Aggregate::none : model::Aggregate::sum;
    if (auto a = choice_attr(ctx, el, "aggregate", aggregates)) {
        ind.aggregate = static_cast<model::Aggregate>(*a);
    }
    return ind;
}

NumberRule rule_for_type(model::IndicatorType t) {
    return t == model::IndicatorType::count ? NumberRule::whole : NumberRule::decimal;
}

} // namespace

model::Statistics read_statistics(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    model::Statistics st;
    ValueColumns columns{"indicator", "row", {"member", "year"}};
    for (const Element* i : el->elements("indicator")) {
        model::Indicator ind = read_indicator(ctx, i);
        columns.declare(ctx, i, ind.id, rule_for_type(ind.type));
        st.indicators.push_back(std::move(ind));
    }
    SeenKeys rows;
    for (const Element* r : el->elements("row")) {
        check_shape(ctx, r);
        model::StatRow row;
        const auto member = member_attr(ctx, r, "member");
        row.year = year_attr(ctx, r, "year").value_or(ctx.file_year);
        row.values = read_values(ctx, r, columns);
        if (!member) continue;
        row.member = *member;
        const std::string year = text::to_text(row.year);
        if (!rows.add(ctx, ctx.value_pos(r, "member"), row.member + "/" + year,
                      "member '" + row.member + "' already has a row for " + year, "")) {
            continue;
        }
        if (row.year != ctx.file_year && row.year != ctx.file_year - 1) {
            ctx.warning(ctx.value_pos(r, "year"), "row for " + year + " is neither this year (" +
                                                      text::to_text(ctx.file_year) +
                                                      ") nor the previous one; it is not used");
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
