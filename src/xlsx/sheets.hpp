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

// What every table sheet ends with once its widths are known: its lines
// across the table kept on the first page across (keep_on_first_page),
// then the signatures from `row` on (add_signing).
void end_sheet(SheetPlan& plan, int row, const std::optional<doc::SigningText>& signing,
               const TextWidth& measure);

// A merged line that would run over onto the next page across (the title,
// a note) ends at the first page's last column, wrapped within it.
void keep_on_first_page(SheetPlan& plan, const TextWidth& measure);

// The place and date line and the signatures (the template's <signing>,
// nothing without it) on a finished sheet, from `row` on after a blank
// row, within the table's columns on the first page across.
void add_signing(SheetPlan& plan, int row, const std::optional<doc::SigningText>& signing,
                 const TextWidth& measure);

// Several notes, one under the other (the empty ones left out), the first
// after a blank row; returns the row after them.
int place_notes(SheetBuilder& b, int row, const std::vector<std::string>& notes);

} // namespace thidua::xlsx
