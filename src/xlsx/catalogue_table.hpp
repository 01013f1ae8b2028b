// One table of the archive's catalogue on its own sheet: the title block,
// the template's note, a header row, then one record a row, each starting
// with its number, year, cluster id and cluster name, so that every row
// stands alone when the table is sorted or filtered; the sheet's table
// (TablePlan) covers the header and the records. Internal to src/xlsx.
#pragma once

#include "doc/archive_wording.hpp"
#include "xlsx/catalogue_rows.hpp"
#include "xlsx/sheet_builder.hpp"

#include <span>
#include <string>
#include <vector>

namespace thidua::xlsx {

// Some of a table's records, for a table written a part at a time: those
// of `years` (in the tables' order), numbered after the `records_before`
// of the parts before; fitted to `widths` when given (the whole table's),
// else to its own cells. The whole table is one part.
struct TablePart {
    std::span<const CatalogueYear* const> years;
    std::size_t records_before = 0;
    const std::vector<double>* widths = nullptr;
};

class CatalogueTable {
public:
    // The columns: number, year, cluster id, cluster, then `own_headings`;
    // the records of `part`.
    CatalogueTable(const doc::WorkbookFrame& frame, const doc::CatalogueTableText& text,
                   const std::vector<std::string>& own_headings, const TextWidth& measure,
                   const TablePart& part);

    // A new row for a record of cluster-year `y`, its first four cells
    // filled; returns the row, whose cells from column `first_own` are the
    // caller's.
    int record(const CatalogueYear& y);
    static constexpr int first_own = 4;

    SheetBuilder& cells() { return b_; }

    // The header and the part's records, filterable (the sheet's TablePlan),
    // panes frozen under the header, the header printed atop every page.
    SheetPlan finish();
    const TablePart& part() const { return part_; }

private:
    SheetBuilder b_;
    std::string name_;
    TablePart part_;
    int columns_;
    int header_;
    int records_ = 0;
};

} // namespace thidua::xlsx
