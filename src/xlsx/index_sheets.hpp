// The catalogue workbook's sheets. Internal to src/xlsx.
#pragma once

#include "doc/archive_wording.hpp"
#include "xlsx/index_writer.hpp"
#include "xlsx/sheet_builder.hpp"

#include <string>
#include <vector>

namespace thidua::xlsx {

// One block of rows per cluster-year, lists going down the rows.
SheetPlan catalogue_sheet(const std::vector<ArchivedYear>& years, const doc::IndexText& text,
                          const TextWidth& measure);

// One cluster's years (sorted), on a sheet named `name`.
SheetPlan history_sheet(const std::string& name, const std::vector<const ArchivedYear*>& years,
                        const doc::IndexText& text, const doc::Wording& wording,
                        const TextWidth& measure);

// The members' names for ids, joined by line breaks (the id when unknown).
std::string member_names(const model::ClusterYear& cy, const std::vector<std::string>& ids);

} // namespace thidua::xlsx
