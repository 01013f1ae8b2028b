// Drawing the rules of a page (see draw_page.hpp).
#include "pdf/draw_page.hpp"

#include <algorithm>
#include <charconv>
#include <hpdf_pages.h>
#include <string>

namespace thidua::pdf {

namespace {

// Centre-to-centre distance of the dots of a dotted rule of width `w`.
double dot_pitch(double w) {
    return std::max(2.0, 3.0 * w);
}

// A dash array [0 pitch]: with round caps every zero-length dash is a round
// dot of the line's width. libharu 2.3.0's HPDF_Page_SetDash takes whole
// numbers and refuses 0, so the operator is written into the page's content
// stream directly.
// (std::to_chars: never the C locale's decimal comma.)
bool set_dots(HPDF_Page page, double width) {
    char num[32];
    const auto r =
        std::to_chars(num, num + sizeof num, dot_pitch(width), std::chars_format::fixed, 3);
    if (r.ec != std::errc()) return false;
    const std::string op = "[0 " + std::string(num, r.ptr) + "] 0 d\012";
    auto* attr = static_cast<HPDF_PageAttr>(page->attr);
    return HPDF_Stream_WriteStr(attr->stream, op.c_str()) == HPDF_OK;
}

} // namespace

bool draw_rules(HpdfDoc& doc, HPDF_Page page, const std::vector<layout::PlacedRule>& rules,
                std::string& error) {
    if (rules.empty()) return true;
    HPDF_Page_SetGrayStroke(page, 0);
    double width = -1;
    for (const layout::PlacedRule& r : rules) {
        if (r.dotted) {
            HPDF_Page_GSave(page);
            HPDF_Page_SetLineCap(page, HPDF_ROUND_END);
            if (!set_dots(page, r.width.value)) {
                error = doc.error_text("write a dotted rule");
                return false;
            }
            HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(r.width.value));
        } else if (r.width.value != width) {
            HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(r.width.value));
            width = r.width.value;
        }
        HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(r.x1.value),
                         static_cast<HPDF_REAL>(r.y1.value));
        HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(r.x2.value),
                         static_cast<HPDF_REAL>(r.y2.value));
        HPDF_Page_Stroke(page);
        if (r.dotted) HPDF_Page_GRestore(page); // back to butt caps, no dash, `width`
        if (doc.failed()) {
            error = doc.error_text("draw a rule");
            return false;
        }
    }
    return true;
}

} // namespace thidua::pdf
