// What an indicator and a commitment share: the kind of figure (`type`),
// how the cluster's figure is made (`aggregate`) and the decimals it is
// shown with (`decimals`), with the defaults and the warnings about
// averages that look like ratios. Internal to the loader.
#pragma once

#include "load/context.hpp"
#include "model/cluster_year.hpp"

#include <optional>

namespace thidua::load {

struct FigureAttrs {
    model::IndicatorType type = model::IndicatorType::count;
    model::Aggregate aggregate = model::Aggregate::sum;
    std::optional<int> decimals;
};

// The most decimals a file may ask for.
inline constexpr int max_decimals = 6;

// Reads type, aggregate and decimals of `el` ("indicator" or "commitment").
// A unit of "%" makes the type default to percent; percentages have no
// cluster figure unless the file asks for one; `ratio` is allowed when
// `may_be_ratio` (indicators), and is the default when `is_ratio_defined`
// (the element names a numerator or a denominator).
FigureAttrs figure_attrs(Context& ctx, const Element* el, const std::optional<std::string>& unit,
                         const std::string& label, model::IndicatorType default_type,
                         bool may_be_ratio, bool is_ratio_defined);

} // namespace thidua::load
