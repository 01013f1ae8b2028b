// Private to src/pdf: drawing one laid-out page's texts and rules with
// libharu's page operators.
#pragma once

#include "layout/page.hpp"
#include "pdf/embedded_fonts.hpp"
#include "pdf/hpdf_doc.hpp"

#include <hpdf.h>
#include <string>

namespace thidua::pdf {

// Each text at (x, baseline) in its font and size, one Tj per text, no word
// or character spacing; code points are checked first (text_check.hpp).
bool draw_texts(HpdfDoc& doc, HPDF_Page page, const std::vector<layout::PlacedText>& texts,
                EmbeddedFonts& fonts, std::string& error);

// Each rule as a black line of its width; dotted ones as round dots.
bool draw_rules(HpdfDoc& doc, HPDF_Page page, const std::vector<layout::PlacedRule>& rules,
                std::string& error);

} // namespace thidua::pdf
