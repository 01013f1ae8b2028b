// Private to src/pdf: PDF/A-1b (ISO 19005-1, level B) on top of the document
// libharu builds, for Metadata::pdfa.
#pragma once

#include "pdf/hpdf_doc.hpp"

#include <string>
#include <vector>

namespace thidua::pdf {

// Called last before saving, after set_info and the font objects (written
// with their /CIDSet for PDF/A): PDF 1.4, an XMP metadata stream mirroring
// the Info dictionary, the sRGB output intent, and a placeholder /ID in the
// trailer. Fails on an encrypted document.
bool prepare_pdfa(HpdfDoc& doc, std::string& error);

// Called on the saved bytes: replaces the placeholder /ID by the MD5 digest
// of the whole file as saved (placeholder included), so the same document
// gets the same /ID and any change in it a different one.
bool stamp_document_id(std::string& bytes, std::string& error);

} // namespace thidua::pdf
