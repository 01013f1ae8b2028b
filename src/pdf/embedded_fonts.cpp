// Cutting the fonts of one PDF and naming them (see embedded_fonts.hpp).
#include "pdf/embedded_fonts.hpp"

#include "i18n/messages.hpp"
#include "pdf/pdf_objects.hpp"

#include <algorithm>
#include <cmath>
#include <hpdf_objects.h>

namespace thidua::pdf {

namespace {

const char* style_name(std::size_t i) {
    static const char* const names[] = {N_("regular"), N_("bold"), N_("italic"), N_("bold italic")};
    return i18n::tr(names[i]);
}

} // namespace

bool EmbeddedFont::use(char32_t cp) {
    if (cp >= 0x10000) return false;
    if (uses(cp)) return true;
    const auto& glyphs = subset.glyphs;
    const auto it = std::lower_bound(glyphs.begin(), glyphs.end(), cp,
                                     [](const auto& entry, char32_t c) { return entry.first < c; });
    if (it == glyphs.end() || it->first != cp) return false;
    std::unique_ptr<CidBlock>& block = cids_[cp >> 8];
    if (!block) block = std::make_unique<CidBlock>(); // zeros
    (*block)[cp & 0xFF] = static_cast<std::uint16_t>(it - glyphs.begin() + 1);
    first_use_.push_back(cp);
    return true;
}

void EmbeddedFont::measure_widths() {
    const double per_unit = 1000.0 / file->units_per_em();
    widths_.assign(subset.glyphs.size() + 1, 0.0);
    for (std::size_t cid = 1; cid < widths_.size(); ++cid)
        widths_[cid] =
            std::round(subset.advance(glyph(static_cast<std::uint16_t>(cid))) * per_unit * 1000) /
            1000;
}

std::vector<char32_t> EmbeddedFont::used_code_points() const {
    std::vector<char32_t> codes = first_use_;
    std::sort(codes.begin(), codes.end());
    return codes;
}

bool EmbeddedFonts::load(HpdfDoc& doc, const FontSet& fonts,
                         const std::array<std::vector<char32_t>, 4>& drawn, std::string& error) {
    for (std::size_t i = 0; i < 4; ++i) {
        if (!fonts[i]) {
            error = i18n::trf("no font was given for the {1} style", {style_name(i)});
            return false;
        }
    }
    fonts_.reserve(4); // at most one per style: pointers handed out stay valid
    for (std::size_t i = 0; i < 4; ++i) {
        if (drawn[i].empty() || slot_[i]) continue;
        // Styles set in one font file (the same PostScript name) share one
        // subset of all their characters (each style's come sorted: merged,
        // then made unique).
        std::vector<char32_t> characters;
        std::vector<std::size_t> sharing;
        for (std::size_t k = i; k < 4; ++k) {
            if (fonts[k]->postscript_name() != fonts[i]->postscript_name() || drawn[k].empty())
                continue;
            const auto middle =
                characters.insert(characters.end(), drawn[k].begin(), drawn[k].end());
            std::inplace_merge(characters.begin(), middle, characters.end());
            sharing.push_back(k);
        }
        characters.erase(std::unique(characters.begin(), characters.end()), characters.end());
        EmbeddedFont font;
        font.file = fonts[i];
        font.subset = fonts[i]->subset(characters, error);
        if (font.subset.empty()) return false;
        font.measure_widths();
        font.resource = "F" + std::to_string(fonts_.size() + 1);
        font.type0 = new_indirect_dict(doc);
        if (font.type0 == nullptr) {
            error = doc.error_text(i18n::trf("make the object of the {1} font", {style_name(i)}));
            return false;
        }
        for (std::size_t k : sharing)
            slot_[k] = fonts_.size();
        fonts_.push_back(std::move(font));
    }
    resources_ = new_indirect_dict(doc);
    bool ok = resources_ != nullptr;
    for (const EmbeddedFont& f : fonts_)
        ok = ok && HPDF_Dict_Add(resources_, f.resource.c_str(), f.type0) == HPDF_OK;
    if (!ok) error = doc.error_text(i18n::tr("name the fonts for the pages"));
    return ok;
}

EmbeddedFont* EmbeddedFonts::for_style(layout::FontStyle style, std::string& error) {
    const auto i = static_cast<std::size_t>(style);
    if (i >= 4) {
        error = i18n::tr("a text has an unknown font style");
        return nullptr;
    }
    if (!slot_[i]) {
        error = i18n::trf("a text is drawn in the {1} style, which was not counted when its font "
                          "was cut",
                          {style_name(i)});
        return nullptr;
    }
    return &fonts_[*slot_[i]];
}

} // namespace thidua::pdf
