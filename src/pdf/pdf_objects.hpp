// Private to src/pdf: PDF objects this writer makes itself and hands to
// libharu only to number and write (fonts, content, the output intent).
// libharu 2.3.0's public API has no call to add an object of one's own: the
// document's memory manager and cross-reference table are read from its
// private HPDF_Doc_Rec (hpdf_doc.h), the one reason this file includes it
// (the Info dictionary is read from there too: no public call returns it,
// and the document is saved through a stream of thidua's set there:
// save_document).
#pragma once

#include "pdf/hpdf_doc.hpp"

#include <hpdf.h>
#include <string>
#include <string_view>

namespace thidua::pdf {

// An empty dictionary registered as an indirect object (what other objects
// refer to as "n 0 R"); nullptr when libharu fails.
HPDF_Dict new_indirect_dict(HpdfDoc& doc);

// A stream object holding `data` compressed with Flate (flate/deflater.hpp), with its
// /Filter; libharu adds /Length. nullptr when libharu or zlib fails.
HPDF_Dict new_flate_stream(HpdfDoc& doc, std::string_view data);

// Replaces the bytes of an existing stream object (a page's /Contents) by
// `data` compressed with Flate, with its /Filter. False on failure. The
// compressed bytes stay in `doc` (HpdfDoc::hold) and the stream object
// reads them from there when the document is saved (a callback stream set
// as its stream): libharu's memory streams would take them in and give
// them out again a byte at a time (0.8 million instructions for ĐBSH
// 2017's two PDFs).
bool write_flate(HpdfDoc& doc, HPDF_Dict stream, std::string_view data);

// A text string (PDF "(...)") for `dict`'s memory manager.
bool add_text(HPDF_Dict dict, const char* key, const char* value);

// A text string in UTF-16BE with its byte-order mark, written in hex
// ("<FEFF...>"), from valid UTF-8 `value`: any Unicode text, with no
// encoder object (libharu's UTF-8 encoder costs 1.4 million instructions to
// set up per document, for four short strings).
bool add_utf16_text(HPDF_Dict dict, const char* key, std::string_view value);

// Saves the document into `bytes`: libharu writes it straight into them,
// through a callback stream set as the document's stream, instead of into
// its memory stream, from which HPDF_ReadFromStream would copy it out again
// (libharu 2.3.0 copies memory streams a byte at a time: 1.2 million
// instructions for ĐBSH 2017's two PDFs). False when libharu fails (its
// error is recorded in `doc`).
bool save_document(HpdfDoc& doc, std::string& bytes);

// The document information dictionary libharu makes with the document (it
// writes /Producer into it and names it in the trailer); nullptr if none.
HPDF_Dict info_dict(HpdfDoc& doc);

} // namespace thidua::pdf
