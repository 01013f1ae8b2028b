// Private to src/pdf: the defensive check before a text is drawn. Every code
// point must have a glyph in its font (never .notdef) and fit the 2-byte
// character codes of the embedded fonts.
#pragma once

#include "layout/page.hpp"
#include "pdf/embedded_fonts.hpp"

#include <string>

namespace thidua::pdf {

// Checks `text` against `font` and records its code points as used there
// (EmbeddedFont::use, which gives each its CID); `codes` is then the text's
// CIDs, one a character, and `advance` their widths added up (thousandths
// of the font size, EmbeddedFont::width), in the same pass. On failure
// `error` names the code point as U+XXXX.
bool check_and_record(const layout::PlacedText& text, EmbeddedFont& font, std::u16string& codes,
                      double& advance, std::string& error);

} // namespace thidua::pdf
