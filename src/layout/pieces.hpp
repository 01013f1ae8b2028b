// Blocks cut into the units pages are made of: a line of a paragraph, a row
// (or a slice of a tall row) of a table or of signatures, the whole header
// block. Each piece knows its height, the space it wants above, whether it
// must stay on the same page as the next one, and the page region it
// belongs to. Internal to layout/.
#pragma once

#include "diag/diagnostics.hpp"
#include "doc/blocks.hpp"
#include "layout/layout.hpp"

#include <vector>

namespace thidua::layout {

struct Piece {
    units::Pt height;
    units::Pt space_before; // dropped at the top of a page
    // Positions: x absolute; baseline and y measured down from the piece's top.
    std::vector<PlacedText> texts;
    std::vector<PlacedRule> rules;
    bool keep_with_next = false;
    int table = -1;            // pieces of one table (or panel) share an id
    bool table_header = false; // repeated on every page the table continues on
    std::size_t region = 0;    // index into Pieces::regions
};

// A run of pages with one page setup (Typst's regions, FOP's page sequences).
struct Region {
    doc::PageSetup page;
    bool restart_numbers = false;
};

struct Pieces {
    std::vector<Region> regions;
    std::vector<Piece> pieces;
};

// Where the blocks of one region are set: the text block's left edge, width
// and height.
struct Frame {
    units::Pt left;
    units::Pt width;
    units::Pt height;
};

Frame frame_of(const doc::PageSetup& page);

// The growing list of pieces: space asked for by one block is added above
// the next piece.
class PieceStream {
public:
    void push(Piece p) {
        p.space_before += pending_;
        p.region = region_;
        pending_ = units::Pt(0);
        pieces_.push_back(std::move(p));
    }
    void add_space(units::Pt h) { pending_ += h; }
    void start_region(std::size_t region) {
        region_ = region;
        pending_ = units::Pt(0);
    }
    int new_table() { return tables_++; }
    std::vector<Piece>& pieces() { return pieces_; }

private:
    std::vector<Piece> pieces_;
    units::Pt pending_;
    std::size_t region_ = 0;
    int tables_ = 0;
};

// Layout errors (a word or a column that cannot fit) go to `diags`.
Pieces pieces_of(const doc::Document& doc, const Fonts& fonts, diag::Diagnostics& diags,
                 const TextLocator& locate = {});

} // namespace thidua::layout
