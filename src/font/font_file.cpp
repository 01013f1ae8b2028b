// FontFile: reads a TrueType file whole (io::FileBytes), has HarfBuzz check
// and read it, and keeps the metrics, names and character map layout needs.
#include "font/font_file.hpp"

#include "font/font_lookup.hpp"
#include "font/harfbuzz_library.hpp"
#include "font/hb_handles.hpp"
#include "i18n/messages.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <hb-ot.h>

namespace thidua::font {

namespace fs = std::filesystem;

namespace {

// The largest font file read; real fonts with Vietnamese are well under it.
constexpr std::uintmax_t max_font_bytes = 64u << 20;

constexpr const char* cff_outlines = N_("it is an OpenType font with PostScript (CFF) outlines, "
                                        "which thidua cannot embed; use a TrueType font (.ttf)");

std::string cannot_read(const fs::path& path, const std::string& why) {
    return i18n::trf("cannot read the font file {1}: {2}", {path.string(), why});
}

std::optional<io::FileBytes> read_whole_file(const fs::path& path, std::string& error) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status)) {
        error = cannot_read(path, i18n::tr("there is no such file; check the name and the folder"));
        return std::nullopt;
    }
    if (fs::is_directory(status)) {
        error = cannot_read(path, i18n::tr("this is a folder, not a font file (.ttf)"));
        return std::nullopt;
    }
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) {
        error = cannot_read(path, ec.message());
        return std::nullopt;
    }
    if (size > max_font_bytes) {
        error = cannot_read(
            path, i18n::trf("it is {1} MiB, larger than any font file thidua reads (64 MiB)",
                            {std::to_string(size >> 20)}));
        return std::nullopt;
    }
    std::string system_reason; // the sentence below says what to do instead
    std::optional<io::FileBytes> bytes = io::FileBytes::read(path, system_reason);
    if (!bytes) error = cannot_read(path, i18n::tr("check that you may open it"));
    return bytes;
}

// OS/2 fsType: "restricted licence" (bit 1) without "preview & print" or
// "editable" (bits 2, 3), or "bitmap embedding only" (bit 9), since the PDF
// embeds outlines.
bool forbids_embedding(std::uint16_t fs_type) {
    constexpr std::uint16_t restricted = 0x0002;
    constexpr std::uint16_t preview_print = 0x0004;
    constexpr std::uint16_t editable = 0x0008;
    constexpr std::uint16_t bitmap_only = 0x0200;
    return ((fs_type & restricted) && !(fs_type & (preview_print | editable))) ||
           (fs_type & bitmap_only);
}

// A PostScript name made from the family when the font has none.
std::string postscript_from(const std::string& family) {
    std::string name;
    for (const char c : family)
        if (c > ' ' && c < 0x7F && std::string_view("[](){}<>/%").find(c) == std::string_view::npos)
            name += c;
    return name;
}

} // namespace

std::shared_ptr<const FontFile> FontFile::load(const fs::path& path, std::string& error) {
    error.clear();
    std::optional<io::FileBytes> bytes = read_whole_file(path, error);
    if (!bytes) return nullptr;
    return from_buffer(std::move(*bytes), path, error);
}

std::shared_ptr<const FontFile> FontFile::from_bytes(std::vector<std::uint8_t> bytes,
                                                     const fs::path& name, std::string& error) {
    return from_buffer(io::FileBytes::copy_of(bytes), name, error);
}

std::shared_ptr<const FontFile> FontFile::from_buffer(io::FileBytes bytes, const fs::path& name,
                                                      std::string& error) {
    error.clear();
    if (!load_harfbuzz(error)) return nullptr;
    std::shared_ptr<FontFile> font(new FontFile());
    font->path_ = name;
    if (bytes.size() > max_font_bytes) {
        error =
            cannot_read(name, i18n::tr("it is larger than any font file thidua reads (64 MiB)"));
        return nullptr;
    }
    font->bytes_ = std::move(bytes);
    if (!font->read(error)) return nullptr;
    return font;
}

void FontFile::FreeLookup::operator()(Lookup* lookup) const {
    delete lookup;
}

FontFile::FontFile() = default;
FontFile::~FontFile() = default;

namespace {

// The ranges of characters read ahead (FontFile::common_glyphs_), each
// [first, last], and where each starts in the tables.
struct CommonRange {
    char32_t first;
    char32_t last;
    std::size_t at;
};
constexpr std::array<CommonRange, 5> common_ranges{{
    {0x0000, 0x024F, 0},   // Basic Latin to Latin Extended-B (ă, â, đ, ê, ô, ơ, ư)
    {0x0300, 0x036F, 592}, // combining marks (input not in NFC)
    {0x1E00, 0x1EFF, 704}, // Latin Extended Additional (ạ, ả, ấ, ... ỹ)
    {0x2000, 0x206F, 960}, // general punctuation (dashes, quotes, ellipsis)
    {0x20A0, 0x20CF, 1072} // currency signs (₫)
}};
constexpr std::size_t common_count = 1120;
constexpr bool ranges_follow_each_other() {
    std::size_t at = 0;
    for (const CommonRange& r : common_ranges) {
        if (r.at != at) return false;
        at += r.last - r.first + 1;
    }
    return at == common_count;
}
static_assert(ranges_follow_each_other());

// Where `cp` is in the tables read ahead, or npos when it is not.
std::size_t common_index(char32_t cp) {
    if (cp <= common_ranges[0].last) return cp;
    for (std::size_t r = 1; r < common_ranges.size(); ++r)
        if (cp >= common_ranges[r].first && cp <= common_ranges[r].last)
            return common_ranges[r].at + (cp - common_ranges[r].first);
    return std::string::npos;
}

std::uint32_t big_endian(std::span<const std::uint8_t> b, std::size_t at, int size) {
    std::uint32_t v = 0;
    for (int k = 0; k < size; ++k)
        v = v << 8 | b[at + static_cast<std::size_t>(k)];
    return v;
}

// Whether every table the directory lists lies inside the file. HarfBuzz
// cuts a table that runs past the end of the file short instead of failing,
// so a truncated file would read as a font with damaged tables: this (the
// directory's offsets and lengths, nothing of the tables themselves) is the
// one part of the file read without HarfBuzz.
bool tables_inside(std::span<const std::uint8_t> b) {
    if (b.size() < 12) return false;
    const std::size_t tables = big_endian(b, 4, 2);
    if (b.size() < 12 + 16 * tables) return false;
    for (std::size_t i = 0; i < tables; ++i) {
        const std::uint64_t offset = big_endian(b, 12 + 16 * i + 8, 4);
        const std::uint64_t length = big_endian(b, 12 + 16 * i + 12, 4);
        if (offset + length > b.size()) return false;
    }
    return true;
}

std::string name_of(hb_face_t* face, hb_ot_name_id_t id) {
    // English first (HarfBuzz's choice for HB_LANGUAGE_INVALID), any other after.
    unsigned length = 0;
    length = hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &length, nullptr);
    if (length == 0) return "";
    std::string text(length + 1, '\0');
    unsigned size = length + 1;
    hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &size, text.data());
    text.resize(size);
    return text::find_invalid_utf8(text) ? "" : text;
}

} // namespace

bool FontFile::read(std::string& error) {
    const std::uint32_t magic = bytes_.size() >= 4 ? big_endian(bytes_.bytes(), 0, 4) : 0;
    if (magic == 0x74746366) { // 'ttcf'
        error = cannot_read(path_, i18n::tr("it is a font collection (.ttc) holding several "
                                            "fonts; use a single TrueType font (.ttf)"));
        return false;
    }
    if (magic == 0x4F54544F) { // 'OTTO'
        error = cannot_read(path_, i18n::tr(cff_outlines));
        return false;
    }
    const hb::Blob blob = hb::blob_of(bytes_.bytes());
    if (hb_face_count(blob.get()) == 0 || (magic != 0x00010000 && magic != 0x74727565)) {
        error = cannot_read(path_, i18n::tr("it is not a TrueType font (.ttf)"));
        return false;
    }
    const auto damaged = [&](const std::string& what) {
        error = cannot_read(path_, i18n::trf("it is damaged or cut short ({1})", {what}));
        return false;
    };
    if (!tables_inside(bytes_.bytes()))
        return damaged(i18n::tr("its table directory points outside the file"));
    const hb::Face face(hb_face_create(blob.get(), 0));
    const auto has = [&](const char* tag) {
        return hb::table_length(face.get(), hb_tag_from_string(tag, 4)) > 0;
    };
    if (!has("glyf") && (has("CFF ") || has("CFF2"))) {
        error = cannot_read(path_, i18n::tr(cff_outlines));
        return false;
    }
    for (const char* required : {"head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf"})
        if (!has(required)) return damaged(i18n::trf("the '{1}' table is missing", {required}));
    const unsigned glyphs = hb_face_get_glyph_count(face.get());
    if (glyphs == 0 || glyphs > 65535)
        return damaged(i18n::tr("its 'maxp' table is too short or holds impossible values"));

    family_ = name_of(face.get(), HB_OT_NAME_ID_FONT_FAMILY);
    ps_name_ = name_of(face.get(), HB_OT_NAME_ID_POSTSCRIPT_NAME);
    if (family_.empty()) family_ = path_.stem().string();
    if (ps_name_.empty()) ps_name_ = postscript_from(family_);

    // OS/2 fsType (bytes 8-9 of the table): HarfBuzz has no call for it.
    const hb::Blob os2(hb_face_reference_table(face.get(), HB_TAG('O', 'S', '/', '2')));
    unsigned os2_length = 0;
    const char* os2_data = hb_blob_get_data(os2.get(), &os2_length);
    if (os2_data != nullptr && os2_length >= 10) {
        fs_type_ = static_cast<std::uint16_t>(static_cast<unsigned char>(os2_data[8]) << 8 |
                                              static_cast<unsigned char>(os2_data[9]));
        if (forbids_embedding(fs_type_)) {
            error = i18n::trf("the font {1} ({2}) does not allow embedding (OS/2 fsType); "
                              "choose another font",
                              {family_, path_.string()});
            return false;
        }
    }

    units_per_em_ = static_cast<int>(hb_face_get_upem(face.get()));
    const hb::Font font(hb_font_create(face.get()));
    hb_font_set_scale(font.get(), units_per_em_, units_per_em_); // answers in font units

    hb_font_extents_t extents{};
    hb_font_get_h_extents(font.get(), &extents);
    // Some fonts give the descender as a positive depth; a damaged one may
    // give a negative ascender: keep the ascender above the line.
    ascender_ = std::max<int>(0, extents.ascender);
    descender_ = extents.descender > 0 ? -extents.descender : extents.descender;

    glyph_count_ = glyphs;

    // The glyphs of the common ranges with HarfBuzz's batch call, which
    // stops at the first character without one: that one is skipped and
    // the call made again from the next.
    std::vector<hb_codepoint_t> codes;
    codes.reserve(common_count);
    for (const CommonRange& r : common_ranges)
        for (char32_t cp = r.first; cp <= r.last; ++cp)
            codes.push_back(cp);
    std::vector<hb_codepoint_t> found(codes.size(), 0);
    for (std::size_t i = 0; i < codes.size();) {
        i += hb_font_get_nominal_glyphs(font.get(), static_cast<unsigned>(codes.size() - i),
                                        codes.data() + i, sizeof(hb_codepoint_t), found.data() + i,
                                        sizeof(hb_codepoint_t));
        if (i < codes.size()) found[i++] = 0;
    }
    // Their advances with one batch call too (a glyph none has is .notdef).
    bool any = false;
    for (hb_codepoint_t& g : found) {
        if (g >= glyphs) g = 0;
        any = any || g != 0;
    }
    std::vector<hb_position_t> widths(found.size());
    hb_font_get_glyph_h_advances(font.get(), static_cast<unsigned>(found.size()), found.data(),
                                 sizeof(hb_codepoint_t), widths.data(), sizeof(hb_position_t));
    common_glyphs_.resize(codes.size());
    common_advances_.resize(codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i) {
        common_glyphs_[i] = static_cast<GlyphId>(found[i]);
        common_advances_[i] =
            static_cast<std::uint16_t>(std::clamp<hb_position_t>(widths[i], 0, 65535));
    }
    if (!any) { // no Latin letter: has it any character at all?
        const hb::Set unicodes(hb_set_create());
        hb_face_collect_unicodes(face.get(), unicodes.get());
        if (hb_set_is_empty(unicodes.get())) {
            error = cannot_read(path_, i18n::tr("it has no Unicode character map (cmap format 4 "
                                                "or 12), so no letter can be found in it"));
            return false;
        }
    }

    hb_position_t cap = 0;
    if (hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_CAP_HEIGHT, &cap) && cap > 0) {
        cap_height_ = cap;
    } else {
        hb_glyph_extents_t h{};
        const auto g = glyph(U'H');
        cap_height_ = g && hb_font_get_glyph_extents(font.get(), *g, &h) && h.y_bearing > 0
                          ? h.y_bearing
                          : static_cast<int>(std::lround(0.7 * units_per_em_));
    }
    hb_position_t x_height = 0;
    if (hb_ot_metrics_get_position(font.get(), HB_OT_METRICS_TAG_X_HEIGHT, &x_height))
        x_height_ = std::max<int>(0, x_height);
    italic_angle_ = hb_style_get_value(font.get(), HB_STYLE_TAG_SLANT_ANGLE);
    if (!std::isfinite(italic_angle_) || std::abs(italic_angle_) > 90) italic_angle_ = 0;
    const float weight = hb_style_get_value(font.get(), HB_STYLE_TAG_WEIGHT);
    weight_class_ = std::isfinite(weight) && weight >= 1 && weight <= 1000
                        ? static_cast<int>(std::lround(weight))
                        : 400;
    // Kept, read-only from here on: HarfBuzz's objects may then be used by
    // several threads at once.
    hb_font_make_immutable(font.get());
    lookup_.reset(new Lookup{hb::Font(hb_font_reference(font.get()))});
    return true;
}

std::optional<GlyphId> FontFile::glyph(char32_t cp) const {
    const std::size_t at = common_index(cp);
    hb_codepoint_t g = 0;
    if (at != std::string::npos)
        g = common_glyphs_[at];
    else if (!lookup_ || !hb_font_get_nominal_glyph(lookup_->font.get(), cp, &g) ||
             g >= glyph_count_)
        g = 0;
    if (g == 0) return std::nullopt;
    return static_cast<GlyphId>(g);
}

int FontFile::advance(GlyphId g) const {
    if (g >= glyph_count_ || !lookup_) return 0;
    return std::clamp<hb_position_t>(hb_font_get_glyph_h_advance(lookup_->font.get(), g), 0, 65535);
}

units::Pt FontFile::measure(std::string_view utf8, units::Pt size) const {
    long long total = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t cp = text::next_code_point(utf8, i);
        const std::size_t at = common_index(cp);
        total += at != std::string::npos ? common_advances_[at] : advance(glyph(cp).value_or(0));
    }
    return units::Pt(size.value * static_cast<double>(total) / units_per_em_);
}

} // namespace thidua::font
