// One function per sheet of the workbook, each laying out its table from
// the model and the template's wording; each gives nothing when the
// cluster-year has no data for it. Internal to src/xlsx.
#pragma once

#include "doc/workbook_labels.hpp"
#include "model/cluster_year.hpp"
#include "xlsx/sheet_builder.hpp"

#include <optional>
#include <string>
#include <vector>

namespace thidua::xlsx {

struct StatisticsLayout;

// Thống kê: members by indicators, totals (SUM or AVERAGE by aggregate),
// last year and growth when given, the reported total and its difference,
// and a column chart of one indicator by member.
// `where`, when given, receives the table's layout (the national workbook
// refers to the totals row).
std::optional<SheetPlan> statistics_sheet(const model::ClusterYear& cy,
                                          const doc::WorkbookText& text, const TextWidth& measure,
                                          StatisticsLayout* where = nullptr);

// Chấm điểm: members by criteria (base, bonus, penalty), total, RANK,
// grade looked up in the bands' table under it.
std::optional<SheetPlan> scoring_sheet(const model::ClusterYear& cy, const doc::WorkbookText& text,
                                       const TextWidth& measure);

// Bình xét: one table per ballot with its threshold, percentages and results.
std::optional<SheetPlan> ballots_sheet(const model::ClusterYear& cy, const doc::WorkbookText& text,
                                       const TextWidth& measure);

// Khen thưởng: the awards, one row each.
std::optional<SheetPlan> awards_sheet(const model::ClusterYear& cy, const doc::WorkbookText& text,
                                      const TextWidth& measure);

// Giao ước: members by commitments, with a totals row.
std::optional<SheetPlan> covenant_sheet(const model::ClusterYear& cy, const doc::WorkbookText& text,
                                        const TextWidth& measure);

// The one sheet of a workbook whose cluster-year has data for none: the
// title block and the template's no-data sentence.
SheetPlan no_data_sheet(const doc::WorkbookText& text, const doc::SheetText& first,
                        const TextWidth& measure);

// What every table sheet ends with: the template's note under the table
// (from `row`, after a blank row); returns the row after it.
int place_note(SheetBuilder& b, int row, const std::string& note);

// Several notes, one under the other (the empty ones left out), the first
// after a blank row; returns the row after them.
int place_notes(SheetBuilder& b, int row, const std::vector<std::string>& notes);

} // namespace thidua::xlsx
