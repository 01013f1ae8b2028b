// A catalogue table's frame: title block, note, header, the leading
// columns of each record, the table (see catalogue_table.hpp).
#include "xlsx/catalogue_table.hpp"

#include <algorithm>

namespace thidua::xlsx {
namespace {

constexpr int cluster_col = 3;
constexpr double cluster_limit_pt = 170;
// Room beside a heading for its filter button, and the widest a column
// grows to keep its heading on one line with it.
constexpr double filter_button_pt = 14;
constexpr double one_line_heading_pt = 150;

} // namespace

CatalogueTable::CatalogueTable(const doc::WorkbookFrame& frame, const doc::CatalogueTableText& text,
                               const std::vector<std::string>& own_headings,
                               const TextWidth& measure, const TablePart& part)
    : b_(text.sheet, measure, first_own + static_cast<int>(own_headings.size())), name_(text.table),
      part_(part), columns_(first_own + static_cast<int>(own_headings.size())),
      records_(static_cast<int>(part.records_before)) {
    b_.limit(cluster_col, cluster_limit_pt);
    int row = b_.title_block(frame.parent, frame.issuer, text.title);
    if (!text.note.empty()) {
        CellStyle note;
        note.italic = true;
        note.wrap = true;
        b_.line(row, text.note, note);
        row += 2;
    }
    header_ = row;
    std::vector<std::string> headings = {text.number, text.year, text.cluster_id, text.cluster};
    headings.insert(headings.end(), own_headings.begin(), own_headings.end());
    for (std::size_t c = 0; c < headings.size(); ++c) {
        const int col = static_cast<int>(c);
        b_.heading(header_, col, headings[c]);
        b_.at_least(col, std::min(measure.width(headings[c], styles::header()) + filter_button_pt,
                                  one_line_heading_pt));
    }
}

int CatalogueTable::record(const CatalogueYear& y) {
    ++records_;
    const int row = header_ + records_;
    b_.number(row, 0, static_cast<double>(records_), styles::centred());
    b_.number(row, 1, static_cast<double>(y.year), styles::centred());
    b_.text(row, 2, y.cluster_id, styles::text());
    b_.text(row, cluster_col, y.cluster_name, styles::text());
    return row;
}

SheetPlan CatalogueTable::finish() {
    b_.freeze(header_ + 1, 3);
    b_.repeat_rows(header_, header_);
    SheetPlan plan = part_.widths ? b_.finish_with_widths(*part_.widths) : b_.finish();
    plan.table = TablePlan{name_, {header_, 0}, {header_ + records_, columns_ - 1}};
    return plan;
}

} // namespace thidua::xlsx
