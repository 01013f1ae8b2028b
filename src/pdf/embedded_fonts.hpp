// Private to src/pdf: the fonts of one PDF. Each distinct font of the four
// styles is cut by HarfBuzz to the characters drawn in it
// (font::FontFile::subset) and written by this writer as a Type0 font over a
// CIDFontType2 (font_objects.hpp): libharu 2.3.0's own TrueType route copies
// and re-subsets the font and writes a wrong /ToUnicode, /W and names.
#pragma once

#include "pdf/hpdf_doc.hpp"
#include "pdf/pdf_writer.hpp"

#include <array>
#include <cstdint>
#include <hpdf.h>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace thidua::pdf {

// One font embedded in the PDF. A character's code in the page content (its
// CID) is its place, counted from 1, among the characters of the subset
// (subset.glyphs, sorted by code point); the CIDToGIDMap takes it to the
// glyph of the subset. CIDs are then as few as the characters: the map, the
// /W widths and the CIDSet stay a few hundred bytes, where CIDs equal to
// Unicode values made the map two bytes for every code up to the highest
// drawn (16 KB a font for Vietnamese letters).
class EmbeddedFont {
public:
    std::shared_ptr<const font::FontFile> file; // the whole font: names, metrics
    font::FontFile::Subset subset;              // what is embedded (/FontFile2)
    std::string resource;                       // "F1": its name in the pages' /Font
    HPDF_Dict type0 = nullptr;                  // the object pages refer to

    // Records a code point (at most U+FFFF) as drawn with this font; false
    // when the subset has no glyph for it.
    bool use(char32_t cp);
    bool uses(char32_t cp) const { return cid(cp) != 0; }
    // The CID of a code point recorded by use(), 0 for any other.
    std::uint16_t cid(char32_t cp) const {
        if (cp >= 0x10000) return 0;
        const CidBlock* block = cids_[cp >> 8].get();
        return block != nullptr ? (*block)[cp & 0xFF] : 0;
    }
    // The code points drawn with it, sorted (and so their CIDs too).
    std::vector<char32_t> used_code_points() const;

    // The glyph of the subset a CID stands for (0 for CID 0).
    font::GlyphId glyph(std::uint16_t cid) const {
        return cid == 0 || cid > subset.glyphs.size() ? 0 : subset.glyphs[cid - 1u].second;
    }
    // A CID's advance in thousandths of the font size, to three decimals:
    // the number /W gives a viewer for it, and the one the page content
    // counts with when it joins the words of a line (content_stream.hpp).
    double width(std::uint16_t cid) const { return cid < widths_.size() ? widths_[cid] : 0; }
    // Fills width() from the subset (once it is cut).
    void measure_widths();

private:
    // The CID of each code point of the BMP used so far, 0 for the rest, in
    // blocks of 256 code points made when one of theirs is first used (a
    // Vietnamese document draws from four or five). One table of 128 KiB
    // instead was zeroed whole when the allocator took it from its heap.
    using CidBlock = std::array<std::uint16_t, 256>;
    std::array<std::unique_ptr<CidBlock>, 256> cids_;
    std::vector<char32_t> first_use_; // the code points used, in order of first use
    std::vector<double> widths_;      // width() by CID
};

class EmbeddedFonts {
public:
    // For every style that draws something, the subset of its font holding
    // the characters `drawn[style]` (styles sharing a font share one subset
    // of their characters together), and an empty font object for it, named
    // in one /Font dictionary all pages share. Fails on a missing style or a
    // font HarfBuzz cannot cut.
    bool load(HpdfDoc& doc, const FontSet& fonts, const std::array<std::vector<char32_t>, 4>& drawn,
              std::string& error);

    // The font for a style; nullptr (and `error`) when none was loaded.
    EmbeddedFont* for_style(layout::FontStyle style, std::string& error);

    // The /Font resource dictionary naming every font (an indirect object).
    HPDF_Dict resources() const { return resources_; }

    // Every font loaded, in order of style.
    std::vector<EmbeddedFont>& all() { return fonts_; }

private:
    std::array<std::optional<std::size_t>, 4> slot_; // index into fonts_ per style
    std::vector<EmbeddedFont> fonts_;
    HPDF_Dict resources_ = nullptr;
};

} // namespace thidua::pdf
