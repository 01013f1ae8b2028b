// Pages from pieces: groups of pieces that must stay together move to the
// next page whole (when they fit on one), table header rows are repeated
// where a table continues, page numbers go centred in the top margin from
// page 2 on.
#include "layout/layout.hpp"
#include "layout/line_breaking.hpp"
#include "layout/pieces.hpp"
#include "text/number.hpp"

#include <map>

namespace thidua::layout {
namespace {

using units::Pt;

class Paginator {
public:
    Paginator(const doc::Document& doc, const Fonts& fonts, std::vector<Piece> pieces)
        : doc_(doc), fonts_(fonts), pieces_(std::move(pieces)) {
        top_ = doc.page.margin_top;
        bottom_ = doc.page.height - doc.page.margin_bottom;
        for (const Piece& p : pieces_) {
            if (p.table_header) headers_[p.table].push_back(&p);
        }
    }

    Document run() {
        out_.width = doc_.page.width;
        out_.height = doc_.page.height;
        new_page();
        for (std::size_t i = 0; i < pieces_.size();) {
            std::size_t j = i;
            while (j + 1 < pieces_.size() && pieces_[j].keep_with_next)
                ++j;
            // The group's height on a fresh page, where its first space is dropped.
            Pt height;
            for (std::size_t k = i; k <= j; ++k)
                height += pieces_[k].height + (k == i ? Pt(0) : pieces_[k].space_before);
            const Pt here = height + (empty_ ? Pt(0) : pieces_[i].space_before);
            if (!empty_ && y_ + here > bottom_ && height <= bottom_ - top_) new_page();
            for (std::size_t k = i; k <= j; ++k)
                place(pieces_[k]);
            i = j + 1;
        }
        number_pages();
        return std::move(out_);
    }

private:
    void new_page() {
        out_.pages.emplace_back();
        y_ = top_;
        empty_ = true;
    }

    void emit(const Piece& p, Pt top) {
        Page& page = out_.pages.back();
        const Pt h = doc_.page.height;
        for (const PlacedText& t : p.texts) {
            page.texts.push_back({t.x, h - (top + t.baseline), t.text, t.style, t.size});
        }
        for (const PlacedRule& r : p.rules) {
            page.rules.push_back(
                {r.x1, h - (top + r.y1), r.x2, h - (top + r.y2), r.width, r.dotted});
        }
    }

    void place(const Piece& p) {
        Pt before = empty_ ? Pt(0) : p.space_before;
        if (!empty_ && y_ + before + p.height > bottom_) {
            new_page();
            before = Pt(0);
        }
        if (empty_ && p.table >= 0 && !p.table_header) {
            for (const Piece* header : headers_[p.table]) {
                emit(*header, y_);
                y_ += header->height;
            }
        }
        emit(p, y_ + before);
        y_ += before + p.height;
        empty_ = false;
    }

    void number_pages() {
        if (!doc_.page.page_numbers) return;
        const Pt size = doc_.page.page_number_size;
        for (std::size_t k = 1; k < out_.pages.size(); ++k) {
            const std::string n = text::to_text(static_cast<long long>(k + 1));
            const Pt w = fonts_[0]->measure(n, size);
            const Pt x = doc_.page.margin_left +
                         (doc_.page.width - doc_.page.margin_left - doc_.page.margin_right - w) / 2;
            const Pt baseline = doc_.page.height - doc_.page.margin_top / 2 - size * 0.35;
            out_.pages[k].texts.insert(out_.pages[k].texts.begin(),
                                       {x, baseline, n, FontStyle::regular, size});
        }
    }

    const doc::Document& doc_;
    const Fonts& fonts_;
    std::vector<Piece> pieces_;
    std::map<int, std::vector<const Piece*>> headers_;
    Document out_;
    Pt top_;
    Pt bottom_;
    Pt y_;
    bool empty_ = true;
};

} // namespace

Document lay_out(const doc::Document& doc, const Fonts& fonts) {
    return Paginator(doc, fonts, pieces_of(doc, fonts)).run();
}

} // namespace thidua::layout
