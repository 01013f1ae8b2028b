// The document tree: what a template and a model make together, before
// layout. Blocks of styled text (paragraphs, tables, the Decree 30 header,
// signatures, recipients) with their spacing and keep rules; no positions.
#pragma once

#include "text/calendar.hpp"
#include "units/pt.hpp"

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace thidua::doc {

enum class Align { justify, left, center, right };

// A column width: fixed, or a share of what the fixed columns leave.
struct ColumnWidth {
    units::Pt fixed{0};
    double share = 0; // > 0 for proportional columns
};

// Where a text came from, for messages ("templates/minutes.xml:40"). Shared:
// every span of one template line says the same, and a table of thousands
// of rows has hundreds of thousands of spans.
class Origin {
public:
    Origin() = default;
    // Implicit, so that a span can be written {text, bold, italic, fill, "where"}.
    Origin(std::string where) : where_(std::make_shared<const std::string>(std::move(where))) {}
    Origin(const char* where) : Origin(std::string(where)) {}
    std::string_view view() const {
        return where_ ? std::string_view(*where_) : std::string_view();
    }

private:
    std::shared_ptr<const std::string> where_;
};

// A stretch of text in one style. `fill` marks a dotted fill-in line that
// stands for absent data. `origin` says where the text came from, for
// messages such as a missing glyph ("templates/minutes.xml:40").
struct Span {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool fill = false;
    Origin origin;
    bool from_data = false; // a value of the input file, not the template's wording
};
using Spans = std::vector<Span>;

struct Paragraph {
    Spans spans;
    Align align = Align::justify;
    units::Pt size{13};
    units::Pt first_indent{0};
    units::Pt left_indent{0};
    units::Pt space_before{0};
    units::Pt space_after{6};
    double line_spacing = 1.0;   // multiple of the font's single spacing
    bool keep_with_next = false; // headings: never the last thing on a page
    // A solid rule centred under the last line, 2/5 of the longest line long
    // (Decree 30's rule under the subject line, trích yếu).
    bool rule_below = false;
};

struct Cell {
    Spans spans;
    Align align = Align::left;
    int span = 1;
    bool bold = false;
    bool nowrap = false;              // kept on one line (a short name)
    std::optional<ColumnWidth> width; // set in a header row: the column's width
};

struct TableRow {
    std::vector<Cell> cells;
    bool header = false; // repeated at the top of every page the table spans
    bool total = false;  // a total row: stays on the page of the row above it
};

// A table. Column widths are solved from the cells (a template's widths are
// preferences); a table too wide for its page is set smaller, down to
// `min_size`, then cut into panels that each repeat the first `key_columns`
// columns, the second and later panels captioned `continued`.
struct Table {
    std::vector<ColumnWidth> widths; // one per column; the last repeats
    std::vector<TableRow> rows;
    units::Pt size{12};
    units::Pt min_size{10};
    int key_columns = 0;
    Spans continued; // e.g. "(tiếp theo)"
    units::Pt space_before{6};
    units::Pt space_after{6};
    std::string origin; // "templates/minutes.xml:62:5", for messages
};

// Decree 30's two-column header: agency names and the number on the left,
// the national title and motto (and the place and date) on the right.
struct HeaderBlock {
    std::string parent; // upper case, regular
    std::string issuer; // upper case, bold, with a short rule under it
    Spans number;       // "Số: 01/BB-CTĐ"
    std::string nation; // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    std::string motto;  // "Độc lập - Tự do - Hạnh phúc", rule as long as it
    Spans place_date;   // italic; empty for a biên bản
    std::string origin;
};

// One signature: title lines (upper case, bold), room to sign and seal,
// then the name in bold (or a fill-in line).
struct Signer {
    std::vector<Spans> titles;
    Spans name;
};

// Signature blocks side by side, `columns` to a row; a row never splits.
struct Signatures {
    std::vector<Signer> signers;
    // Title lines break at phrase boundaries: never inside a `keep` phrase
    // ("LIÊN MINH HTX"), preferably before a `break_before` one ("TỈNH").
    std::vector<std::string> keep;
    std::vector<std::string> break_before;
    int columns = 2; // 0: three when every title line fits a third of the width, else two
    units::Pt sign_space = units::mm(25);
    units::Pt size{13};
    units::Pt space_before{12};
};

// "Nơi nhận:" and its entries (Decree 30: 12 pt bold italic, 11 pt items).
struct Recipients {
    Spans heading;
    std::vector<Spans> items;
    units::Pt space_before{12};
};

struct Space {
    units::Pt height;
};

struct PageSetup {
    units::Pt width = units::a4_width;
    units::Pt height = units::a4_height;
    units::Pt margin_top = units::mm(20);
    units::Pt margin_bottom = units::mm(20);
    units::Pt margin_left = units::mm(30);
    units::Pt margin_right = units::mm(15);
    units::Pt page_number_size{13};
    bool page_numbers = true; // centred in the top margin from page 2 on
};

// A4 landscape for a part of a portrait document. The page is read turned a
// quarter, its top against the binding (docs/layout.md): the top margin is
// the bound edge's 30 mm, the other three 20 mm.
PageSetup landscape_of(const PageSetup& portrait);

struct Block;
// Blocks that must stay on one page together.
struct KeepTogether {
    std::vector<Block> blocks;
};

// A part of the document on pages of its own (a region, as Typst calls it):
// it starts on a new page with its own size and margins; what follows it
// starts a new page with the document's.
struct Section {
    PageSetup page;
    bool restart_numbers = false; // its pages are numbered from 1 (an appendix)
    std::vector<Block> blocks;
};

// Alternatives decided by the layout: the first option whose tables fit their
// page without panels and without a size below their `min_size`; the last
// option otherwise.
struct Choice {
    std::string id;
    std::vector<std::vector<Block>> options;
};

// Blocks kept only when the choice `id` fell on `option` (0-based).
struct WhenChosen {
    std::string id;
    std::size_t option = 0;
    std::vector<Block> blocks;
};

struct Block {
    std::variant<Paragraph, Table, HeaderBlock, Signatures, Recipients, Space, KeepTogether,
                 Section, Choice, WhenChosen>
        item;
};

struct DocumentInfo {
    std::string title;
    std::string subject;
    std::string author;
    std::optional<text::Date> date;
};

struct Document {
    PageSetup page;
    DocumentInfo info;
    std::vector<Block> blocks;
    // False when the template's made-if field is empty for this file: the
    // document is then not made, and not_made says why.
    bool made = true;
    std::string not_made;
};

} // namespace thidua::doc
