// Loading the four styles into libharu (see embedded_fonts.hpp).
#include "pdf/embedded_fonts.hpp"

namespace thidua::pdf {

namespace {

const char* style_name(int i) {
    static const char* const names[] = {"regular", "bold", "italic", "bold italic"};
    return names[i];
}

} // namespace

std::vector<char32_t> EmbeddedFont::used_code_points() const {
    std::vector<char32_t> codes;
    for (std::size_t c = 0; c < used.size(); ++c)
        if (used[c]) codes.push_back(static_cast<char32_t>(c));
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

    HPDF_Font font = HPDF_GetFont(doc_->get(), names_[i].c_str(), "UTF-8");
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
    fonts_.push_back(EmbeddedFont{font, files_[first]});
    slot_[i] = fonts_.size() - 1;
    return &fonts_.back();
}

} // namespace thidua::pdf
