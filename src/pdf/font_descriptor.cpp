// The PDF/A additions to each font descriptor (see pdfa_parts.hpp).
#include "pdf/cid_set.hpp"
#include "pdf/pdfa_parts.hpp"

#include <cmath>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

namespace thidua::pdf {

bool complete_font_descriptor(EmbeddedFont& font, std::string& error) {
    const auto* attr = static_cast<HPDF_FontAttr>(font.font->attr);
    const std::string failed =
        "could not complete the font descriptor of " + font.file->path().string();
    // libharu makes the descriptor, with the subset font file, in the Type0
    // font's before-write function (hpdf_font_cid.c). Called now it does that
    // work early; called again while saving it finds the descriptor made and
    // only sets the same names again.
    if (attr->fontdef->descriptor == nullptr &&
        (font.font->before_write_fn == nullptr ||
         font.font->before_write_fn(font.font) != HPDF_OK)) {
        error = failed + " (libharu could not make it)";
        return false;
    }
    HPDF_Dict descriptor = attr->fontdef->descriptor;
    if (descriptor == nullptr || attr->descendant_font == nullptr ||
        HPDF_Dict_GetItem(attr->descendant_font, "FontDescriptor", HPDF_OCLASS_DICT) !=
            descriptor) {
        error = failed + " (libharu's font has no descriptor)";
        return false;
    }
    if (HPDF_Dict_GetItem(descriptor, "FontFile2", HPDF_OCLASS_DICT) == nullptr) {
        error = failed + " (the font is not embedded)";
        return false;
    }

    // PDF 1.4 requires /CapHeight (in glyph space, 1000 units per em).
    const double cap = font.file->cap_height() * 1000.0 / font.file->units_per_em();
    if (HPDF_Dict_AddNumber(descriptor, "CapHeight", static_cast<HPDF_INT32>(std::lround(cap))) !=
        HPDF_OK) {
        error = failed;
        return false;
    }

    HPDF_Dict cid_set = HPDF_DictStream_New(descriptor->mmgr, attr->xref);
    if (cid_set == nullptr) {
        error = failed;
        return false;
    }
    cid_set->filter = font.font->filter; // compressed like the font's other streams
    const std::string bits = cid_set_bits(font.used_code_points());
    if (HPDF_Stream_Write(cid_set->stream, reinterpret_cast<const HPDF_BYTE*>(bits.data()),
                          static_cast<HPDF_UINT>(bits.size())) != HPDF_OK ||
        HPDF_Dict_Add(descriptor, "CIDSet", cid_set) != HPDF_OK) {
        error = failed;
        return false;
    }
    return true;
}

} // namespace thidua::pdf
