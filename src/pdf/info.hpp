// Private to src/pdf: the document information dictionary.
#pragma once

#include "pdf/hpdf_doc.hpp"
#include "pdf/pdf_writer.hpp"

#include <string>

namespace thidua::pdf {

// Title, subject, author and creator as UTF-16BE strings with a byte-order
// mark (pdf_objects.hpp's add_utf16_text; no libharu encoder), and
// CreationDate from `meta.created` only (midnight, +00'00'), never from the
// clock.
bool set_info(HpdfDoc& doc, const Metadata& meta, std::string& error);

} // namespace thidua::pdf
