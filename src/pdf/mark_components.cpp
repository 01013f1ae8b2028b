// Keeping every glyph of the subset libharu embeds (see font_fixes.hpp).
// libharu 2.3.0 keeps one flag per glyph in HPDF_TTFontDefAttr::glyph_tbl.flgs
// (hpdf_fontdef.h); SaveFontData copies the outline of every flagged glyph
// and leaves the others empty.
#include "pdf/font_fixes.hpp"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>

namespace thidua::pdf {

bool keep_every_glyph(EmbeddedFont& font, std::string& error) {
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
        error = "libharu reads " + std::to_string(count) + " glyphs in the subset of " +
                font.file->path().string() + " but HarfBuzz made " +
                std::to_string(font.file->glyph_count());
        return false;
    }
    for (int g = 0; g < count; ++g)
        def->glyph_tbl.flgs[g] = 1;
    return true;
}

} // namespace thidua::pdf
