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

// A stretch of text in one style. `fill` marks a dotted fill-in line that
// stands for absent data. `origin` says where the text came from, for
// messages such as a missing glyph ("templates/minutes.xml:40").
struct Span {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool fill = false;
    std::string origin;
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
};

struct Cell {
    Spans spans;
    Align align = Align::left;
    int span = 1;
    bool bold = false;
    std::optional<ColumnWidth> width; // set in a header row: the column's width
};

struct TableRow {
    std::vector<Cell> cells;
    bool header = false; // repeated at the top of every page the table spans
};

struct Table {
    std::vector<ColumnWidth> widths; // one per column; the last repeats
    std::vector<TableRow> rows;
    units::Pt size{12};
    units::Pt space_before{6};
    units::Pt space_after{6};
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

struct Block;
// Blocks that must stay on one page together.
struct KeepTogether {
    std::vector<Block> blocks;
};

struct Block {
    std::variant<Paragraph, Table, HeaderBlock, Signatures, Recipients, Space, KeepTogether> item;
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
};

} // namespace thidua::doc
