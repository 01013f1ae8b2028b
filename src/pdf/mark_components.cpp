// Completing libharu's subset with nested composite components (see
// font_fixes.hpp). libharu 2.3.0 keeps one flag per glyph in
// HPDF_TTFontDefAttr::glyph_tbl.flgs (hpdf_fontdef.h); SaveFontData copies the
// outline of every flagged glyph and leaves the others empty.
#include "pdf/font_fixes.hpp"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>

namespace thidua::pdf {

bool mark_nested_components(EmbeddedFont& font, std::string& error) {
    const auto* attr = static_cast<HPDF_FontAttr>(font.font->attr);
    if (attr->type != HPDF_FONT_TYPE0_TT || attr->fontdef->type != HPDF_FONTDEF_TYPE_TRUETYPE) {
        error = "libharu did not load " + font.file->path().string() + " as a TrueType font";
        return false;
    }
    auto* def = static_cast<HPDF_TTFontDefAttr>(attr->fontdef->attr);
    if (!def->embedding || def->glyph_tbl.flgs == nullptr) {
        error = "libharu is not embedding " + font.file->path().string();
        return false;
    }
    const int count = def->num_glyphs;
    if (count != font.file->glyph_count()) {
        error = "libharu reads " + std::to_string(count) + " glyphs in " +
                font.file->path().string() + " but the font file has " +
                std::to_string(font.file->glyph_count());
        return false;
    }

    // The glyphs libharu marked (those drawn, their first-level components,
    // and .notdef), taken before any change.
    std::vector<font::GlyphId> marked;
    for (int g = 0; g < count; ++g)
        if (def->glyph_tbl.flgs[g]) marked.push_back(static_cast<font::GlyphId>(g));

    for (font::GlyphId g : marked)
        for (font::GlyphId c : font.file->components(g)) {
            if (c >= count) {
                error = "glyph " + std::to_string(g) + " of " + font.file->path().string() +
                        " uses glyph " + std::to_string(c) + ", which does not exist";
                return false;
            }
            def->glyph_tbl.flgs[c] = 1;
        }
    return true;
}

} // namespace thidua::pdf
