// The catalogue workbook's sheets. Internal to src/xlsx.
#pragma once

#include "doc/archive_wording.hpp"
#include "xlsx/catalogue_rows.hpp"
#include "xlsx/catalogue_table.hpp"
#include "xlsx/index_writer.hpp"
#include "xlsx/sheet_builder.hpp"

#include <string>
#include <vector>

namespace thidua::xlsx {

// The catalogue's tables, one a sheet, one record a row (catalogue_table.hpp),
// records by year, then cluster id; each made a part at a time (TablePart).
// A row per cluster-year.
SheetPlan catalogue_cluster_years(const CatalogueRows& rows, const TablePart& part,
                                  const doc::IndexText& text, const TextWidth& measure);
// A row per member of each cluster-year.
SheetPlan catalogue_members(const CatalogueRows& rows, const TablePart& part,
                            const doc::IndexText& text, const TextWidth& measure);
// A row per award of each cluster-year.
SheetPlan catalogue_awards(const CatalogueRows& rows, const TablePart& part,
                           const doc::IndexText& text, const TextWidth& measure);
// A row per document in each cluster-year's folder.
SheetPlan catalogue_documents(const CatalogueRows& rows, const TablePart& part,
                              const doc::IndexText& text, const TextWidth& measure);

// One cluster's years (sorted), on a sheet named `name`.
SheetPlan history_sheet(const std::string& name, const std::vector<const ArchivedYear*>& years,
                        const doc::IndexText& text, const doc::Wording& wording,
                        const TextWidth& measure);

// The members' names for ids, joined by line breaks (the id when unknown).
std::string member_names(const model::ClusterYear& cy, const std::vector<std::string>& ids);
// The members' names, joined by line breaks (cy.heads(), cy.deputies()).
std::string member_names(const model::ClusterYear& cy,
                         const std::vector<const model::Member*>& members);

} // namespace thidua::xlsx
