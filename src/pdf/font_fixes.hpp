// Private to src/pdf: the repairs libharu 2.3.0's embedded TrueType fonts
// need before the document is saved.
#pragma once

#include "pdf/embedded_fonts.hpp"

#include <string>

namespace thidua::pdf {

// libharu copies the outline of a glyph only when it marked the glyph used,
// and marks only the glyphs drawn and the first level of their composite
// parts: the second-level parts (the circumflex under the dot of 'ệ' in
// DejaVu Serif, ...) would lose their outlines. The font libharu embeds is
// already HarfBuzz's subset, which holds exactly the glyphs drawn and their
// parts at every depth: marks every glyph of it.
bool keep_every_glyph(EmbeddedFont& font, std::string& error);

// libharu attaches its encoding CMap (begincidrange) as /ToUnicode, which is
// invalid. Rewrites that stream in place as a real ToUnicode CMap covering
// exactly the characters drawn with the font.
bool replace_to_unicode(EmbeddedFont& font, std::string& error);

// Writes the descendant font's /W (exact advance widths, as the layout
// measured them) and its CIDToGIDMap for exactly the characters drawn,
// replacing the placeholders HPDF_GetFont left (see embedded_fonts.cpp).
bool write_cid_metrics(EmbeddedFont& font, std::string& error);

// libharu names a font "Name,Style" when its subfamily is not "Regular", which
// in a PDF asks for a synthesised style. Drops the suffix from the BaseFont
// and FontName libharu writes, leaving the font's PostScript name.
void use_postscript_name(EmbeddedFont& font);

} // namespace thidua::pdf
