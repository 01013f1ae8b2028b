// The last check of a layout, as Apache FOP warns of overflow: every word
// and every rule inside the text block of its page (the page number alone
// stands in the top margin). Anything outside is an error, so no document
// is written with text past a margin or below the foot.
#include "i18n/messages.hpp"
#include "layout/layout.hpp"
#include "layout/line_breaking.hpp"
#include "text/number.hpp"

#include <algorithm>

namespace thidua::layout {
namespace {

using units::Pt;

constexpr Pt tolerance{0.5};

std::string where(std::size_t page) {
    return i18n::trf("page {1}", {text::to_text(static_cast<long long>(page + 1))});
}

} // namespace

void check_inside_margins(const Document& doc, const std::vector<doc::PageSetup>& setups,
                          const std::vector<bool>& numbered, const Fonts& fonts,
                          diag::Diagnostics& diags) {
    const font::FontFile& f = *fonts[0];
    const double descent = -static_cast<double>(f.descender()) / f.units_per_em();
    const double ascent_k = static_cast<double>(f.ascender()) / f.units_per_em();
    int reported = 0;
    for (std::size_t k = 0; k < doc.pages.size() && k < setups.size(); ++k) {
        const doc::PageSetup& s = setups[k];
        const Pt left = s.margin_left - tolerance;
        const Pt right = s.width - s.margin_right + tolerance;
        const Pt bottom = s.margin_bottom - tolerance;
        const Pt top = s.height - s.margin_top + tolerance;
        const Page& page = doc.pages[k];
        for (std::size_t i = numbered[k] ? 1 : 0; i < page.texts.size(); ++i) {
            const PlacedText& t = page.texts[i];
            const Pt w = fonts[static_cast<std::size_t>(t.style)]->measure(t.text, t.size);
            const bool outside = t.x < left || t.x + w > right ||
                                 t.baseline - t.size * descent < bottom ||
                                 t.baseline + t.size * ascent_k > top;
            if (outside && reported++ < 5) {
                diags.error({0, 0}, i18n::trf("{1}: '{2}' stands outside the text block (past a "
                                              "margin); the layout could not fit it. Shorten it "
                                              "or widen its column",
                                              {where(k), t.text}));
            }
        }
        for (const PlacedRule& r : page.rules) {
            const bool outside = std::min(r.x1, r.x2) < left || std::max(r.x1, r.x2) > right ||
                                 std::min(r.y1, r.y2) < bottom || std::max(r.y1, r.y2) > top;
            if (outside && reported++ < 5)
                diags.error({0, 0},
                            i18n::trf("{1}: a rule stands outside the text block", {where(k)}));
        }
    }
}

} // namespace thidua::layout
