// The descendant CIDFontType2's /W and CIDToGIDMap for the characters used
// (see font_fixes.hpp). With libharu's UTF-8 encoder a character's CID is its
// Unicode value, so both are indexed by code point.
#include "pdf/font_fixes.hpp"

#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

namespace thidua::pdf {

namespace {

// [first [w w ...] first [w ...] ...] for each run of consecutive codes.
HPDF_Array widths(const EmbeddedFont& font, const std::vector<char32_t>& codes, HPDF_MMgr mmgr) {
    HPDF_Array w = HPDF_Array_New(mmgr);
    HPDF_Array run = nullptr;
    char32_t previous = 0;
    const double per_unit = 1000.0 / font.file->units_per_em();
    for (char32_t c : codes) {
        if (w == nullptr) return nullptr;
        if (run == nullptr || c != previous + 1) {
            run = HPDF_Array_New(mmgr);
            if (run == nullptr || HPDF_Array_AddNumber(w, static_cast<HPDF_INT32>(c)) != HPDF_OK ||
                HPDF_Array_Add(w, run) != HPDF_OK)
                return nullptr;
        }
        const double advance = font.file->advance(*font.file->glyph(c)) * per_unit;
        if (HPDF_Array_AddReal(run, static_cast<HPDF_REAL>(advance)) != HPDF_OK) return nullptr;
        previous = c;
    }
    return w;
}

// Two bytes (big-endian glyph id) per CID from 0 to the highest code used.
std::string gid_map(const EmbeddedFont& font, const std::vector<char32_t>& codes) {
    std::string map(codes.empty() ? 0 : 2 * (codes.back() + 1), '\0');
    for (char32_t c : codes) {
        const font::GlyphId g = *font.file->glyph(c);
        map[2 * c] = static_cast<char>(g >> 8);
        map[2 * c + 1] = static_cast<char>(g & 0xFF);
    }
    return map;
}

} // namespace

bool write_cid_metrics(EmbeddedFont& font, std::string& error) {
    const auto* attr = static_cast<HPDF_FontAttr>(font.font->attr);
    HPDF_Dict cid_font = attr->descendant_font;
    HPDF_Dict map_stream = attr->map_stream;
    const std::string failed =
        "could not write the glyph widths and map of " + font.file->path().string();
    if (cid_font == nullptr || map_stream == nullptr || map_stream->stream == nullptr ||
        HPDF_Dict_GetItem(cid_font, "CIDToGIDMap", HPDF_OCLASS_DICT) != map_stream) {
        error = failed + " (libharu's font has no CIDToGIDMap)";
        return false;
    }
    const std::vector<char32_t> codes = font.used_code_points();

    HPDF_Array w = widths(font, codes, cid_font->mmgr);
    if (w == nullptr || HPDF_Dict_Add(cid_font, "W", w) != HPDF_OK) {
        error = failed;
        return false;
    }

    const std::string map = gid_map(font, codes);
    HPDF_MemStream_FreeData(map_stream->stream);
    if (HPDF_Stream_Write(map_stream->stream, reinterpret_cast<const HPDF_BYTE*>(map.data()),
                          static_cast<HPDF_UINT>(map.size())) != HPDF_OK) {
        error = failed;
        return false;
    }
    return true;
}

} // namespace thidua::pdf
