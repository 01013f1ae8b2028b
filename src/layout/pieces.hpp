// Blocks cut into the units pages are made of: a line of a paragraph, a row
// of a table or of signatures, the whole header block. Each piece knows its
// height, the space it wants above, and whether it must stay on the same
// page as the next one. Internal to layout/.
#pragma once

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
    int table = -1;            // pieces of one table share an id
    bool table_header = false; // repeated on every page the table continues on
};

std::vector<Piece> pieces_of(const doc::Document& doc, const Fonts& fonts);

} // namespace thidua::layout
