// FontFile::subset: the font program a PDF embeds, cut by HarfBuzz's
// hb-subset (libharfbuzz-subset0) to the glyphs of the characters drawn and
// every glyph they are built from, with the subset plan's glyph mapping.
// Only src/font includes HarfBuzz.
#include "font/font_file.hpp"
#include "font/font_lookup.hpp"
#include "font/hb_handles.hpp"
#include "i18n/messages.hpp"

#include <algorithm>
#include <hb-subset.h>
#include <hb.h>
#include <memory>
#include <optional>

namespace thidua::font {

namespace {

using Input =
    std::unique_ptr<hb_subset_input_t, hb::Delete<hb_subset_input_t, hb_subset_input_destroy>>;
using Plan =
    std::unique_ptr<hb_subset_plan_t, hb::Delete<hb_subset_plan_t, hb_subset_plan_destroy>>;

// HarfBuzz's value for a key, or nullopt when the map has none.
std::optional<hb_codepoint_t> lookup(const hb_map_t* map, hb_codepoint_t key) {
    const hb_codepoint_t v = hb_map_get(map, key);
    if (v == HB_MAP_VALUE_INVALID) return std::nullopt;
    return v;
}

// The tables an embedded TrueType program needs (ISO 32000-1 9.9: glyf,
// head, hhea, hmtx, loca, maxp; cvt, fpgm and prep only for hinting, which
// is dropped). Every other table is dropped, whatever the font holds: the
// PDF names the font, gives its metrics and widths and maps its codes to
// glyphs itself (a Type0 font over a CIDFontType2 with a CIDToGIDMap), so
// no viewer reads the program's cmap, name, OS/2 or post, nor its layout,
// colour, bitmap or variation tables. iText and PoDoFo embed the same set.
// (cmap, name, OS/2 and post were 1.1 million instructions of hb-subset's
// work and 1.7 KB of each sample's minutes.)
constexpr hb_tag_t kept[] = {
    HB_TAG('g', 'l', 'y', 'f'), HB_TAG('l', 'o', 'c', 'a'), HB_TAG('h', 'e', 'a', 'd'),
    HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'), HB_TAG('m', 'a', 'x', 'p'),
};

} // namespace

std::optional<GlyphId> FontFile::Subset::glyph(char32_t cp) const {
    const auto it = std::lower_bound(glyphs.begin(), glyphs.end(), cp,
                                     [](const auto& entry, char32_t c) { return entry.first < c; });
    if (it == glyphs.end() || it->first != cp) return std::nullopt;
    return it->second;
}

FontFile::Subset FontFile::subset(const std::vector<char32_t>& code_points,
                                  std::string& error) const {
    const std::string failed =
        i18n::trf("could not cut the glyphs drawn out of the font {1}", {path_.string()});
    if (!lookup_) {
        error = failed;
        return {};
    }
    // The face and font read() made, shared by every subset and thread:
    // HarfBuzz's tables and their accelerators (cmap, glyf) are built once
    // a process, not once a subset; reading them is safe from any thread.
    hb_font_t* const font = lookup_->font.get();
    hb_face_t* const face = hb_font_get_face(font);
    Input input(hb_subset_input_create_or_fail());
    if (!input) {
        error = failed + " " + i18n::tr("(out of memory)");
        return {};
    }
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
    for (char32_t cp : code_points)
        hb_set_add(unicodes, cp);
    hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    hb_set_clear(drop);
    for (hb_tag_t t : kept)
        hb_set_add(drop, t);
    hb_set_invert(drop); // every table but those
    // No hinting: the PDF is printed and shown scaled.
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    const Plan plan(hb_subset_plan_create_or_fail(face, input.get()));
    const hb::Face cut(plan ? hb_subset_plan_execute_or_fail(plan.get()) : nullptr);
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

    Subset result;
    const hb_map_t* unicode_to_old = hb_subset_plan_unicode_to_old_glyph_mapping(plan.get());
    const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
    const hb_map_t* new_to_old = hb_subset_plan_new_to_old_glyph_mapping(plan.get());
    for (char32_t cp : code_points) {
        const auto old = lookup(unicode_to_old, cp);
        const auto now = old ? lookup(old_to_new, *old) : std::nullopt;
        if (now && *now != 0 && *now <= 0xFFFF)
            result.glyphs.emplace_back(cp, static_cast<GlyphId>(*now));
    }
    std::sort(result.glyphs.begin(), result.glyphs.end());
    result.glyphs.erase(std::unique(result.glyphs.begin(), result.glyphs.end()),
                        result.glyphs.end());

    const unsigned count = hb_face_get_glyph_count(cut.get());
    bool any = false;
    result.advances.resize(count, 0);
    for (unsigned g = 0; g < count; ++g) {
        const auto old = lookup(new_to_old, g);
        if (!old) continue;
        result.advances[g] = static_cast<std::uint16_t>(advance(static_cast<GlyphId>(*old)));
        hb_glyph_extents_t e{};
        if (!hb_font_get_glyph_extents(font, *old, &e) || e.width == 0 || e.height == 0)
            continue; // a space, or no outline
        // HarfBuzz gives the top-left corner and a negative height.
        const std::array<int, 4> b{e.x_bearing, e.y_bearing + e.height, e.x_bearing + e.width,
                                   e.y_bearing};
        auto& box = result.bounds;
        box = any ? std::array<int, 4>{std::min(box[0], b[0]), std::min(box[1], b[1]),
                                       std::max(box[2], b[2]), std::max(box[3], b[3])}
                  : b;
        any = true;
    }
    result.bytes.assign(data, data + length);
    return result;
}

} // namespace thidua::font
