// Checking a text's code points against its font (see text_check.hpp).
#include "pdf/text_check.hpp"

#include "pdf/code_point.hpp"
#include "text/utf8.hpp"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>

namespace thidua::pdf {

namespace {

std::string font_words(const EmbeddedFont& font) {
    return font.file->family() + " (" + font.file->path().string() + ")";
}

std::string show(char32_t cp) {
    if (cp < 0x20 || cp == 0x7F) return u_plus(cp) + " (a control character)";
    std::string s = u_plus(cp) + " '";
    text::append_utf8(s, cp);
    return s + "'";
}

// libharu's own lookup, the one that decides what gets drawn.
HPDF_UINT16 libharu_glyph(const EmbeddedFont& font, char32_t cp) {
    const auto* attr = static_cast<HPDF_FontAttr>(font.font->attr);
    return HPDF_TTFontDef_GetGlyphid(attr->fontdef, static_cast<HPDF_UINT16>(cp));
}

bool check_code_point(char32_t cp, const EmbeddedFont& font, const std::string& text,
                      std::string& error) {
    const std::string where = " in \"" + text + "\"";
    if (cp > 0xFFFF) {
        error = show(cp) + where +
                " is outside the Basic Multilingual Plane, which libharu 2.3.0 cannot write";
        return false;
    }
    const auto glyph = font.file->glyph(cp);
    if (cp < 0x20 || cp == 0x7F || !glyph) {
        error = show(cp) + where + " has no glyph in " + font_words(font);
        return false;
    }
    const HPDF_UINT16 harus = libharu_glyph(font, cp);
    if (harus != *glyph) {
        error = show(cp) + where + " maps to glyph " + std::to_string(*glyph) +
                " in the font file but to glyph " + std::to_string(harus) + " in libharu, in " +
                font_words(font);
        return false;
    }
    return true;
}

} // namespace

bool check_and_record(const layout::PlacedText& text, EmbeddedFont& font, std::string& error) {
    if (const auto bad = text::find_invalid_utf8(text.text)) {
        error = "a text is not valid UTF-8: " + bad->reason;
        return false;
    }
    for (std::size_t i = 0; i < text.text.size();) {
        const char32_t cp = text::next_code_point(text.text, i);
        if (font.uses(cp)) continue;
        if (!check_code_point(cp, font, text.text, error)) return false;
        font.use(cp);
    }
    return true;
}

} // namespace thidua::pdf
