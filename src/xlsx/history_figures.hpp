// A cluster's indicators across the archive's years as its history sheet
// shows them: every member's figure of every year (from that year's file),
// and what the engine derives from exactly those columns with the latest
// definitions (model::derive over each year and the one before it): each
// year's total by aggregate, and for the last year against the one before,
// the cluster's like-for-like change and each member's change. The sheet's
// formulas recalculate to these figures. Internal to src/xlsx.
#pragma once

#include "model/cluster_year.hpp"
#include "xlsx/index_writer.hpp"

#include <optional>
#include <string>
#include <vector>

namespace thidua::xlsx {

struct HistoryFigures {
    // Every indicator of the years, matched by id, as the latest year
    // defines it; its precision derived over the last two years' figures.
    std::vector<model::Indicator> indicators;
    // [year][member][indicator], members in the order given.
    std::vector<std::vector<std::vector<std::optional<double>>>> values;
    std::vector<std::vector<std::optional<double>>> totals; // [year][indicator]
    // The last year against the one before (two years or more):
    std::vector<model::IndicatorFigures> change;                 // [indicator]
    std::vector<std::vector<model::MemberFigure>> member_change; // [member][indicator]
};

// `years` sorted, at least one; `members`: ids, each member once.
HistoryFigures history_figures(const std::vector<const ArchivedYear*>& years,
                               const std::vector<std::string>& members);

} // namespace thidua::xlsx
