// "Nơi nhận:" and its entries, in the left half of the text block (Decree
// 30: the heading 12 pt bold italic, the entries 11 pt).
#include "layout/blocks_set.hpp"

namespace thidua::layout {

using units::Pt;

void set_recipients(const doc::Recipients& r, const Frame& frame, const Typesetter& ts,
                    PieceStream& out) {
    Piece piece;
    const Pt w = frame.width / 2;
    TextBox heading =
        ts.set(styled(r.heading, true, true), frame.left, w, Pt(12), 1.0, doc::Align::left);
    Pt y = heading.height;
    for (PlacedText& t : heading.texts)
        piece.texts.push_back(std::move(t));
    for (const doc::Spans& item : r.items) {
        TextBox box = ts.set(item, frame.left, w, Pt(11), 1.0, doc::Align::left, Pt(0), y);
        y += box.height;
        for (PlacedText& t : box.texts)
            piece.texts.push_back(std::move(t));
    }
    piece.height = y;
    piece.space_before = r.space_before;
    out.push(std::move(piece));
}

} // namespace thidua::layout
