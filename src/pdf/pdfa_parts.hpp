// Private to src/pdf: the steps of prepare_pdfa (pdfa.hpp), one file each.
#pragma once

#include "pdf/hpdf_doc.hpp"

#include <string>

namespace thidua::pdf {

// /Metadata in the catalog: an uncompressed XMP stream (/Type /Metadata
// /Subtype /XML) built from the Info dictionary as it stands, so that every
// entry there has its equal in the XMP (xmp_packet.hpp). Fails on an Info
// entry PDF/A-1 gives no XMP twin.
bool add_xmp_metadata(HpdfDoc& doc, std::string& error);

// /OutputIntents in the catalog: one GTS_PDFA1 intent whose
// DestOutputProfile embeds the sRGB profile (icc_profile.hpp).
bool add_output_intent(HpdfDoc& doc, std::string& error);

// /ID [<00...00> <00...00>] in the trailer, for stamp_document_id (pdfa.hpp). libharu
// writes an existing /ID as it is.
bool add_id_placeholder(HpdfDoc& doc, std::string& error);

} // namespace thidua::pdf
