// Giving each embedded font its plain PostScript name (see font_fixes.hpp).
// libharu 2.3.0 appends ",Subfamily" to the name for every subfamily but
// "Regular" ("DejaVuSerif,Book", "LiberationSerif-Bold,Bold", and, as it stops
// at the first space, "LiberationSerif-BoldItalic,Bold"). In a PDF that comma
// suffix asks the reader to synthesise the style, wrong for a real embedded
// bold or italic font.
#include "pdf/font_fixes.hpp"

#include <cstring>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>

namespace thidua::pdf {

void use_postscript_name(EmbeddedFont& font) {
    const auto* attr = static_cast<HPDF_FontAttr>(font.font->attr);
    // "HPDFAA+Name,Style": the name libharu writes as BaseFont and FontName.
    auto* def = static_cast<HPDF_TTFontDefAttr>(attr->fontdef->attr);
    if (char* comma = std::strchr(def->base_font, ',')) *comma = '\0';
}

} // namespace thidua::pdf
