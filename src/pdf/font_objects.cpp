// The objects of an embedded font (see font_objects.hpp).
#include "pdf/font_objects.hpp"

#include "i18n/messages.hpp"
#include "pdf/cid_set.hpp"
#include "pdf/pdf_objects.hpp"
#include "pdf/to_unicode_cmap.hpp"

#include <cmath>
#include <hpdf_objects.h>

namespace thidua::pdf {

namespace {

// The CIDs of the characters drawn with `font` (sorted, as their code
// points are).
std::vector<std::uint16_t> cids_of(const EmbeddedFont& font, const std::vector<char32_t>& codes) {
    std::vector<std::uint16_t> cids;
    cids.reserve(codes.size());
    for (char32_t c : codes)
        cids.push_back(font.cid(c));
    return cids;
}

// [first [w w ...] first [w ...] ...] for each run of consecutive CIDs, in
// thousandths of the font size.
HPDF_Array widths(const EmbeddedFont& font, const std::vector<std::uint16_t>& cids,
                  HPDF_MMgr mmgr) {
    HPDF_Array w = HPDF_Array_New(mmgr);
    HPDF_Array run = nullptr;
    std::uint16_t previous = 0;
    for (std::uint16_t c : cids) {
        if (w == nullptr) return nullptr;
        if (run == nullptr || c != previous + 1) {
            run = HPDF_Array_New(mmgr);
            if (run == nullptr || HPDF_Array_AddNumber(w, c) != HPDF_OK ||
                HPDF_Array_Add(w, run) != HPDF_OK)
                return nullptr;
        }
        if (HPDF_Array_AddReal(run, static_cast<HPDF_REAL>(font.width(c))) != HPDF_OK)
            return nullptr;
        previous = c;
    }
    return w;
}

// Two bytes (big-endian glyph id) per CID from 0 to the highest CID used.
std::string gid_map(const EmbeddedFont& font, const std::vector<std::uint16_t>& cids) {
    std::string map(cids.empty() ? 0 : 2 * (cids.back() + 1u), '\0');
    for (std::uint16_t c : cids) {
        const font::GlyphId g = font.glyph(c);
        map[2u * c] = static_cast<char>(g >> 8);
        map[2u * c + 1] = static_cast<char>(g & 0xFF);
    }
    return map;
}

// A length in font units in thousandths of the em, as descriptors give it.
HPDF_INT32 per_mille(const EmbeddedFont& font, double units) {
    return static_cast<HPDF_INT32>(std::lround(units * 1000.0 / font.file->units_per_em()));
}

HPDF_Dict descriptor(HpdfDoc& doc, const EmbeddedFont& font, const std::string& name,
                     const std::vector<std::uint16_t>& cids, bool pdfa) {
    const font::FontFile& f = *font.file;
    HPDF_Dict d = new_indirect_dict(doc);
    const std::vector<std::uint8_t>& bytes = font.subset.bytes;
    HPDF_Dict program = new_flate_stream(
        doc, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    HPDF_Array box = HPDF_Array_New(doc.get()->mmgr);
    if (d == nullptr || program == nullptr || box == nullptr) return nullptr;
    for (int v : font.subset.bounds)
        if (HPDF_Array_AddNumber(box, per_mille(font, v)) != HPDF_OK) return nullptr;
    // Flags: nonsymbolic (6), italic (7). StemV has no table to come from:
    // the usual estimate from the weight class (400 gives 88, 700 gives 166).
    const bool italic = f.italic_angle() != 0;
    const double weight = f.weight_class() / 65.0;
    bool ok =
        HPDF_Dict_AddName(d, "Type", "FontDescriptor") == HPDF_OK &&
        HPDF_Dict_AddName(d, "FontName", name.c_str()) == HPDF_OK &&
        HPDF_Dict_AddNumber(d, "Flags", 32 | (italic ? 64 : 0)) == HPDF_OK &&
        HPDF_Dict_Add(d, "FontBBox", box) == HPDF_OK &&
        HPDF_Dict_AddReal(d, "ItalicAngle", static_cast<HPDF_REAL>(f.italic_angle())) == HPDF_OK &&
        HPDF_Dict_AddNumber(d, "Ascent", per_mille(font, f.ascender())) == HPDF_OK &&
        HPDF_Dict_AddNumber(d, "Descent", per_mille(font, f.descender())) == HPDF_OK &&
        HPDF_Dict_AddNumber(d, "CapHeight", per_mille(font, f.cap_height())) == HPDF_OK &&
        HPDF_Dict_AddNumber(
            d, "StemV", static_cast<HPDF_INT32>(50 + std::lround(weight * weight))) == HPDF_OK &&
        (f.x_height() == 0 ||
         HPDF_Dict_AddNumber(d, "XHeight", per_mille(font, f.x_height())) == HPDF_OK) &&
        HPDF_Dict_AddNumber(program, "Length1", static_cast<HPDF_INT32>(bytes.size())) == HPDF_OK &&
        HPDF_Dict_Add(d, "FontFile2", program) == HPDF_OK;
    if (ok && pdfa) {
        HPDF_Dict cid_set = new_flate_stream(doc, cid_set_bits(cids));
        ok = cid_set != nullptr && HPDF_Dict_Add(d, "CIDSet", cid_set) == HPDF_OK;
    }
    return ok ? d : nullptr;
}

HPDF_Dict cid_font(HpdfDoc& doc, const EmbeddedFont& font, const std::string& name,
                   const std::vector<std::uint16_t>& cids, bool pdfa) {
    HPDF_Dict cid = new_indirect_dict(doc);
    HPDF_Dict info = HPDF_Dict_New(doc.get()->mmgr);
    HPDF_Dict desc = descriptor(doc, font, name, cids, pdfa);
    HPDF_Array w = widths(font, cids, doc.get()->mmgr);
    HPDF_Dict map = new_flate_stream(doc, gid_map(font, cids));
    const bool ok = cid != nullptr && info != nullptr && desc != nullptr && w != nullptr &&
                    map != nullptr && HPDF_Dict_AddName(cid, "Type", "Font") == HPDF_OK &&
                    HPDF_Dict_AddName(cid, "Subtype", "CIDFontType2") == HPDF_OK &&
                    HPDF_Dict_AddName(cid, "BaseFont", name.c_str()) == HPDF_OK &&
                    add_text(info, "Registry", "Adobe") && add_text(info, "Ordering", "Identity") &&
                    HPDF_Dict_AddNumber(info, "Supplement", 0) == HPDF_OK &&
                    HPDF_Dict_Add(cid, "CIDSystemInfo", info) == HPDF_OK &&
                    HPDF_Dict_Add(cid, "FontDescriptor", desc) == HPDF_OK &&
                    HPDF_Dict_Add(cid, "W", w) == HPDF_OK &&
                    HPDF_Dict_Add(cid, "CIDToGIDMap", map) == HPDF_OK;
    return ok ? cid : nullptr;
}

} // namespace

std::string subset_tag(const std::string& postscript_name, const std::vector<char32_t>& codes) {
    std::uint64_t h = 0xcbf29ce484222325u; // FNV-1a
    const auto mix = [&h](std::uint64_t byte) {
        h ^= byte;
        h *= 0x100000001b3u;
    };
    for (const char c : postscript_name)
        mix(static_cast<unsigned char>(c));
    for (const char32_t c : codes)
        for (int shift = 0; shift < 32; shift += 8)
            mix((c >> shift) & 0xFF);
    std::string tag;
    for (int i = 0; i < 6; ++i, h /= 26)
        tag += static_cast<char>('A' + h % 26);
    return tag;
}

bool write_font_objects(HpdfDoc& doc, EmbeddedFont& font, bool pdfa, std::string& error) {
    const std::vector<char32_t> codes = font.used_code_points();
    const std::string& postscript = font.file->postscript_name();
    const std::string name = subset_tag(postscript, codes) + "+" + postscript;
    const std::vector<std::uint16_t> cids = cids_of(font, codes);
    std::vector<CidCharacter> characters;
    characters.reserve(codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i)
        characters.push_back({cids[i], codes[i]});
    HPDF_Dict cid = cid_font(doc, font, name, cids, pdfa);
    HPDF_Array descendants = HPDF_Array_New(doc.get()->mmgr);
    HPDF_Dict to_unicode = new_flate_stream(doc, to_unicode_cmap(characters));
    HPDF_Dict t = font.type0;
    const bool ok = cid != nullptr && descendants != nullptr && to_unicode != nullptr &&
                    HPDF_Array_Add(descendants, cid) == HPDF_OK &&
                    HPDF_Dict_AddName(t, "Type", "Font") == HPDF_OK &&
                    HPDF_Dict_AddName(t, "Subtype", "Type0") == HPDF_OK &&
                    HPDF_Dict_AddName(t, "BaseFont", name.c_str()) == HPDF_OK &&
                    HPDF_Dict_AddName(t, "Encoding", "Identity-H") == HPDF_OK &&
                    HPDF_Dict_Add(t, "DescendantFonts", descendants) == HPDF_OK &&
                    HPDF_Dict_Add(t, "ToUnicode", to_unicode) == HPDF_OK;
    if (!ok)
        error = doc.error_text(
            i18n::trf("write the font objects of {1}", {font.file->path().string()}));
    return ok;
}

} // namespace thidua::pdf
