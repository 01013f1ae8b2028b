// The type, aggregate and decimals of indicators and commitments.
#include "load/figure_attrs.hpp"

#include "i18n/messages.hpp"
#include "load/fields.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

#include <array>

namespace thidua::load {
namespace {

bool contains(const std::optional<std::string>& s, std::string_view part) {
    return s && s->find(part) != std::string::npos;
}

// "bình quân" (average per …), a unit per something, a percentage: an
// unweighted mean of such figures is rarely what the report means.
bool reads_like_ratio(const std::optional<std::string>& unit, const std::string& label) {
    const std::optional<std::string> lower = text::to_lower(label);
    return contains(lower, "bình quân") || contains(lower, "trung bình") || contains(unit, "/") ||
           contains(unit, "%");
}

} // namespace

FigureAttrs figure_attrs(Context& ctx, const Element* el, const std::optional<std::string>& unit,
                         const std::string& label, model::IndicatorType default_type,
                         bool may_be_ratio, bool is_ratio_defined) {
    static const std::array<std::string, 3> types = {"count", "amount", "percent"};
    static const std::array<std::string, 4> aggregates = {"sum", "mean", "none", "ratio"};
    FigureAttrs f;
    f.type = unit && *unit == "%" ? model::IndicatorType::percent : default_type;
    if (auto t = choice_attr(ctx, el, "type", types))
        f.type = static_cast<model::IndicatorType>(*t);
    f.aggregate = is_ratio_defined                          ? model::Aggregate::ratio
                  : f.type == model::IndicatorType::percent ? model::Aggregate::none
                                                            : model::Aggregate::sum;
    const auto a = choice_attr(ctx, el, "aggregate", aggregates);
    if (a) f.aggregate = static_cast<model::Aggregate>(*a);
    if (f.aggregate == model::Aggregate::ratio && !may_be_ratio) {
        ctx.error(ctx.value_pos(el, "aggregate"),
                  i18n::trf("a {1} cannot be a ratio; write aggregate=\"sum\", \"mean\" or "
                            "\"none\"",
                            {el->name}));
    } else if (f.aggregate == model::Aggregate::ratio && f.type == model::IndicatorType::count) {
        ctx.error(ctx.value_pos(el, a ? "aggregate" : "numerator"),
                  i18n::tr("a ratio is not a whole number; write type=\"amount\" (e.g. revenue "
                           "per cooperative) or type=\"percent\" (a part of a whole, times 100)"));
    } else if (a && f.aggregate == model::Aggregate::mean && reads_like_ratio(unit, label)) {
        ctx.warning(ctx.value_pos(el, "aggregate"),
                    i18n::trf("aggregate=\"mean\" takes the unweighted mean of the members' "
                              "figures; '{1}' reads like a ratio, whose cluster figure is the "
                              "ratio of the totals: define it with aggregate=\"ratio\" "
                              "numerator=\"...\" denominator=\"...\" (two indicator ids)",
                              {label}));
    }
    if (el->attribute("decimals") != nullptr) {
        const auto d = number_attr(ctx, el, "decimals", NumberRule::whole);
        if (d && *d > max_decimals) {
            ctx.error(ctx.value_pos(el, "decimals"),
                      i18n::trf("at most {1} decimals; write e.g. decimals=\"1\"",
                                {text::to_text(max_decimals)}));
        } else if (d) {
            f.decimals = static_cast<int>(*d);
        }
    }
    return f;
}

} // namespace thidua::load
