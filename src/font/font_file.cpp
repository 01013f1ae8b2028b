// FontFile: reads a TrueType file whole, checks it, keeps the metrics and the
// character map layout needs, and finds the parts of composite glyphs for
// the PDF writer.
#include "font/font_file.hpp"

#include "font/sfnt_tables.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>

namespace thidua::font {

namespace fs = std::filesystem;

namespace {

// The largest font file read; real fonts with Vietnamese are well under it.
constexpr std::uintmax_t max_font_bytes = 64u << 20;
// Composite glyphs nest a few levels at most; deeper is a damaged font.
constexpr int max_nesting = 16;

constexpr const char* cff_outlines = "it is an OpenType font with PostScript (CFF) outlines, "
                                     "which thidua cannot embed; use a TrueType font (.ttf)";

std::string cannot_read(const fs::path& path, const std::string& why) {
    return "cannot read the font file " + path.string() + ": " + why;
}

bool read_whole_file(const fs::path& path, std::vector<std::uint8_t>& bytes, std::string& error) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status)) {
        error = cannot_read(path, "there is no such file; check the name and the folder");
        return false;
    }
    if (fs::is_directory(status)) {
        error = cannot_read(path, "this is a folder, not a font file (.ttf)");
        return false;
    }
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) {
        error = cannot_read(path, ec.message());
        return false;
    }
    if (size > max_font_bytes) {
        error = cannot_read(path, "it is " + std::to_string(size >> 20) +
                                      " MiB, larger than any font file thidua reads (64 MiB)");
        return false;
    }
    bytes.resize(static_cast<std::size_t>(size));
    std::ifstream in(path, std::ios::binary);
    if (!in ||
        !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size))) {
        error = cannot_read(path, "check that you may open it");
        return false;
    }
    return true;
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
    std::vector<std::uint8_t> bytes;
    if (!read_whole_file(path, bytes, error)) return nullptr;
    return from_bytes(std::move(bytes), path, error);
}

std::shared_ptr<const FontFile> FontFile::from_bytes(std::vector<std::uint8_t> bytes,
                                                     const fs::path& name, std::string& error) {
    error.clear();
    std::shared_ptr<FontFile> font(new FontFile());
    font->path_ = name;
    if (bytes.size() > max_font_bytes) {
        error = cannot_read(name, "it is larger than any font file thidua reads (64 MiB)");
        return nullptr;
    }
    font->bytes_ = std::move(bytes);
    if (!font->read_tables(error)) return nullptr;
    font->low_advances_.assign(0x2000, font->advance(0));
    font->low_has_.assign(0x2000, false);
    for (const auto& [cp, g] : font->cmap_) {
        if (cp >= 0x2000) continue;
        font->low_advances_[cp] = font->advance(g);
        font->low_has_[cp] = true;
    }
    return font;
}

bool FontFile::read_tables(std::string& error) {
    const sfnt::Window file{std::span<const std::uint8_t>(bytes_)};
    switch (sfnt::file_kind(file)) {
    case sfnt::FileKind::truetype:
        break;
    case sfnt::FileKind::cff_opentype:
        error = cannot_read(path_, cff_outlines);
        return false;
    case sfnt::FileKind::collection:
        error = cannot_read(path_, "it is a font collection (.ttc) holding several fonts; use a "
                                   "single TrueType font (.ttf)");
        return false;
    case sfnt::FileKind::other:
        error = cannot_read(path_, "it is not a TrueType font (.ttf)");
        return false;
    }

    const auto damaged = [&](const std::string& what) {
        error = cannot_read(path_, "it is damaged or cut short (" + what + ")");
        return false;
    };
    const auto directory = sfnt::read_directory(file);
    if (!directory) return damaged("its table directory points outside the file");
    const auto table = [&](std::string_view name) -> std::optional<sfnt::Window> {
        const auto record = sfnt::find_table(*directory, sfnt::tag(name));
        if (!record) return std::nullopt;
        return sfnt::Window(
            std::span<const std::uint8_t>(bytes_).subspan(record->offset, record->length));
    };
    const auto bad_table = [&](std::string_view name) {
        return damaged("its '" + std::string(name) +
                       "' table is too short or holds impossible values");
    };

    if (!table("glyf") && table("CFF ")) {
        error = cannot_read(path_, cff_outlines);
        return false;
    }
    for (const std::string_view required : {"head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf"})
        if (!table(required))
            return damaged("the '" + std::string(required) + "' table is missing");

    if (const auto name = table("name")) {
        family_ = sfnt::read_name(*name, 1);
        ps_name_ = sfnt::read_name(*name, 6);
    }
    if (family_.empty()) family_ = path_.stem().string();
    if (ps_name_.empty()) ps_name_ = postscript_from(family_);

    std::optional<int> os2_cap_height;
    if (const auto os2_table = table("OS/2")) {
        const auto os2 = sfnt::read_os2(*os2_table);
        if (!os2) return bad_table("OS/2");
        fs_type_ = os2->fs_type;
        os2_cap_height = os2->cap_height;
        if (forbids_embedding(fs_type_)) {
            error = "the font " + family_ + " (" + path_.string() +
                    ") does not allow embedding (OS/2 fsType); choose another font";
            return false;
        }
    }

    const auto head = sfnt::read_head(*table("head"));
    if (!head) return bad_table("head");
    const auto hhea = sfnt::read_hhea(*table("hhea"));
    if (!hhea) return bad_table("hhea");
    const auto glyph_count = sfnt::read_glyph_count(*table("maxp"));
    if (!glyph_count) return bad_table("maxp");
    auto advances = sfnt::read_advances(*table("hmtx"), hhea->long_metrics, *glyph_count);
    if (!advances) return bad_table("hmtx");
    auto cmap = sfnt::read_cmap(*table("cmap"), *glyph_count);
    if (!cmap) return bad_table("cmap");
    if (cmap->empty()) {
        error = cannot_read(path_, "it has no Unicode character map (cmap format 4 or 12), so no "
                                   "letter can be found in it");
        return false;
    }
    const auto glyf = sfnt::find_table(*directory, sfnt::tag("glyf"));
    auto loca = sfnt::read_loca(*table("loca"), head->long_loca, *glyph_count, glyf->length);
    if (!loca) return bad_table("loca");

    units_per_em_ = head->units_per_em;
    // Some fonts give the descender as a positive depth; a damaged one may
    // give a negative ascender or the most negative int16, which has no
    // positive: widen before negating, and keep the ascender above the line.
    ascender_ = std::max<int>(0, hhea->ascender);
    const int descender = hhea->descender;
    descender_ = descender > 0 ? -descender : descender;
    advances_ = std::move(*advances);
    cmap_ = std::move(*cmap);
    loca_ = std::move(*loca);
    glyf_offset_ = glyf->offset;
    glyf_length_ = glyf->length;

    cap_height_ = os2_cap_height.value_or(0);
    if (cap_height_ <= 0) {
        const auto h = glyph(U'H');
        const auto y_max = h ? sfnt::glyph_y_max(sfnt::Window(glyph_bytes(*h))) : std::nullopt;
        cap_height_ =
            y_max && *y_max > 0 ? *y_max : static_cast<int>(std::lround(0.7 * units_per_em_));
    }
    return true;
}

std::span<const std::uint8_t> FontFile::glyph_bytes(GlyphId g) const {
    // read_tables checked that glyf lies in the file and loca inside glyf,
    // never decreasing.
    if (g + std::size_t{1} >= loca_.size()) return {};
    return std::span<const std::uint8_t>(bytes_).subspan(glyf_offset_ + loca_[g],
                                                         loca_[g + 1u] - loca_[g]);
}

std::optional<GlyphId> FontFile::glyph(char32_t cp) const {
    const auto it = std::lower_bound(cmap_.begin(), cmap_.end(), cp,
                                     [](const auto& entry, char32_t c) { return entry.first < c; });
    if (it == cmap_.end() || it->first != cp) return std::nullopt;
    return it->second;
}

int FontFile::advance(GlyphId g) const {
    return g < advances_.size() ? advances_[g] : 0;
}

units::Pt FontFile::measure(std::string_view utf8, units::Pt size) const {
    long long total = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t cp = text::next_code_point(utf8, i);
        total += cp < low_advances_.size() ? low_advances_[cp] : advance(glyph(cp).value_or(0));
    }
    return units::Pt(size.value * static_cast<double>(total) / units_per_em_);
}

std::vector<GlyphId> FontFile::components(GlyphId g) const {
    std::vector<GlyphId> found;
    if (g >= glyph_count()) return found;
    std::vector<bool> seen(static_cast<std::size_t>(glyph_count()));
    seen[g] = true; // a cycle back to g does not list g
    // Breadth first, so each glyph is opened at the shallowest depth it has.
    std::vector<std::pair<GlyphId, int>> to_open{{g, 0}};
    for (std::size_t next = 0; next < to_open.size(); ++next) {
        const auto [current, depth] = to_open[next];
        if (depth >= max_nesting) continue;
        for (const GlyphId part : sfnt::composite_parts(sfnt::Window(glyph_bytes(current)))) {
            if (part >= glyph_count() || seen[part]) continue;
            seen[part] = true;
            found.push_back(part);
            to_open.emplace_back(part, depth + 1);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace thidua::font
