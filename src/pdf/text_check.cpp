// Checking a text's code points against its font (see text_check.hpp).
#include "pdf/text_check.hpp"

#include "i18n/messages.hpp"
#include "pdf/code_point.hpp"
#include "text/utf8.hpp"

namespace thidua::pdf {

namespace {

std::string font_words(const EmbeddedFont& font) {
    return font.file->family() + " (" + font.file->path().string() + ")";
}

std::string show(char32_t cp) {
    if (cp < 0x20 || cp == 0x7F) return u_plus(cp) + " " + i18n::tr("(a control character)");
    std::string s = u_plus(cp) + " '";
    text::append_utf8(s, cp);
    return s + "'";
}

// Checks a code point not yet recorded, and records it (its CID) when it may be drawn.
bool check_code_point(char32_t cp, EmbeddedFont& font, const std::string& text,
                      std::string& error) {
    if (cp > 0xFFFF) {
        error = i18n::trf("{1} in \"{2}\" is outside the Basic Multilingual Plane, which the PDF's "
                          "2-byte character codes cannot hold",
                          {show(cp), text});
        return false;
    }
    if (cp < 0x20 || cp == 0x7F || !font.use(cp)) {
        error = i18n::trf("{1} in \"{2}\" has no glyph in {3}", {show(cp), text, font_words(font)});
        return false;
    }
    return true;
}

} // namespace

bool check_and_record(const layout::PlacedText& text, EmbeddedFont& font, std::u16string& codes,
                      double& advance, std::string& error) {
    codes.clear();
    advance = 0;
    if (const auto bad = text::find_invalid_utf8(text.text)) {
        error = i18n::trf("a text is not valid UTF-8: {1}", {bad->reason});
        return false;
    }
    codes.reserve(text.text.size());
    for (std::size_t i = 0; i < text.text.size();) {
        const char32_t cp = text::next_code_point(text.text, i);
        std::uint16_t cid = font.cid(cp); // 0: not recorded yet
        if (cid == 0) {
            if (!check_code_point(cp, font, text.text, error)) return false;
            cid = font.cid(cp); // recorded now
        }
        codes.push_back(static_cast<char16_t>(cid));
        advance += font.width(cid);
    }
    return true;
}

} // namespace thidua::pdf
