// From blocks to pieces: paragraphs, tables, the Decree 30 header,
// signatures, recipients.
#include "layout/pieces.hpp"

#include "layout/line_breaking.hpp"

#include <algorithm>

namespace thidua::layout {
namespace {

using units::Pt;

constexpr Pt cell_pad_x{3};
constexpr Pt cell_pad_y{2};
constexpr Pt rule_width{0.6};

doc::Spans styled(doc::Spans spans, bool bold, bool italic = false) {
    for (doc::Span& s : spans) {
        s.bold = s.bold || bold;
        s.italic = s.italic || italic;
    }
    return spans;
}

doc::Spans plain(const std::string& text, bool bold, bool italic, const std::string& origin) {
    if (text.empty()) return {};
    return {{text, bold, italic, false, origin}};
}

// Lines of text set in a box; returns the height used. Baselines start at
// `top` (downward).
struct TextBox {
    std::vector<PlacedText> texts;
    Pt height;
    Pt widest; // natural width of the longest line
};

TextBox set_text(const doc::Spans& spans, Pt x, Pt width, Pt size, double spacing, doc::Align align,
                 Pt first_indent, const Fonts& fonts, Pt top = Pt(0)) {
    TextBox box;
    const auto words = words_of(spans, size, fonts);
    if (words.empty()) return box;
    auto lines = break_lines(words, width - first_indent, width, size, fonts);
    if (align == doc::Align::center && lines.size() > 1 && first_indent.value == 0) {
        // Centred text that wraps is balanced: the narrowest width that
        // still needs no more lines, so "TM. LIÊN MINH HTX TỈNH LẠNG / SƠN"
        // becomes "TM. LIÊN MINH HTX / TỈNH LẠNG SƠN".
        Pt lo = width / static_cast<double>(lines.size());
        Pt hi = width;
        for (int step = 0; step < 12; ++step) {
            const Pt mid = (lo + hi) / 2;
            if (break_lines(words, mid, mid, size, fonts).size() <= lines.size()) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        lines = break_lines(words, hi, hi, size, fonts);
    }
    const Pt lh = line_height(fonts, size, spacing);
    const Pt asc = ascent(fonts, size) + (lh - line_height(fonts, size, 1.0)) / 2;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const Pt indent = k == 0 ? first_indent : Pt(0);
        set_line(lines[k], x + indent, width - indent, align, k + 1 == lines.size(),
                 top + asc + lh * static_cast<double>(k), size, box.texts);
        box.widest = std::max(box.widest, lines[k].natural_width + indent);
    }
    box.height = lh * static_cast<double>(lines.size());
    return box;
}

class PieceMaker {
public:
    PieceMaker(const doc::Document& doc, const Fonts& fonts) : doc_(doc), fonts_(fonts) {
        left_ = doc.page.margin_left;
        width_ = doc.page.width - doc.page.margin_left - doc.page.margin_right;
    }

    std::vector<Piece> run() {
        for (const doc::Block& b : doc_.blocks)
            block(b);
        return std::move(out_);
    }

private:
    void push(Piece p) {
        p.space_before += pending_;
        pending_ = Pt(0);
        out_.push_back(std::move(p));
    }

    void block(const doc::Block& b) {
        std::visit([this](const auto& item) { add(item); }, b.item);
    }

    void add(const doc::Paragraph& p) {
        const auto words = words_of(p.spans, p.size, fonts_);
        const Pt width = width_ - p.left_indent;
        if (words.empty()) {
            pending_ += p.space_before + p.space_after;
            return;
        }
        const auto lines = break_lines(words, width - p.first_indent, width, p.size, fonts_);
        const Pt lh = line_height(fonts_, p.size, p.line_spacing);
        const Pt asc = ascent(fonts_, p.size) + (lh - line_height(fonts_, p.size, 1.0)) / 2;
        const std::size_t first = out_.size();
        for (std::size_t k = 0; k < lines.size(); ++k) {
            Piece piece;
            piece.height = lh;
            piece.space_before = k == 0 ? p.space_before : Pt(0);
            const Pt indent = k == 0 ? p.first_indent : Pt(0);
            set_line(lines[k], left_ + p.left_indent + indent, width - indent, p.align,
                     k + 1 == lines.size(), asc, p.size, piece.texts);
            push(std::move(piece));
        }
        // No single line alone at the foot or the head of a page.
        const std::size_t n = lines.size();
        if (n >= 2) {
            out_[first].keep_with_next = true;
            out_[first + n - 2].keep_with_next = true;
        }
        if (p.keep_with_next) out_.back().keep_with_next = true;
        pending_ += p.space_after;
    }

    // The narrowest a column may be: its longest word (numbers never split)
    // plus the cell padding.
    std::vector<Pt> min_widths(const doc::Table& t, std::size_t columns) const {
        std::vector<Pt> out(columns, cell_pad_x * 2);
        for (const doc::TableRow& r : t.rows) {
            std::size_t c = 0;
            for (const doc::Cell& cell : r.cells) {
                if (cell.span == 1 && c < columns) {
                    for (const Word& w : words_of(styled(cell.spans, cell.bold), t.size, fonts_)) {
                        out[c] = std::max(out[c], w.width + cell_pad_x * 2);
                    }
                }
                c += static_cast<std::size_t>(std::max(cell.span, 1));
            }
        }
        return out;
    }

    std::vector<Pt> column_widths(const doc::Table& t, std::size_t columns) const {
        std::vector<doc::ColumnWidth> specs;
        for (std::size_t c = 0; c < columns; ++c) {
            specs.push_back(t.widths.empty() ? doc::ColumnWidth{Pt(0), 1}
                                             : t.widths[std::min(c, t.widths.size() - 1)]);
        }
        // Widths given on the cells of the first header row win.
        for (const doc::TableRow& r : t.rows) {
            if (!r.header) continue;
            std::size_t c = 0;
            for (const doc::Cell& cell : r.cells) {
                if (cell.width && cell.span == 1 && c < specs.size()) specs[c] = *cell.width;
                c += static_cast<std::size_t>(std::max(cell.span, 1));
            }
            break;
        }
        Pt fixed;
        double shares = 0;
        for (const auto& s : specs) {
            fixed += s.fixed;
            shares += s.share;
        }
        const Pt rest = std::max(Pt(0), width_ - fixed);
        std::vector<Pt> out;
        for (const auto& s : specs)
            out.push_back(s.share > 0 ? rest * (s.share / shares) : s.fixed);
        // Proportional columns narrower than their longest word take the
        // difference from the proportional columns that have room to spare.
        const std::vector<Pt> least = min_widths(t, columns);
        for (int round = 0; round < 4; ++round) {
            Pt missing;
            Pt spare;
            for (std::size_t c = 0; c < columns; ++c) {
                if (specs[c].share <= 0) continue;
                if (out[c] < least[c])
                    missing += least[c] - out[c];
                else
                    spare += out[c] - least[c];
            }
            if (missing.value <= 0 || spare.value <= 0) break;
            const double take = std::min(1.0, missing / spare);
            for (std::size_t c = 0; c < columns; ++c) {
                if (specs[c].share <= 0) continue;
                out[c] = out[c] < least[c] ? least[c] : out[c] - (out[c] - least[c]) * take;
            }
        }
        return out;
    }

    void add(const doc::Table& t) {
        std::size_t columns = 0;
        for (const doc::TableRow& r : t.rows) {
            std::size_t n = 0;
            for (const doc::Cell& c : r.cells)
                n += static_cast<std::size_t>(std::max(c.span, 1));
            columns = std::max(columns, n);
        }
        if (columns == 0) return;
        const std::vector<Pt> widths = column_widths(t, columns);
        const int id = table_count_++;
        pending_ += t.space_before;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const doc::TableRow& row = t.rows[r];
            Piece piece;
            piece.table = id;
            piece.table_header = row.header;
            piece.keep_with_next = row.header;
            Pt x = left_;
            std::size_t col = 0;
            Pt tallest;
            std::vector<Pt> edges{x};
            for (const doc::Cell& cell : row.cells) {
                const std::size_t span = static_cast<std::size_t>(std::max(cell.span, 1));
                Pt w;
                for (std::size_t k = col; k < col + span && k < widths.size(); ++k)
                    w += widths[k];
                TextBox box =
                    set_text(styled(cell.spans, cell.bold), x + cell_pad_x, w - cell_pad_x * 2,
                             t.size, 1.0, cell.align, Pt(0), fonts_, cell_pad_y);
                tallest = std::max(tallest, box.height);
                for (PlacedText& pt : box.texts)
                    piece.texts.push_back(std::move(pt));
                x += w;
                col += span;
                edges.push_back(x);
            }
            while (col < columns) { // a short row still gets its borders
                x += widths[col++];
                edges.push_back(x);
            }
            piece.height = std::max(tallest, line_height(fonts_, t.size, 1.0)) + cell_pad_y * 2;
            Pt right = left_;
            for (Pt w : widths)
                right += w;
            piece.rules.push_back({left_, Pt(0), right, Pt(0), rule_width, false});
            piece.rules.push_back({left_, piece.height, right, piece.height, rule_width, false});
            for (Pt e : edges)
                piece.rules.push_back({e, Pt(0), e, piece.height, rule_width, false});
            push(std::move(piece));
        }
        // Like a paragraph's lines: the first body row does not stay alone
        // under the header at the foot of a page, the last does not go alone
        // to the next.
        std::size_t first_body = out_.size();
        for (std::size_t k = out_.size(); k-- > 0 && out_[k].table == id;) {
            if (!out_[k].table_header) first_body = k;
        }
        const std::size_t body_rows = out_.size() - first_body;
        if (body_rows >= 2) {
            out_[first_body].keep_with_next = true;
            out_[out_.size() - 2].keep_with_next = true;
        }
        pending_ += t.space_after;
    }

    void add(const doc::HeaderBlock& h) {
        const Pt small{12};
        const Pt big{13};
        const Pt gap{3};
        // The right column is as wide as its widest line needs.
        const Pt nation_w = fonts_[1]->measure(h.nation, small);
        const Pt motto_w = fonts_[1]->measure(h.motto, big);
        Pt place_w;
        for (const doc::Span& s : h.place_date) {
            place_w +=
                fonts_[static_cast<std::size_t>(style_of(s.bold, true))]->measure(s.text, big);
        }
        place_w += fonts_[2]->measure(" ", big) * static_cast<double>(h.place_date.size());
        const Pt gap_between = Pt(12);
        const Pt right_w = std::min(width_ * 0.62, std::max({nation_w, motto_w, place_w}) + Pt(4));
        const Pt left_w = width_ - right_w - gap_between;
        const Pt right_x = left_ + left_w + gap_between;
        Piece piece;
        // Left: parent, issuer with its short rule, number.
        Pt y;
        TextBox parent = set_text(plain(h.parent, false, false, h.origin), left_, left_w, small,
                                  1.0, doc::Align::center, Pt(0), fonts_, y);
        y += parent.height;
        TextBox issuer = set_text(plain(h.issuer, true, false, h.origin), left_, left_w, small, 1.0,
                                  doc::Align::center, Pt(0), fonts_, y);
        y += issuer.height + Pt(2);
        const Pt rule_len = issuer.widest * 0.4;
        const Pt mid_left = left_ + left_w / 2;
        piece.rules.push_back(
            {mid_left - rule_len / 2, y, mid_left + rule_len / 2, y, Pt(0.6), false});
        const Pt left_bottom = y + gap;
        // Right: national title, motto, the motto's full-length rule.
        Pt ry;
        TextBox nation = set_text(plain(h.nation, true, false, h.origin), right_x, right_w, small,
                                  1.0, doc::Align::center, Pt(0), fonts_, ry);
        ry += nation.height;
        TextBox motto = set_text(plain(h.motto, true, false, h.origin), right_x, right_w, big, 1.0,
                                 doc::Align::center, Pt(0), fonts_, ry);
        ry += motto.height + Pt(2);
        const Pt mid_right = right_x + right_w / 2;
        piece.rules.push_back(
            {mid_right - motto.widest / 2, ry, mid_right + motto.widest / 2, ry, Pt(0.6), false});
        const Pt right_bottom = ry + gap;
        // The number and the place and date share one line below both.
        const Pt line_top = std::max(left_bottom, right_bottom) + Pt(4);
        TextBox number = set_text(h.number, left_, left_w, big, 1.0, doc::Align::center, Pt(0),
                                  fonts_, line_top);
        TextBox place = set_text(styled(h.place_date, false, true), right_x, right_w, big, 1.0,
                                 doc::Align::center, Pt(0), fonts_, line_top);
        for (TextBox* box : {&parent, &issuer, &nation, &motto, &number, &place}) {
            for (PlacedText& t : box->texts)
                piece.texts.push_back(std::move(t));
        }
        piece.height = line_top + std::max({number.height, place.height, Pt(1)});
        push(std::move(piece));
        pending_ += Pt(6);
    }

    // Three columns when every title line and name fits a third of the
    // width unbroken, else two.
    int auto_columns(const doc::Signatures& s) const {
        const Pt third = width_ / 3 - Pt(16);
        for (const doc::Signer& signer : s.signers) {
            std::vector<const doc::Spans*> lines;
            for (const doc::Spans& t : signer.titles)
                lines.push_back(&t);
            lines.push_back(&signer.name);
            for (const doc::Spans* line : lines) {
                Pt w;
                for (const Word& word : words_of(styled(*line, true), s.size, fonts_)) {
                    w += word.width + word.space_after;
                }
                if (w > third) return 2;
            }
        }
        return 3;
    }

    void add(const doc::Signatures& s) {
        const int columns = s.columns > 0 ? s.columns : auto_columns(s);
        const Pt col_w = width_ / columns;
        pending_ += s.space_before;
        // The grid never starts alone at the head of a page: it stays with
        // the last line before it.
        if (!out_.empty()) out_.back().keep_with_next = true;
        const std::size_t first_row = out_.size();
        for (std::size_t first = 0; first < s.signers.size();
             first += static_cast<std::size_t>(columns)) {
            Piece piece;
            Pt tallest;
            const std::size_t end =
                std::min(s.signers.size(), first + static_cast<std::size_t>(columns));
            // Title lines first, so that every name of the row stands on the
            // same line however the titles wrap.
            std::vector<TextBox> titles;
            Pt titles_height;
            // A gutter keeps blocks side by side apart.
            const Pt gutter{8};
            const Pt inner = col_w - gutter * 2;
            for (std::size_t k = first; k < end; ++k) {
                const Pt x = left_ + col_w * static_cast<double>(k - first) + gutter;
                TextBox box;
                for (const doc::Spans& title : s.signers[k].titles) {
                    TextBox line = set_text(styled(title, true), x, inner, s.size, 1.0,
                                            doc::Align::center, Pt(0), fonts_, box.height);
                    box.height += line.height;
                    for (PlacedText& t : line.texts)
                        box.texts.push_back(std::move(t));
                }
                titles_height = std::max(titles_height, box.height);
                titles.push_back(std::move(box));
            }
            for (std::size_t k = first; k < end; ++k) {
                const Pt x = left_ + col_w * static_cast<double>(k - first) + gutter;
                for (PlacedText& t : titles[k - first].texts)
                    piece.texts.push_back(std::move(t));
                const Pt y = titles_height + s.sign_space;
                TextBox name = set_text(styled(s.signers[k].name, true), x, inner, s.size, 1.0,
                                        doc::Align::center, Pt(0), fonts_, y);
                for (PlacedText& t : name.texts)
                    piece.texts.push_back(std::move(t));
                tallest = std::max(tallest, y + name.height);
            }
            piece.height = tallest;
            piece.space_before = first == 0 ? Pt(0) : Pt(12);
            push(std::move(piece));
        }
        // The last row of blocks is never alone on the last page.
        if (out_.size() >= first_row + 2) out_[out_.size() - 2].keep_with_next = true;
    }

    void add(const doc::Recipients& r) {
        Piece piece;
        const Pt w = width_ / 2;
        TextBox heading = set_text(styled(r.heading, true, true), left_, w, Pt(12), 1.0,
                                   doc::Align::left, Pt(0), fonts_);
        Pt y = heading.height;
        for (PlacedText& t : heading.texts)
            piece.texts.push_back(std::move(t));
        for (const doc::Spans& item : r.items) {
            TextBox box = set_text(item, left_, w, Pt(11), 1.0, doc::Align::left, Pt(0), fonts_, y);
            y += box.height;
            for (PlacedText& t : box.texts)
                piece.texts.push_back(std::move(t));
        }
        piece.height = y;
        piece.space_before = r.space_before;
        push(std::move(piece));
    }

    void add(const doc::Space& s) { pending_ += s.height; }

    void add(const doc::KeepTogether& k) {
        const std::size_t first = out_.size();
        for (const doc::Block& b : k.blocks)
            block(b);
        for (std::size_t i = first; i + 1 < out_.size(); ++i)
            out_[i].keep_with_next = true;
    }

    const doc::Document& doc_;
    const Fonts& fonts_;
    Pt left_;
    Pt width_;
    Pt pending_;
    int table_count_ = 0;
    std::vector<Piece> out_;
};

} // namespace

std::vector<Piece> pieces_of(const doc::Document& doc, const Fonts& fonts) {
    return PieceMaker(doc, fonts).run();
}

} // namespace thidua::layout
