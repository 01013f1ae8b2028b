// Private to src/pdf: the PDF objects of one embedded font (ISO 32000-1,
// 9.7 and 9.9): the Type0 font the pages name, its CIDFontType2 with /W
// (the advance widths the layout measured) and CIDToGIDMap, the font
// descriptor with the subset as /FontFile2, and a /ToUnicode CMap; with
// `pdfa`, also the /CIDSet PDF/A-1 asks for. Written after the pages, when
// the characters drawn are known.
#pragma once

#include "pdf/embedded_fonts.hpp"
#include "pdf/hpdf_doc.hpp"

#include <string>

namespace thidua::pdf {

bool write_font_objects(HpdfDoc& doc, EmbeddedFont& font, bool pdfa, std::string& error);

// The six capital letters that prefix a subset font's name ("ABCDEF+Name",
// ISO 32000-1 9.6.4), derived from the font's name and the characters it
// holds: the same subset always gets the same tag.
std::string subset_tag(const std::string& postscript_name, const std::vector<char32_t>& codes);

} // namespace thidua::pdf
