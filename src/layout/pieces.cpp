// From blocks to pieces: paragraphs here, each other kind of block in its own
// file; page regions for sections; choices decided by what fits.
#include "layout/pieces.hpp"

#include "layout/blocks_set.hpp"
#include "layout/line_breaking.hpp"
#include "layout/table_layout.hpp"
#include "layout/typesetter.hpp"

#include <algorithm>
#include <map>

namespace thidua::layout {

using units::Pt;

Frame frame_of(const doc::PageSetup& page) {
    return {page.margin_left, page.width - page.margin_left - page.margin_right,
            page.height - page.margin_top - page.margin_bottom};
}

namespace {

// Whether every table among `blocks` fits its frame without panels.
bool tables_fit(const std::vector<doc::Block>& blocks, const Frame& frame, const Fonts& fonts) {
    for (const doc::Block& b : blocks) {
        if (const auto* t = std::get_if<doc::Table>(&b.item)) {
            if (!table_fits(*t, frame, fonts)) return false;
        } else if (const auto* k = std::get_if<doc::KeepTogether>(&b.item)) {
            if (!tables_fit(k->blocks, frame, fonts)) return false;
        }
    }
    return true;
}

class PieceMaker {
public:
    PieceMaker(const doc::Document& doc, const Typesetter& ts) : doc_(doc), ts_(ts) {
        result_.regions.push_back({doc.page, false});
        frame_ = frame_of(doc.page);
    }

    Pieces run() {
        blocks(doc_.blocks);
        result_.pieces = std::move(out_.pieces());
        return std::move(result_);
    }

private:
    void blocks(const std::vector<doc::Block>& list) {
        for (const doc::Block& b : list)
            std::visit([this](const auto& item) { add(item); }, b.item);
    }

    void add(const doc::Paragraph& p) {
        const Fonts& fonts = ts_.fonts();
        const auto words = words_of(p.spans, p.size, fonts);
        const Pt width = frame_.width - p.left_indent;
        if (words.empty()) {
            out_.add_space(p.space_before + p.space_after);
            return;
        }
        const auto lines = break_lines(words, width - p.first_indent, width, p.size, fonts);
        ts_.report_too_wide(lines, width, p.size);
        const Pt lh = line_height(fonts, p.size, p.line_spacing);
        const Pt asc = ascent(fonts, p.size) + (lh - line_height(fonts, p.size, 1.0)) / 2;
        std::vector<Piece>& pieces = out_.pieces();
        const std::size_t first = pieces.size();
        for (std::size_t k = 0; k < lines.size(); ++k) {
            Piece piece;
            piece.height = lh;
            piece.space_before = k == 0 ? p.space_before : Pt(0);
            const Pt indent = k == 0 ? p.first_indent : Pt(0);
            set_line(lines[k], frame_.left + p.left_indent + indent, width - indent, p.align,
                     k + 1 == lines.size(), asc, p.size, piece.texts);
            out_.push(std::move(piece));
        }
        // No single line alone at the foot or the head of a page.
        const std::size_t n = lines.size();
        if (n >= 2) {
            pieces[first].keep_with_next = true;
            pieces[first + n - 2].keep_with_next = true;
        }
        if (p.keep_with_next) pieces.back().keep_with_next = true;
        if (p.rule_below) rule_below(lines, p);
        out_.add_space(p.space_after);
    }

    // Decree 30's rule under the subject line: solid, centred, between a
    // third and a half of the line (2/5), kept with the line above it.
    void rule_below(const std::vector<Line>& lines, const doc::Paragraph& p) {
        Pt widest(0);
        for (const Line& l : lines)
            widest = std::max(widest, l.natural_width);
        const Pt length = widest * 0.4;
        const Pt gap = p.size * 0.3;
        const Pt mid = frame_.left + p.left_indent + (frame_.width - p.left_indent) / 2;
        out_.pieces().back().keep_with_next = true;
        Piece piece;
        piece.height = gap;
        piece.rules.push_back({mid - length / 2, gap, mid + length / 2, gap, Pt(0.6), false});
        out_.push(std::move(piece));
    }

    void add(const doc::Table& t) { set_table(t, frame_, ts_, out_); }
    void add(const doc::HeaderBlock& h) { set_header(h, frame_, ts_, out_); }
    void add(const doc::Signatures& s) { set_signatures(s, frame_, ts_, out_); }
    void add(const doc::Recipients& r) { set_recipients(r, frame_, ts_, out_); }
    void add(const doc::Space& s) { out_.add_space(s.height); }

    void add(const doc::KeepTogether& k) {
        std::vector<Piece>& pieces = out_.pieces();
        const std::size_t first = pieces.size();
        blocks(k.blocks);
        for (std::size_t i = first; i + 1 < pieces.size(); ++i)
            pieces[i].keep_with_next = true;
    }

    void add(const doc::Section& s) {
        const Region outer = result_.regions.back();
        start_region({s.page, s.restart_numbers});
        blocks(s.blocks);
        // What follows the section goes on pages like the ones before it.
        start_region({outer.page, false});
    }

    void add(const doc::Choice& c) {
        std::size_t chosen = c.options.empty() ? 0 : c.options.size() - 1;
        for (std::size_t k = 0; k + 1 < c.options.size(); ++k) {
            if (tables_fit(c.options[k], frame_, ts_.fonts())) {
                chosen = k;
                break;
            }
        }
        chosen_[c.id] = chosen;
        if (!c.options.empty()) blocks(c.options[chosen]);
    }

    void add(const doc::WhenChosen& w) {
        const auto it = chosen_.find(w.id);
        if (it != chosen_.end() && it->second == w.option) blocks(w.blocks);
    }

    void start_region(Region r) {
        frame_ = frame_of(r.page);
        result_.regions.push_back(std::move(r));
        out_.start_region(result_.regions.size() - 1);
    }

    const doc::Document& doc_;
    const Typesetter& ts_;
    Frame frame_;
    PieceStream out_;
    Pieces result_;
    std::map<std::string, std::size_t> chosen_;
};

} // namespace

Pieces pieces_of(const doc::Document& doc, const Fonts& fonts, diag::Diagnostics& diags,
                 const TextLocator& locate) {
    const Typesetter ts(fonts, diags, locate);
    return PieceMaker(doc, ts).run();
}

} // namespace thidua::layout
