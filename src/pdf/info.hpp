// Private to src/pdf: the document information dictionary.
#pragma once

#include "pdf/hpdf_doc.hpp"
#include "pdf/pdf_writer.hpp"

#include <string>

namespace thidua::pdf {

// Title, subject, author and creator as UTF-16BE strings with a byte-order
// mark (libharu writes Info strings through the current encoder, here its
// UTF-8 one), and CreationDate from `meta.created` only (midnight, +00'00'),
// never from the clock. Needs HPDF_UseUTFEncodings first.
bool set_info(HpdfDoc& doc, const Metadata& meta, std::string& error);

} // namespace thidua::pdf
