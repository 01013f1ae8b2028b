// Making PDF objects of our own inside a libharu document (see
// pdf_objects.hpp).
#include "pdf/pdf_objects.hpp"

#include "pdf/flate.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

namespace thidua::pdf {

namespace {

// libharu writes a stream's /Filter from its own filter flags, which would
// also make it deflate the bytes again; with no flags it removes any
// /Filter. A dictionary's write_fn writes extra entries after the others:
// this one names the filter of bytes that come compressed.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream out) {
    return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

} // namespace

HPDF_Dict new_indirect_dict(HpdfDoc& doc) {
    HPDF_Dict dict = HPDF_Dict_New(doc.get()->mmgr);
    if (dict == nullptr || HPDF_Xref_Add(doc.get()->xref, dict) != HPDF_OK) return nullptr;
    return dict;
}

bool write_flate(HPDF_Dict stream, std::string_view data) {
    const std::optional<std::string> packed = deflate_bytes(data);
    if (!packed || stream == nullptr || stream->stream == nullptr) return false;
    stream->filter = HPDF_STREAM_FILTER_NONE; // the bytes are compressed already
    stream->write_fn = write_flate_filter;
    HPDF_MemStream_FreeData(stream->stream);
    return HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(packed->data()),
                             static_cast<HPDF_UINT>(packed->size())) == HPDF_OK;
}

HPDF_Dict new_flate_stream(HpdfDoc& doc, std::string_view data) {
    HPDF_Dict stream = HPDF_DictStream_New(doc.get()->mmgr, doc.get()->xref);
    return stream != nullptr && write_flate(stream, data) ? stream : nullptr;
}

bool add_text(HPDF_Dict dict, const char* key, const char* value) {
    return HPDF_Dict_Add(dict, key, HPDF_String_New(dict->mmgr, value, nullptr)) == HPDF_OK;
}

} // namespace thidua::pdf
