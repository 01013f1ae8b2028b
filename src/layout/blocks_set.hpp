// The fixed-form blocks, each set into pieces: the Decree 30 header, the
// signature grid, the recipients ("Nơi nhận"). Internal to layout/.
#pragma once

#include "layout/pieces.hpp"
#include "layout/typesetter.hpp"

namespace thidua::layout {

void set_header(const doc::HeaderBlock& h, const Frame& frame, const Typesetter& ts,
                PieceStream& out);
void set_signatures(const doc::Signatures& s, const Frame& frame, const Typesetter& ts,
                    PieceStream& out);
void set_recipients(const doc::Recipients& r, const Frame& frame, const Typesetter& ts,
                    PieceStream& out);

} // namespace thidua::layout
