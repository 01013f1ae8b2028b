// fuzz_font: a font file's bytes through FontFile's public interface only
// (from_bytes and the queries), so the harness outlives a change of the
// implementation behind it. It asks what layout and the PDF writer ask,
// and checks what the header promises, then cuts the subset a PDF would
// embed and reads it back.
#include "font/font_file.hpp"
#include "require.hpp"
#include "targets.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

namespace thidua::fuzz {
namespace {

// Vietnamese with its stacked marks, digits, punctuation, and code points at
// the edges of the planes.
constexpr std::string_view sample_text =
    "Hội nghị tổng kết công tác thi đua năm 2023 — Cụm trưởng: Ắ ẵ Ỹ ỹ Đ đ Ư ơ, 0123456789 "
    "(%) «…» \xEF\xBF\xBD \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF";

} // namespace

int fuzz_font(const std::uint8_t* data, std::size_t size) {
    std::string error;
    const auto f =
        font::FontFile::from_bytes(std::vector<std::uint8_t>(data, data + size), "fuzz.ttf", error);
    require((f != nullptr) == error.empty(), "from_bytes gives a font or a reason, not both");
    require(!text::find_invalid_utf8(error), "the reason is valid UTF-8");
    if (!f) return 0;

    require(f->units_per_em() > 0 && f->glyph_count() >= 1, "a font has units and glyphs");
    require(f->ascender() >= 0 && f->descender() <= 0, "ascender up, descender down");
    require(f->bytes().size() == size, "bytes() are the bytes read");
    require(!text::find_invalid_utf8(f->family()) && !text::find_invalid_utf8(f->postscript_name()),
            "the names are valid UTF-8");

    std::vector<font::GlyphId> used{0, static_cast<font::GlyphId>(f->glyph_count() - 1)};
    for (std::size_t i = 0; i < sample_text.size();) {
        const char32_t cp = text::next_code_point(sample_text, i);
        if (const auto g = f->glyph(cp)) {
            require(*g != 0 && *g < f->glyph_count(), "glyph() names a real glyph of the font");
            used.push_back(*g);
        }
    }
    // The first glyphs too: a composite glyph is often among them.
    for (int g = 1; g < std::min(f->glyph_count(), 64); ++g)
        used.push_back(static_cast<font::GlyphId>(g));
    for (const font::GlyphId g : used)
        require(f->advance(g) >= 0, "advances are not negative");
    const double width = f->measure(sample_text, units::Pt(13)).value;
    require(std::isfinite(width) && width >= 0, "a measured width is a length");

    // The subset a PDF would embed of the characters the font has, read back
    // (a program with only the tables a PDF needs: from_bytes gives a reason,
    // no character map, and must not crash on it).
    std::vector<char32_t> drawn;
    for (std::size_t i = 0; i < sample_text.size();) {
        const char32_t cp = text::next_code_point(sample_text, i);
        if (f->has(cp)) drawn.push_back(cp);
    }
    std::sort(drawn.begin(), drawn.end());
    drawn.erase(std::unique(drawn.begin(), drawn.end()), drawn.end());
    std::string why;
    const font::FontFile::Subset cut = f->subset(drawn, why);
    require(cut.empty() != why.empty(), "subset gives bytes or a reason, not both");
    if (!cut.empty()) {
        const auto back = font::FontFile::from_bytes(cut.bytes, "subset.ttf", why);
        require((back != nullptr) == why.empty(), "a subset reads back or gives a reason");
        for (const auto& [cp, g] : cut.glyphs)
            require(g < cut.advances.size(), "the plan maps a character to a glyph of the subset");
    }
    return 0;
}

} // namespace thidua::fuzz
