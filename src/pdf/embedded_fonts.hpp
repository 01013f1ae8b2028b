// Private to src/pdf: the four font styles loaded into one libharu document,
// each distinct font embedded once, cut by HarfBuzz to the characters drawn
// in it (font::FontFile::subset) and handed to libharu through a memfd.
#pragma once

#include "pdf/hpdf_doc.hpp"
#include "pdf/pdf_writer.hpp"

#include <array>
#include <hpdf.h>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace thidua::pdf {

// One font embedded in the PDF: libharu's Type0 font over a TrueType subset,
// the subset as read back (its glyph ids are the ones in the PDF), and the
// characters drawn with it.
class EmbeddedFont {
public:
    EmbeddedFont(HPDF_Font f, std::shared_ptr<const font::FontFile> ff)
        : font(f), file(std::move(ff)) {}

    HPDF_Font font;
    std::shared_ptr<const font::FontFile> file;

    // Records a code point (at most U+FFFF) as drawn with this font.
    void use(char32_t cp) {
        if (!used_[cp]) {
            used_[cp] = true;
            first_use_.push_back(cp);
        }
    }
    bool uses(char32_t cp) const { return cp < used_.size() && used_[cp]; }
    // The code points drawn with it, sorted.
    std::vector<char32_t> used_code_points() const;

private:
    std::vector<bool> used_ = std::vector<bool>(0x10000);
    std::vector<char32_t> first_use_; // the same, in order of first use
};

class EmbeddedFonts {
public:
    // Loads into `doc`, for every style that draws something, the subset of
    // its font holding the characters `drawn[style]` (styles sharing a font
    // share one subset of their characters together). Fails on a missing
    // style, a font HarfBuzz cannot cut or libharu refuses. Fonts are
    // created in the PDF only when first used.
    bool load(HpdfDoc& doc, const FontSet& fonts, const std::array<std::vector<char32_t>, 4>& drawn,
              std::string& error);

    // The font for a style, created on first use; nullptr (and `error`) when
    // libharu fails.
    EmbeddedFont* for_style(layout::FontStyle style, std::string& error);

    // Every font used so far, in order of first use.
    std::vector<EmbeddedFont>& used() { return fonts_; }

private:
    HpdfDoc* doc_ = nullptr;
    FontSet files_;
    std::array<std::string, 4> names_;               // libharu's names of the loaded fonts
    std::array<std::optional<std::size_t>, 4> slot_; // index into fonts_ per style
    std::vector<EmbeddedFont> fonts_;
};

} // namespace thidua::pdf
