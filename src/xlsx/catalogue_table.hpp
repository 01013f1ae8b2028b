// One table of the archive's catalogue on its own sheet: the title block,
// the template's note, a header row, then one record a row, each starting
// with its number, year, cluster id and cluster name, so that every row
// stands alone when the table is sorted or filtered; the sheet's table
// (TablePlan) covers the header and the records. Internal to src/xlsx.
#pragma once

#include "doc/archive_wording.hpp"
#include "xlsx/catalogue_rows.hpp"
#include "xlsx/sheet_builder.hpp"

#include <string>
#include <vector>

namespace thidua::xlsx {

class CatalogueTable {
public:
    // The columns: number, year, cluster id, cluster, then `own_headings`.
    CatalogueTable(const doc::WorkbookFrame& frame, const doc::CatalogueTableText& text,
                   const std::vector<std::string>& own_headings, const TextWidth& measure);

    // A new row for a record of cluster-year `y`, its first four cells
    // filled; returns the row, whose cells from column `first_own` are the
    // caller's.
    int record(const CatalogueYear& y);
    static constexpr int first_own = 4;

    SheetBuilder& cells() { return b_; }

    // The header and the records, filterable (the sheet's TablePlan),
    // panes frozen under the header, the header printed atop every page.
    SheetPlan finish();

private:
    SheetBuilder b_;
    std::string name_;
    int columns_;
    int header_;
    int records_ = 0;
};

} // namespace thidua::xlsx
