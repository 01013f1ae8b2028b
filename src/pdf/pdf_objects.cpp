// Making PDF objects of our own inside a libharu document (see
// pdf_objects.hpp).
#include "pdf/pdf_objects.hpp"

#include "flate/deflater.hpp"
#include "text/utf8.hpp"

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

// Appends what libharu writes to the std::string at the stream's attr.
HPDF_STATUS append_to_string(HPDF_Stream stream, const HPDF_BYTE* ptr, HPDF_UINT size) {
    static_cast<std::string*>(stream->attr)->append(reinterpret_cast<const char*>(ptr), size);
    return HPDF_OK;
}

} // namespace

bool save_document(HpdfDoc& doc, std::string& bytes) {
    bytes.clear();
    HPDF_Doc pdf = doc.get();
    if (doc.failed()) return false;
    // HPDF_SaveToStream writes into the document's stream when it has one
    // (it empties it first only if it is a memory stream); HPDF_Free frees
    // it with the document.
    if (pdf->stream == nullptr)
        pdf->stream = HPDF_CallbackWriter_New(pdf->mmgr, append_to_string, &bytes);
    if (pdf->stream == nullptr || pdf->stream->write_fn != append_to_string) return false;
    pdf->stream->attr = &bytes;
    HPDF_SaveToStream(pdf);
    return !doc.failed() && !bytes.empty();
}

HPDF_Dict new_indirect_dict(HpdfDoc& doc) {
    HPDF_Dict dict = HPDF_Dict_New(doc.get()->mmgr);
    if (dict == nullptr || HPDF_Xref_Add(doc.get()->xref, dict) != HPDF_OK) return nullptr;
    return dict;
}

bool write_flate(HPDF_Dict stream, std::string_view data, flate::Deflater& deflater) {
    const std::optional<std::string> packed = deflater.zlib(data);
    if (!packed || stream == nullptr || stream->stream == nullptr) return false;
    stream->filter = HPDF_STREAM_FILTER_NONE; // the bytes are compressed already
    stream->write_fn = write_flate_filter;
    HPDF_MemStream_FreeData(stream->stream);
    return HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(packed->data()),
                             static_cast<HPDF_UINT>(packed->size())) == HPDF_OK;
}

HPDF_Dict new_flate_stream(HpdfDoc& doc, std::string_view data) {
    HPDF_Dict stream = HPDF_DictStream_New(doc.get()->mmgr, doc.get()->xref);
    return stream != nullptr && write_flate(stream, data, doc.deflater()) ? stream : nullptr;
}

bool add_text(HPDF_Dict dict, const char* key, const char* value) {
    return HPDF_Dict_Add(dict, key, HPDF_String_New(dict->mmgr, value, nullptr)) == HPDF_OK;
}

bool add_utf16_text(HPDF_Dict dict, const char* key, std::string_view value) {
    std::string bytes = "\xFE\xFF";
    const auto unit = [&](char32_t u) {
        bytes += static_cast<char>(u >> 8);
        bytes += static_cast<char>(u & 0xFF);
    };
    for (std::size_t i = 0; i < value.size();) {
        const char32_t cp = text::next_code_point(value, i);
        if (cp >= 0x10000) {
            unit(0xD800 + ((cp - 0x10000) >> 10));
            unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            unit(cp);
        }
    }
    HPDF_Binary text = HPDF_Binary_New(dict->mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                                       static_cast<HPDF_UINT>(bytes.size()));
    return text != nullptr && HPDF_Dict_Add(dict, key, text) == HPDF_OK;
}

HPDF_Dict info_dict(HpdfDoc& doc) {
    return doc.get()->info;
}

} // namespace thidua::pdf
