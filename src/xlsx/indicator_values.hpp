// How the workbooks store and show an indicator's figures: a percentage
// (0-100 in the model) as a fraction (62.5 -> 0.625, shown 62.5%); every
// figure with the indicator's precision; a change as growth in percent or,
// for a percentage, in percentage points. Internal to src/xlsx.
#pragma once

#include "model/cluster_year.hpp"
#include "xlsx/sheet_plan.hpp"

#include <optional>
#include <string>

namespace thidua::xlsx {

inline bool is_percent(const model::Indicator& ind) {
    return ind.type == model::IndicatorType::percent;
}

// What a model figure is multiplied by in the sheet.
inline double sheet_scale(const model::Indicator& ind) {
    return is_percent(ind) ? 0.01 : 1;
}

inline std::optional<double> in_sheet(const std::optional<double>& v, const model::Indicator& ind) {
    if (!v) return std::nullopt;
    return *v * sheet_scale(ind);
}

// A growth in percent as the fraction a percent format shows.
inline std::optional<double> as_fraction(const std::optional<double>& percent) {
    if (!percent) return std::nullopt;
    return *percent / 100;
}

// The format of the indicator's figures and totals.
inline NumberFormat indicator_format(const model::Indicator& ind) {
    return is_percent(ind) ? NumberFormat::percent_with(ind.precision)
                           : NumberFormat::fixed_with(ind.precision);
}

// The format of its change: "+4.0%", or "+2.4 điểm %" with `points_words`.
inline NumberFormat change_format(const model::Indicator& ind, const std::string& points_words) {
    return is_percent(ind) ? NumberFormat::change_points(ind.precision, points_words)
                           : NumberFormat::change_percent();
}

} // namespace thidua::xlsx
