// Decree 30's two-column header: agency names, the issuer's short rule and
// the number on the left; the national title, the motto with a rule as long
// as it, and the place and date on the right.
#include "layout/blocks_set.hpp"

#include <algorithm>

namespace thidua::layout {

using units::Pt;

void set_header(const doc::HeaderBlock& h, const Frame& frame, const Typesetter& ts,
                PieceStream& out) {
    const Fonts& fonts = ts.fonts();
    const Pt small{12};
    const Pt big{13};
    const Pt gap{3};
    const Pt left = frame.left;
    const Pt width = frame.width;
    // The right column is as wide as its widest line needs.
    const Pt nation_w = fonts[1]->measure(h.nation, small);
    const Pt motto_w = fonts[1]->measure(h.motto, big);
    Pt place_w;
    for (const doc::Span& s : h.place_date)
        place_w += fonts[static_cast<std::size_t>(style_of(s.bold, true))]->measure(s.text, big);
    place_w += fonts[2]->measure(" ", big) * static_cast<double>(h.place_date.size());
    const Pt gap_between = Pt(12);
    const Pt right_w = std::min(width * 0.62, std::max({nation_w, motto_w, place_w}) + Pt(4));
    const Pt left_w = width - right_w - gap_between;
    const Pt right_x = left + left_w + gap_between;
    Piece piece;
    // Left: parent, issuer with its short rule, number.
    Pt y;
    TextBox parent = ts.set(plain(h.parent, false, false, h.origin), left, left_w, small, 1.0,
                            doc::Align::center, Pt(0), y);
    y += parent.height;
    TextBox issuer = ts.set(plain(h.issuer, true, false, h.origin), left, left_w, small, 1.0,
                            doc::Align::center, Pt(0), y);
    y += issuer.height + Pt(2);
    const Pt rule_len = issuer.widest * 0.4;
    const Pt mid_left = left + left_w / 2;
    piece.rules.push_back({mid_left - rule_len / 2, y, mid_left + rule_len / 2, y, Pt(0.6), false});
    const Pt left_bottom = y + gap;
    // Right: national title, motto, the motto's full-length rule.
    Pt ry;
    TextBox nation = ts.set(plain(h.nation, true, false, h.origin), right_x, right_w, small, 1.0,
                            doc::Align::center, Pt(0), ry);
    ry += nation.height;
    TextBox motto = ts.set(plain(h.motto, true, false, h.origin), right_x, right_w, big, 1.0,
                           doc::Align::center, Pt(0), ry);
    ry += motto.height + Pt(2);
    const Pt mid_right = right_x + right_w / 2;
    piece.rules.push_back(
        {mid_right - motto.widest / 2, ry, mid_right + motto.widest / 2, ry, Pt(0.6), false});
    const Pt right_bottom = ry + gap;
    // The number and the place and date share one line below both.
    const Pt line_top = std::max(left_bottom, right_bottom) + Pt(4);
    TextBox number = ts.set(h.number, left, left_w, big, 1.0, doc::Align::center, Pt(0), line_top);
    TextBox place = ts.set(styled(h.place_date, false, true), right_x, right_w, big, 1.0,
                           doc::Align::center, Pt(0), line_top);
    for (TextBox* box : {&parent, &issuer, &nation, &motto, &number, &place}) {
        for (PlacedText& t : box->texts)
            piece.texts.push_back(std::move(t));
    }
    piece.height = line_top + std::max({number.height, place.height, Pt(1)});
    out.push(std::move(piece));
    out.add_space(Pt(6));
}

} // namespace thidua::layout
