// The national workbook's own sheets: the summary (one row per cluster,
// each indicator's cluster total referring to the cluster's sheet, the
// national total under them, then how many clusters each total covers)
// and the notes (the indicators some clusters lack). Internal to src/xlsx.
#pragma once

#include "doc/archive_wording.hpp"
#include "xlsx/national_figures.hpp"
#include "xlsx/sheet_builder.hpp"
#include "xlsx/statistics_chart.hpp"

#include <string>
#include <vector>

namespace thidua::xlsx {

// A cluster's sheet in the national workbook and where its table is.
struct ClusterSheet {
    const model::ClusterYear* cy = nullptr;
    std::string name;
    std::optional<StatisticsLayout> layout; // none: the cluster has no statistics
};

SheetPlan summary_sheet(const std::vector<ClusterSheet>& clusters,
                        const std::vector<NationalIndicator>& indicators,
                        const doc::NationalText& text, const TextWidth& measure);

SheetPlan notes_sheet(const std::vector<ClusterSheet>& clusters,
                      const std::vector<NationalIndicator>& indicators,
                      const doc::NationalText& text, const TextWidth& measure);

} // namespace thidua::xlsx
