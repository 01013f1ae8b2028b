// Rewriting libharu's /ToUnicode stream (see font_fixes.hpp). In the UTF-8
// (Identity-H) setup libharu writes each character as the 2-byte big-endian
// code of its Unicode value (hpdf_encoder_utf.c), and the CIDToGIDMap takes
// that code to the glyph; so the ToUnicode map is the identity on the
// characters used.
#include "pdf/font_fixes.hpp"
#include "pdf/to_unicode_cmap.hpp"

#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

namespace thidua::pdf {

bool replace_to_unicode(EmbeddedFont& font, std::string& error) {
    const auto* attr = static_cast<HPDF_FontAttr>(font.font->attr);
    HPDF_Dict cmap = attr->cmap_stream;
    // The object libharu registered as /ToUnicode (it also sets its filter
    // before writing, so it is compressed like the other font streams).
    if (cmap == nullptr || cmap->stream == nullptr ||
        HPDF_Dict_GetItem(font.font, "ToUnicode", HPDF_OCLASS_DICT) != cmap) {
        error = "libharu's font for " + font.file->path().string() + " has no /ToUnicode stream";
        return false;
    }

    // The same object, emptied: keys of an encoding CMap go, the text is ours.
    HPDF_MemStream_FreeData(cmap->stream);
    for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"})
        HPDF_Dict_RemoveElement(cmap, key);

    const std::string text = to_unicode_cmap(font.used_code_points());
    if (HPDF_Stream_Write(cmap->stream, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                          static_cast<HPDF_UINT>(text.size())) != HPDF_OK) {
        error = "could not write the /ToUnicode map of " + font.file->path().string();
        return false;
    }
    return true;
}

} // namespace thidua::pdf
