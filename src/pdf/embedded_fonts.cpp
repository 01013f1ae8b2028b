// Loading the four styles into libharu (see embedded_fonts.hpp).
#include "pdf/embedded_fonts.hpp"

#include <algorithm>
#include <hpdf_fontdef.h>

namespace thidua::pdf {

namespace {

// libharu's HPDF_GetFont fills the CIDToGIDMap and /W of a TrueType font for
// all 65536 codes, each looked up by a linear scan of the font's cmap: about
// 10 ms per font, for a map the PDF needs only for the characters drawn.
// While the font is created, this guard makes every lookup a one-step
// "glyph 0" (a format 0 table of zeros); write_cid_metrics (font_fixes.hpp)
// then writes both for the characters used.
class BlankCmap {
public:
    explicit BlankCmap(HPDF_FontDef def)
        : attr_(static_cast<HPDF_TTFontDefAttr>(def->attr)), saved_(attr_->cmap) {
        attr_->cmap.format = 0;
        attr_->cmap.glyph_id_array = zeros_.data();
    }
    ~BlankCmap() { attr_->cmap = saved_; }
    BlankCmap(const BlankCmap&) = delete;
    BlankCmap& operator=(const BlankCmap&) = delete;

private:
    HPDF_TTFontDefAttr attr_;
    HPDF_TTF_CmapRange saved_;
    std::array<HPDF_UINT16, 256> zeros_{};
};

const char* style_name(int i) {
    static const char* const names[] = {"regular", "bold", "italic", "bold italic"};
    return names[i];
}

} // namespace

std::vector<char32_t> EmbeddedFont::used_code_points() const {
    std::vector<char32_t> codes = first_use_;
    std::sort(codes.begin(), codes.end());
    return codes;
}

bool EmbeddedFonts::load(HpdfDoc& doc, const FontSet& fonts, std::string& error) {
    doc_ = &doc;
    files_ = fonts;
    fonts_.reserve(4); // at most one per style: pointers handed out stay valid
    for (int i = 0; i < 4; ++i) {
        if (!fonts[i]) {
            error = std::string("no font was given for the ") + style_name(i) + " style";
            return false;
        }
        const std::string path = fonts[i]->path().string();
        // libharu keeps one definition per PostScript name: loading the same
        // font twice gives back the first one's name.
        const char* name = HPDF_LoadTTFontFromFile(doc.get(), path.c_str(), HPDF_TRUE);
        if (name == nullptr || doc.failed()) {
            error = doc.error_text("load the " + std::string(style_name(i)) + " font " + path);
            return false;
        }
        names_[i] = name;
    }
    return true;
}

EmbeddedFont* EmbeddedFonts::for_style(layout::FontStyle style, std::string& error) {
    const auto i = static_cast<std::size_t>(style);
    if (i >= 4) {
        error = "a text has an unknown font style";
        return nullptr;
    }
    if (slot_[i]) return &fonts_[*slot_[i]];

    HPDF_Font font = nullptr;
    if (HPDF_FontDef def = HPDF_GetFontDef(doc_->get(), names_[i].c_str())) {
        const BlankCmap fast(def);
        font = HPDF_GetFont(doc_->get(), names_[i].c_str(), "UTF-8");
    }
    if (font == nullptr || doc_->failed()) {
        error = doc_->error_text("create the " + std::string(style_name(static_cast<int>(i))) +
                                 " font " + files_[i]->path().string());
        return nullptr;
    }
    for (std::size_t k = 0; k < fonts_.size(); ++k)
        if (fonts_[k].font == font) {
            slot_[i] = k;
            return &fonts_[k];
        }
    // libharu embeds the file loaded first under this name.
    std::size_t first = 0;
    while (names_[first] != names_[i])
        ++first;
    fonts_.emplace_back(font, files_[first]);
    slot_[i] = fonts_.size() - 1;
    return &fonts_.back();
}

} // namespace thidua::pdf
