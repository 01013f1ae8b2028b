// Private to src/pdf, no libharu: the content stream of one laid-out page.
#pragma once

#include "layout/page.hpp"
#include "pdf/embedded_fonts.hpp"

#include <string>

namespace thidua::pdf {

// The page's rules, then its texts, each at (x, baseline) in its font and
// size, one Tj per text, no word or character spacing; every code point is
// checked against its font first and recorded as used (text_check.hpp).
// False, with `error`, on a text that cannot be drawn.
bool page_content(const layout::Page& page, EmbeddedFonts& fonts, std::string& operators,
                  std::string& error);

} // namespace thidua::pdf
