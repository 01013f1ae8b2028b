// What ends every table sheet when the template has <signing>, placed on
// the finished sheet, whose column widths are known: the preparer's
// signature (người lập biểu) over the table's first columns, as few as it
// needs; each head's (Cụm trưởng) over its last columns (and empty ones
// beyond, when the sheet still prints at the same scale), under the place
// and date line; one title line a row, then room to sign and seal (25 mm
// on paper, whatever the scale), then the names level with each other. The
// whole goes on one printed page.
#include "xlsx/page_setup.hpp"
#include "xlsx/print_setup.hpp"
#include "xlsx/sheets.hpp"

#include <algorithm>

namespace thidua::xlsx {
namespace {

constexpr double sign_room_pt = 25 / 25.4 * 72;

struct Columns {
    int first = 0;
    int last = 0;
};

CellStyle centred(bool bold, bool italic) {
    CellStyle s;
    s.align = HAlign::center;
    s.wrap = true;
    s.bold = bold;
    s.italic = italic;
    return s;
}

const CellStyle title_style = centred(true, false);
const CellStyle note_style = centred(false, true);

using Line = std::pair<const std::string*, CellStyle>;

// A signature's lines above the room to sign: titles, then the note.
std::vector<Line> lines_of(const doc::SignatureText& s) {
    std::vector<Line> out;
    for (const std::string& t : s.titles)
        out.emplace_back(&t, title_style);
    out.emplace_back(&s.note, note_style);
    return out;
}

class Placer {
public:
    Placer(SheetPlan& plan, const TextWidth& measure) : plan_(plan), measure_(measure) {}

    double room(Columns c) const { return text_room(width_px(plan_, c.first, c.last)); }

    double widest(const std::vector<Line>& lines) const {
        double w = 0;
        for (const auto& [text, style] : lines)
            w = std::max(w, measure_.width(*text, style));
        return w;
    }

    // One line of text across `where`, its row as high as its wrapped lines;
    // nothing for an empty text.
    void put(int row, Columns where, const std::string& s, const CellStyle& style) {
        if (s.empty()) return;
        Cell c;
        c.kind = Cell::Kind::text;
        c.text = s;
        c.style = style;
        plan_.cells[{row, where.first}] = std::move(c);
        if (where.last > where.first)
            plan_.merges.push_back({{row, where.first}, {row, where.last}});
        const int lines = measure_.lines(s, style, room(where));
        double& h = plan_.row_heights[row];
        h = std::max(h, row_height(lines, style.size));
    }

    // Lines from `row` down; returns the row after them.
    int put_lines(int row, Columns where, const std::vector<Line>& lines) {
        for (const auto& [text, style] : lines) {
            if (text->empty()) continue;
            put(row++, where, *text, style);
        }
        return row;
    }

private:
    SheetPlan& plan_;
    const TextWidth& measure_;
};

} // namespace

void add_signing(SheetPlan& plan, int row, const std::optional<doc::SigningText>& signing,
                 const TextWidth& measure) {
    // Within the table's columns, and those of its first page across.
    const std::vector<int> across = column_breaks(plan, print_scale(plan));
    const int columns =
        across.empty() ? static_cast<int>(plan.column_widths.size()) : across.front();
    if (!signing || columns < 2) return;
    Placer placer(plan, measure);
    const doc::SigningText& s = *signing;
    std::vector<Line> left_lines = lines_of(s.preparer);
    left_lines.emplace_back(&s.preparer.name, title_style);
    std::vector<Line> right_lines = {{&s.place_date, note_style}};
    for (const doc::SignatureText& head : s.heads) {
        const std::vector<Line> lines = lines_of(head);
        right_lines.insert(right_lines.end(), lines.begin(), lines.end());
        right_lines.emplace_back(&head.name, title_style);
    }
    // The fewest first columns the preparer's lines fit in, the fewest last
    // ones the heads' fit in (else all the others: their lines wrap).
    Columns left{0, 0};
    while (left.last < columns - 2 && placer.room(left) < placer.widest(left_lines))
        ++left.last;
    Columns right{columns - 1, columns - 1};
    while (right.first > left.last + 1 && placer.room(right) < placer.widest(right_lines))
        --right.first;
    // A table narrower than the page lends the heads' signatures empty
    // columns beyond it (under a chart beside it), as long as the sheet
    // prints at the same scale.
    const int scale = print_scale(plan);
    while (across.empty() && right.last + 1 == static_cast<int>(plan.column_widths.size()) &&
           placer.room(right) < placer.widest(right_lines)) {
        plan.column_widths.push_back(page::default_column_units);
        if (print_scale(plan) < scale) {
            plan.column_widths.pop_back();
            break;
        }
        ++right.last;
    }

    const int first = row + 1;
    placer.put(first, right, s.place_date, note_style);
    const int top = first + 1;
    const int preparer_end = placer.put_lines(top, left, lines_of(s.preparer));
    int last = preparer_end;
    int block = top;
    for (std::size_t k = 0; k < s.heads.size() || k == 0; ++k) {
        int room =
            k < s.heads.size() ? placer.put_lines(block, right, lines_of(s.heads[k])) : block;
        if (k == 0) room = std::max(room, preparer_end);
        plan.printed_heights[room] = sign_room_pt;
        last = room + 1;
        if (k < s.heads.size()) placer.put(last, right, s.heads[k].name, title_style);
        if (k == 0) placer.put(last, left, s.preparer.name, title_style);
        block = last + 2;
    }
    plan.keep_together.emplace_back(first, last);
    if (plan.print_area_end) plan.print_area_end->row = std::max(plan.print_area_end->row, last);
}

} // namespace thidua::xlsx
