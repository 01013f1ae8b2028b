// A sheet printed across several pages keeps its lines across the table
// (the title block, the notes) on the first page across: a merged range
// that would run over onto the next page ends at the first page's last
// column instead, its text wrapped within it and its row made as high as
// that takes. The headings over the columns are not touched: pages across
// never start inside them.
#include "xlsx/print_setup.hpp"
#include "xlsx/sheets.hpp"

#include <algorithm>

namespace thidua::xlsx {

void keep_on_first_page(SheetPlan& plan, const TextWidth& measure) {
    const std::vector<int> across = column_breaks(plan, print_scale(plan));
    if (across.empty()) return;
    const int last = across.front() - 1;
    for (Merge& m : plan.merges) {
        if (m.first.col > last || m.last.col <= last) continue;
        m.last.col = last;
        const Cell& cell = plan.cells.at(m.first);
        if (m.first.row != m.last.row || !cell.style.wrap) continue;
        const int lines =
            measure.lines(cell.text, cell.style, text_room(width_px(plan, m.first.col, last)));
        double& h = plan.row_heights[m.first.row];
        h = std::max(h, row_height(lines, cell.style.size));
    }
}

void end_sheet(SheetPlan& plan, int row, const std::optional<doc::SigningText>& signing,
               const TextWidth& measure) {
    keep_on_first_page(plan, measure);
    add_signing(plan, row, signing, measure);
}

} // namespace thidua::xlsx
