// Signature blocks side by side, two or three to a row: a row never splits
// across pages, the grid never starts alone at the head of a page and its
// last row is never alone on the last page; the names of a row stand on one
// line however their titles wrap.
#include "layout/blocks_set.hpp"

#include <algorithm>

namespace thidua::layout {
namespace {

using units::Pt;

// A gutter keeps blocks side by side apart.
constexpr Pt gutter{8};

// Three columns when every title line and name fits a third of the width
// unbroken, else two.
int auto_columns(const doc::Signatures& s, Pt width, const Fonts& fonts) {
    const Pt third = width / 3 - gutter * 2;
    for (const doc::Signer& signer : s.signers) {
        std::vector<const doc::Spans*> lines;
        for (const doc::Spans& t : signer.titles)
            lines.push_back(&t);
        lines.push_back(&signer.name);
        for (const doc::Spans* line : lines) {
            Pt w;
            for (const Word& word : words_of(styled(*line, true), s.size, fonts))
                w += word.width + word.space_after;
            if (w > third) return 2;
        }
    }
    return 3;
}

} // namespace

void set_signatures(const doc::Signatures& s, const Frame& frame, const Typesetter& ts,
                    PieceStream& out) {
    const int columns = s.columns > 0 ? s.columns : auto_columns(s, frame.width, ts.fonts());
    const Pt col_w = frame.width / columns;
    out.add_space(s.space_before);
    std::vector<Piece>& pieces = out.pieces();
    // The grid never starts alone at the head of a page: it stays with the
    // last line before it.
    if (!pieces.empty()) pieces.back().keep_with_next = true;
    const std::size_t first_row = pieces.size();
    const Pt inner = col_w - gutter * 2;
    for (std::size_t first = 0; first < s.signers.size();
         first += static_cast<std::size_t>(columns)) {
        Piece piece;
        const std::size_t end =
            std::min(s.signers.size(), first + static_cast<std::size_t>(columns));
        // Title lines first, so that every name of the row stands on the
        // same line however the titles wrap.
        std::vector<TextBox> titles;
        Pt titles_height;
        for (std::size_t k = first; k < end; ++k) {
            const Pt x = frame.left + col_w * static_cast<double>(k - first) + gutter;
            TextBox box;
            for (const doc::Spans& title : s.signers[k].titles) {
                TextBox line = ts.set_title(styled(title, true), x, inner, s.size,
                                            {&s.keep, &s.break_before}, box.height);
                box.height += line.height;
                for (PlacedText& t : line.texts)
                    box.texts.push_back(std::move(t));
            }
            titles_height = std::max(titles_height, box.height);
            titles.push_back(std::move(box));
        }
        Pt tallest;
        for (std::size_t k = first; k < end; ++k) {
            const Pt x = frame.left + col_w * static_cast<double>(k - first) + gutter;
            for (PlacedText& t : titles[k - first].texts)
                piece.texts.push_back(std::move(t));
            const Pt y = titles_height + s.sign_space;
            TextBox name = ts.set(styled(s.signers[k].name, true), x, inner, s.size, 1.0,
                                  doc::Align::center, Pt(0), y);
            for (PlacedText& t : name.texts)
                piece.texts.push_back(std::move(t));
            tallest = std::max(tallest, y + name.height);
        }
        piece.height = tallest;
        piece.space_before = first == 0 ? Pt(0) : Pt(12);
        out.push(std::move(piece));
    }
    // The last row of blocks is never alone on the last page.
    if (pieces.size() >= first_row + 2) pieces[pieces.size() - 2].keep_with_next = true;
}

} // namespace thidua::layout
