// Drawing the texts of a page (see draw_page.hpp).
#include "pdf/draw_page.hpp"
#include "pdf/text_check.hpp"

namespace thidua::pdf {

bool draw_texts(HpdfDoc& doc, HPDF_Page page, const std::vector<layout::PlacedText>& texts,
                EmbeddedFonts& fonts, std::string& error) {
    if (texts.empty()) return true;
    HPDF_Page_SetGrayFill(page, 0);
    HPDF_Page_BeginText(page);
    const EmbeddedFont* current = nullptr;
    double current_size = -1;
    for (const layout::PlacedText& t : texts) {
        if (t.text.empty()) continue;
        EmbeddedFont* font = fonts.for_style(t.style, error);
        if (font == nullptr || !check_and_record(t, *font, error)) return false;
        if (font != current || t.size.value != current_size) {
            HPDF_Page_SetFontAndSize(page, font->font, static_cast<HPDF_REAL>(t.size.value));
            current = font;
            current_size = t.size.value;
        }
        // TextOut moves relative to the line matrix, so positions are exact
        // whatever width libharu computes for the previous text.
        HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(t.x.value),
                          static_cast<HPDF_REAL>(t.baseline.value), t.text.c_str());
        if (doc.failed()) {
            error = doc.error_text("draw the text \"" + t.text + "\"");
            return false;
        }
    }
    HPDF_Page_EndText(page);
    return true;
}

} // namespace thidua::pdf
