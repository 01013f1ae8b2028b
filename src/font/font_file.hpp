// A TrueType font file read for what layout and the PDF writer need: which
// character has a glyph, advance widths, vertical metrics, names, and the
// subset a PDF embeds. HarfBuzz reads the file (hb_face_t, hb_font_t,
// hb_ot_*, hb-subset); its headers stay in src/font: no third-party types
// here.
#pragma once

#include "io/file_bytes.hpp"
#include "units/pt.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::font {

using GlyphId = std::uint16_t;

class FontFile {
public:
    // Reads and checks a TrueType (glyf-outline) font. On failure returns
    // nullptr and sets `error` to a plain sentence (file missing, not a
    // TrueType font, CFF outlines, embedding forbidden by OS/2 fsType, ...).
    static std::shared_ptr<const FontFile> load(const std::filesystem::path& path,
                                                std::string& error);
    // The same for a file's bytes already in memory; `name` stands for the
    // path in messages and in path().
    static std::shared_ptr<const FontFile> from_bytes(std::vector<std::uint8_t> bytes,
                                                      const std::filesystem::path& name,
                                                      std::string& error);

    const std::filesystem::path& path() const { return path_; }
    const std::string& family() const { return family_; }           // name ID 1
    const std::string& postscript_name() const { return ps_name_; } // name ID 6

    int units_per_em() const { return units_per_em_; }
    int ascender() const { return ascender_; }   // hhea, font units, positive
    int descender() const { return descender_; } // hhea, font units, negative
    int cap_height() const { return cap_height_; }
    int x_height() const { return x_height_; } // OS/2 sxHeight, 0 when unknown
    // post italicAngle in degrees (negative: leaning right); 0 for upright.
    double italic_angle() const { return italic_angle_; }
    // OS/2 usWeightClass (400 regular, 700 bold).
    int weight_class() const { return weight_class_; }

    // OS/2 fsType, the embedding licence bits (0 when the font has no OS/2
    // table). load() already refuses fonts that forbid embedding; bit 8
    // (0x0100) asks that the font not be subset.
    std::uint16_t fs_type() const { return fs_type_; }

    // The glyph for a code point, or nullopt when the font has none (a glyph
    // id of 0, .notdef, counts as none).
    std::optional<GlyphId> glyph(char32_t cp) const;
    bool has(char32_t cp) const { return glyph(cp).has_value(); }

    // Advance width in font units (asked of HarfBuzz: the glyphs measured
    // most, those of the common ranges below, are read ahead).
    int advance(GlyphId g) const;

    // Width of UTF-8 text set at `size` (no kerning); code points without a
    // glyph count with the width of .notdef.
    units::Pt measure(std::string_view utf8, units::Pt size) const;

    int glyph_count() const { return static_cast<int>(glyph_count_); }

    // The whole file as read.
    std::span<const std::uint8_t> bytes() const { return bytes_.bytes(); }

    // This font cut down by HarfBuzz's hb-subset to the glyphs of
    // `code_points`, every glyph they are built from (at any depth) and
    // .notdef, renumbered from 0, without hinting, glyph names or layout
    // tables: the font program a PDF embeds. Empty bytes, with `error` set,
    // on failure.
    struct Subset;
    Subset subset(const std::vector<char32_t>& code_points, std::string& error) const;

    FontFile(const FontFile&) = delete;
    FontFile& operator=(const FontFile&) = delete;
    ~FontFile();

private:
    FontFile();

    // from_bytes without the copy: the bytes as load read them.
    static std::shared_ptr<const FontFile>
    from_buffer(io::FileBytes bytes, const std::filesystem::path& name, std::string& error);

    // HarfBuzz's face and font over bytes_, kept to find the glyphs of
    // characters outside the ranges read ahead (font_file.cpp).
    struct Lookup;
    struct FreeLookup {
        void operator()(Lookup* lookup) const;
    };

    // Reads bytes_ with HarfBuzz into the members below; false with `error`
    // set when the file is not a usable TrueType font.
    bool read(std::string& error);

    std::filesystem::path path_;
    std::string family_;
    std::string ps_name_;
    int units_per_em_ = 1000;
    int ascender_ = 0;
    int descender_ = 0;
    int cap_height_ = 0;
    int x_height_ = 0;
    double italic_angle_ = 0;
    int weight_class_ = 400;
    std::uint16_t fs_type_ = 0;
    io::FileBytes bytes_;
    unsigned glyph_count_ = 0;
    std::unique_ptr<Lookup, FreeLookup> lookup_;
    // The glyph (0: none) and advance (.notdef's where there is no glyph) of
    // every character of the ranges Vietnamese text is written in (Latin
    // letters, combining marks, Latin Extended Additional, punctuation,
    // currency signs; font_file.cpp), read when the font is: measuring text
    // is then one look-up a character. Any other character is asked of
    // HarfBuzz when needed, not read ahead with the thousands a font holds.
    std::vector<GlyphId> common_glyphs_;
    std::vector<std::uint16_t> common_advances_;
};

// A font cut for a PDF (FontFile::subset), with what the PDF's font objects
// need to know of it, taken from HarfBuzz's subset plan (no reading back).
struct FontFile::Subset {
    std::vector<std::uint8_t> bytes; // the font program
    // Each code point asked for that the font has, and its glyph in `bytes`;
    // sorted by code point.
    std::vector<std::pair<char32_t, GlyphId>> glyphs;
    std::vector<std::uint16_t> advances; // per glyph of `bytes`, font units
    // The box holding every glyph of `bytes` (xMin, yMin, xMax, yMax; font
    // units): the font descriptor's FontBBox.
    std::array<int, 4> bounds{0, 0, 0, 0};

    bool empty() const { return bytes.empty(); }
    std::optional<GlyphId> glyph(char32_t cp) const;
    int advance(GlyphId g) const { return g < advances.size() ? advances[g] : 0; }
};

} // namespace thidua::font
