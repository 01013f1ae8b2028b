// Private to src/pdf: the repairs libharu 2.3.0's embedded TrueType fonts
// need before the document is saved.
#pragma once

#include "pdf/embedded_fonts.hpp"

#include <string>

namespace thidua::pdf {

// libharu marks only the first level of a composite glyph's components as
// used, so in the subset the second-level ones (the circumflex under the dot
// of 'ệ' in DejaVu Serif, ...) lose their outlines. Marks every component, at
// any depth, of every glyph libharu marked, and nothing else.
bool mark_nested_components(EmbeddedFont& font, std::string& error);

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
