// What several sheets share: the notes under a table, and the sheet of a
// workbook that has no data at all.
#include "xlsx/sheets.hpp"

namespace thidua::xlsx {

int place_note(SheetBuilder& b, int row, const std::string& note) {
    return place_notes(b, row, {note});
}

int place_notes(SheetBuilder& b, int row, const std::vector<std::string>& notes) {
    CellStyle style;
    style.italic = true;
    style.wrap = true;
    int next = row + 1;
    for (const std::string& note : notes) {
        if (note.empty()) continue;
        b.line(next++, note, style);
    }
    return next == row + 1 ? row : next;
}

SheetPlan no_data_sheet(const doc::WorkbookText& text, const doc::SheetText& first,
                        const TextWidth& measure) {
    SheetBuilder b(first.sheet, measure, 6);
    for (int c = 0; c < 6; ++c)
        b.at_least(c, 80);
    const int row = b.title_block(text.parent, text.issuer, first.title);
    CellStyle style;
    style.wrap = true;
    style.align = HAlign::center;
    b.line(row, text.no_data, style);
    return b.finish();
}

} // namespace thidua::xlsx
