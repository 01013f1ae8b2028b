// Making PDF objects of our own inside a libharu document (see
// pdf_objects.hpp).
#include "pdf/pdf_objects.hpp"

#include "flate/deflater.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstring>
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

// A stream reading the HpdfDoc::HeldBytes at its attr (HPDF_CallbackReader).
HpdfDoc::HeldBytes& held_of(HPDF_Stream stream) {
    return *static_cast<HpdfDoc::HeldBytes*>(stream->attr);
}

HPDF_STATUS read_held(HPDF_Stream stream, HPDF_BYTE* ptr, HPDF_UINT* size) {
    HpdfDoc::HeldBytes& held = held_of(stream);
    const std::size_t left = held.bytes.size() - held.read;
    const std::size_t n = std::min<std::size_t>(*size, left);
    std::memcpy(ptr, held.bytes.data() + held.read, n);
    held.read += n;
    const bool end = n < *size;
    *size = static_cast<HPDF_UINT>(n);
    return end ? HPDF_STREAM_EOF : HPDF_OK;
}

HPDF_STATUS seek_held(HPDF_Stream stream, HPDF_INT pos, HPDF_WhenceMode mode) {
    HpdfDoc::HeldBytes& held = held_of(stream);
    const long long from = mode == HPDF_SEEK_CUR   ? static_cast<long long>(held.read)
                           : mode == HPDF_SEEK_END ? static_cast<long long>(held.bytes.size())
                                                   : 0;
    const long long to = from + pos;
    if (to < 0 || to > static_cast<long long>(held.bytes.size()))
        return HPDF_SetError(stream->error, HPDF_STREAM_EOF, 0);
    held.read = static_cast<std::size_t>(to);
    return HPDF_OK;
}

HPDF_INT32 tell_held(HPDF_Stream stream) {
    return static_cast<HPDF_INT32>(held_of(stream).read);
}

HPDF_UINT32 size_held(HPDF_Stream stream) {
    return static_cast<HPDF_UINT32>(held_of(stream).bytes.size());
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

bool write_flate(HpdfDoc& doc, HPDF_Dict stream, std::string_view data) {
    std::optional<std::string> packed = doc.deflater().zlib(data);
    if (!packed || stream == nullptr || stream->stream == nullptr) return false;
    HpdfDoc::HeldBytes& held = doc.hold(std::move(*packed));
    HPDF_Stream reader =
        HPDF_CallbackReader_New(stream->mmgr, read_held, seek_held, tell_held, size_held, &held);
    if (reader == nullptr) return false;
    HPDF_Stream_Free(stream->stream);
    stream->stream = reader;
    stream->filter = HPDF_STREAM_FILTER_NONE; // the bytes are compressed already
    stream->write_fn = write_flate_filter;
    return true;
}

HPDF_Dict new_flate_stream(HpdfDoc& doc, std::string_view data) {
    HPDF_Dict stream = HPDF_DictStream_New(doc.get()->mmgr, doc.get()->xref);
    return stream != nullptr && write_flate(doc, stream, data) ? stream : nullptr;
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
