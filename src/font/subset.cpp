// FontFile::subset: the font program a PDF embeds, cut by HarfBuzz's
// hb-subset (libharfbuzz-subset0) to the glyphs of the characters drawn and
// every glyph they are built from. Only src/font includes HarfBuzz.
#include "font/font_file.hpp"
#include "font/hb_handles.hpp"

#include <hb-subset.h>
#include <hb.h>
#include <memory>

namespace thidua::font {

namespace {

using Input =
    std::unique_ptr<hb_subset_input_t, hb::Delete<hb_subset_input_t, hb_subset_input_destroy>>;

// Tables a PDF viewer never reads from an embedded TrueType font (ISO 32000
// 9.9: it uses glyf, loca, head, hhea, hmtx, maxp and, for the symbolic
// case, cmap; libharu also reads name, OS/2 and post): layout (GSUB, GPOS,
// GDEF, kern), hinting extras, bitmaps, signatures.
constexpr hb_tag_t dropped[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('k', 'e', 'r', 'n'), HB_TAG('g', 'a', 's', 'p'), HB_TAG('h', 'd', 'm', 'x'),
    HB_TAG('V', 'D', 'M', 'X'), HB_TAG('L', 'T', 'S', 'H'), HB_TAG('D', 'S', 'I', 'G'),
    HB_TAG('P', 'C', 'L', 'T'), HB_TAG('F', 'F', 'T', 'M'), HB_TAG('m', 'e', 't', 'a'),
    HB_TAG('E', 'B', 'D', 'T'), HB_TAG('E', 'B', 'L', 'C'), HB_TAG('E', 'B', 'S', 'C'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'),
    HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'), HB_TAG('V', 'O', 'R', 'G'),
    HB_TAG('S', 'T', 'A', 'T'), HB_TAG('f', 'v', 'a', 'r'), HB_TAG('g', 'v', 'a', 'r'),
    HB_TAG('a', 'v', 'a', 'r'), HB_TAG('H', 'V', 'A', 'R'), HB_TAG('M', 'V', 'A', 'R'),
};

} // namespace

std::vector<std::uint8_t> FontFile::subset(const std::vector<char32_t>& code_points,
                                           std::string& error) const {
    const std::string failed = "could not cut the glyphs drawn out of the font " + path_.string();
    const hb::Blob blob = hb::blob_of(bytes_);
    const hb::Face face(hb_face_create(blob.get(), 0));
    Input input(hb_subset_input_create_or_fail());
    if (!input) {
        error = failed + " (out of memory)";
        return {};
    }
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
    for (char32_t cp : code_points)
        hb_set_add(unicodes, cp);
    hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (hb_tag_t t : dropped)
        hb_set_add(drop, t);
    // No hinting (the PDF is printed and shown scaled); glyph names are
    // dropped by default (post version 3).
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    const hb::Face cut(hb_subset_or_fail(face.get(), input.get()));
    if (!cut) {
        error = failed;
        return {};
    }
    const hb::Blob out(hb_face_reference_blob(cut.get()));
    unsigned length = 0;
    const char* data = hb_blob_get_data(out.get(), &length);
    if (data == nullptr || length == 0) {
        error = failed;
        return {};
    }
    return std::vector<std::uint8_t>(data, data + length);
}

} // namespace thidua::font
