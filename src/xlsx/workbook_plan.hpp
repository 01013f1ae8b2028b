// The whole workbook as plain data: the sheets the cluster-year has data
// for, in the template's order, the document properties and the footer.
// Internal to src/xlsx.
#pragma once

#include "doc/workbook_labels.hpp"
#include "model/cluster_year.hpp"
#include "xlsx/sheet_plan.hpp"
#include "xlsx/text_width.hpp"

namespace thidua::xlsx {

WorkbookPlan plan_workbook(const model::ClusterYear& cy, const doc::WorkbookText& text,
                           const TextWidth& measure);

} // namespace thidua::xlsx
