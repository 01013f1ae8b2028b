// Tables: column widths solved from what the cells hold, a smaller size down
// to the table's floor when the narrowest widths do not fit, then column
// panels that repeat the key columns; header rows repeated on every page,
// rows taller than a page split between lines. Internal to layout/.
#pragma once

#include "layout/pieces.hpp"
#include "layout/typesetter.hpp"

namespace thidua::layout {

// Sets `t` into `out`; a column that cannot fit even alone is an error.
void set_table(const doc::Table& t, const Frame& frame, const Typesetter& ts, PieceStream& out);

// Whether `t` fits `frame` without panels at a size of at least its min_size.
bool table_fits(const doc::Table& t, const Frame& frame, const Fonts& fonts);

} // namespace thidua::layout
