// Pages from pieces: groups of pieces that must stay together move to the
// next page whole (when they fit on one), table header rows are repeated
// where a table continues, each region starts a page of its own size, page
// numbers go centred in the top margin (as the page is read) from the second
// page of each numbering on; then nothing may stand outside the text block.
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
    Paginator(const Fonts& fonts, Pieces pieces) : fonts_(fonts), in_(std::move(pieces)) {
        for (const Piece& p : in_.pieces) {
            if (p.table_header) headers_[p.table].push_back(&p);
        }
    }

    Document run() {
        if (!in_.regions.empty()) {
            out_.width = in_.regions.front().page.width;
            out_.height = in_.regions.front().page.height;
        }
        std::vector<Piece>& pieces = in_.pieces;
        for (std::size_t i = 0; i < pieces.size();) {
            std::size_t j = i;
            while (j + 1 < pieces.size() && pieces[j].keep_with_next &&
                   pieces[j + 1].region == pieces[i].region)
                ++j;
            if (out_.pages.empty() || pieces[i].region != region_) new_page(pieces[i].region);
            // The group's height on a fresh page, where its first space is dropped.
            Pt height;
            for (std::size_t k = i; k <= j; ++k)
                height += pieces[k].height + (k == i ? Pt(0) : pieces[k].space_before);
            const Pt here = height + (empty_ ? Pt(0) : pieces[i].space_before);
            if (!empty_ && y_ + here > bottom_ && height <= bottom_ - top_) new_page(region_);
            for (std::size_t k = i; k <= j; ++k)
                place(pieces[k]);
            i = j + 1;
        }
        if (out_.pages.empty()) new_page(0);
        number_pages();
        return std::move(out_);
    }

    // The setup of each page, for the margin check.
    const std::vector<std::size_t>& page_regions() const { return page_regions_; }
    const std::vector<bool>& numbered() const { return numbered_; }

private:
    const doc::PageSetup& setup(std::size_t region) const { return in_.regions[region].page; }

    void new_page(std::size_t region) {
        region_ = region;
        const doc::PageSetup& page = setup(region);
        // Room for as many texts as the page before held, and its number
        // (number_pages): pages of one document hold about as many, and a
        // page grown by doubling copied its texts three or four times.
        const std::size_t room = out_.pages.empty() ? 64 : out_.pages.back().texts.size() + 1;
        out_.pages.emplace_back();
        out_.pages.back().texts.reserve(room);
        out_.pages.back().width = page.width;
        out_.pages.back().height = page.height;
        page_regions_.push_back(region);
        top_ = page.margin_top;
        bottom_ = page.height - page.margin_bottom;
        y_ = top_;
        empty_ = true;
    }

    // Copies a table's header rows (placed again on every page the table
    // continues on); any other piece is placed once, its texts moved.
    void emit(const Piece& p, Pt top) {
        Page& page = out_.pages.back();
        const Pt h = page.height;
        for (const PlacedText& t : p.texts)
            page.texts.push_back({t.x, h - (top + t.baseline), t.text, t.style, t.size});
        emit_rules(p, top);
    }
    void emit_once(Piece& p, Pt top) {
        if (p.table_header) return emit(p, top);
        Page& page = out_.pages.back();
        const Pt h = page.height;
        for (PlacedText& t : p.texts)
            page.texts.push_back({t.x, h - (top + t.baseline), std::move(t.text), t.style, t.size});
        emit_rules(p, top);
    }
    void emit_rules(const Piece& p, Pt top) {
        Page& page = out_.pages.back();
        const Pt h = page.height;
        for (const PlacedRule& r : p.rules) {
            page.rules.push_back(
                {r.x1, h - (top + r.y1), r.x2, h - (top + r.y2), r.width, r.dotted});
        }
    }

    void place(Piece& p) {
        Pt before = empty_ ? Pt(0) : p.space_before;
        if (!empty_ && y_ + before + p.height > bottom_) {
            new_page(region_);
            before = Pt(0);
        }
        if (empty_ && p.table >= 0 && !p.table_header) {
            for (const Piece* header : headers_[p.table]) {
                emit(*header, y_);
                y_ += header->height;
            }
        }
        emit_once(p, y_ + before);
        y_ += before + p.height;
        empty_ = false;
    }

    void number_pages() {
        numbered_.assign(out_.pages.size(), false);
        long long n = 0;
        std::size_t previous = static_cast<std::size_t>(-1);
        for (std::size_t k = 0; k < out_.pages.size(); ++k) {
            const std::size_t region = page_regions_[k];
            if (region != previous && in_.regions[region].restart_numbers) n = 0;
            previous = region;
            ++n;
            const doc::PageSetup& page = setup(region);
            if (!page.page_numbers || n == 1) continue;
            const std::string text = text::to_text(n);
            const Pt size = page.page_number_size;
            const Pt w = fonts_[0]->measure(text, size);
            const Pt x =
                page.margin_left + (page.width - page.margin_left - page.margin_right - w) / 2;
            const Pt baseline = page.height - page.margin_top / 2 - size * 0.35;
            out_.pages[k].texts.insert(out_.pages[k].texts.begin(),
                                       {x, baseline, text, FontStyle::regular, size});
            numbered_[k] = true;
        }
    }

    const Fonts& fonts_;
    Pieces in_;
    std::map<int, std::vector<const Piece*>> headers_;
    Document out_;
    std::vector<std::size_t> page_regions_;
    std::vector<bool> numbered_;
    std::size_t region_ = 0;
    Pt top_;
    Pt bottom_;
    Pt y_;
    bool empty_ = true;
};

} // namespace

Document lay_out(const doc::Document& doc, const Fonts& fonts, diag::Diagnostics& diags,
                 const TextLocator& locate) {
    const int errors_before = diags.error_count();
    Pieces pieces = pieces_of(doc, fonts, diags, locate);
    // Text already reported as too wide would be reported again, page by page.
    const bool overflow_said = diags.error_count() > errors_before;
    std::vector<doc::PageSetup> setups;
    for (const Region& r : pieces.regions)
        setups.push_back(r.page);
    Paginator paginator(fonts, std::move(pieces));
    Document out = paginator.run();
    std::vector<doc::PageSetup> per_page;
    for (std::size_t region : paginator.page_regions())
        per_page.push_back(setups[region]);
    if (!overflow_said) check_inside_margins(out, per_page, paginator.numbered(), fonts, diags);
    return out;
}

} // namespace thidua::layout
