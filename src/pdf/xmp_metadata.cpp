// The XMP metadata stream, mirrored from the Info dictionary (see
// pdfa_parts.hpp).
#include "pdf/pdfa_parts.hpp"

#include "i18n/messages.hpp"
#include "pdf/xmp_packet.hpp"
#include "text/utf8.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

namespace thidua::pdf {

namespace {

// The member of XmpFields that mirrors an Info key; nullptr for a key PDF/A-1
// gives no XMP twin (Trapped, custom keys).
std::optional<std::string>* field_for(XmpFields& f, std::string_view key) {
    if (key == "Title") return &f.title;
    if (key == "Author") return &f.author;
    if (key == "Subject") return &f.subject;
    if (key == "Keywords") return &f.keywords;
    if (key == "Creator") return &f.creator;
    if (key == "Producer") return &f.producer;
    if (key == "CreationDate") return &f.created;
    if (key == "ModDate") return &f.modified;
    return nullptr;
}

// The text a reader gets from an Info string, as UTF-8: a hex string with a
// UTF-16BE byte-order mark (pdf_objects.hpp's add_utf16_text), or a literal
// one without an encoder (libharu's /Producer), byte for byte in
// PDFDocEncoding, equal to UTF-8 for ASCII.
std::optional<std::string> info_text(const HPDF_Obj_Header* header, const void* object) {
    if ((header->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_BINARY) {
        const auto* b = static_cast<const HPDF_Binary_Rec*>(object);
        const std::string_view bytes(reinterpret_cast<const char*>(b->value), b->len);
        if (bytes.size() % 2 != 0 || bytes.substr(0, 2) != "\xFE\xFF") return std::nullopt;
        std::string text;
        for (std::size_t i = 2; i < bytes.size(); i += 2) {
            char32_t u = static_cast<unsigned char>(bytes[i]) << 8 |
                         static_cast<unsigned char>(bytes[i + 1]);
            if (u >= 0xDC00 && u < 0xE000) return std::nullopt;
            if (u >= 0xD800 && u < 0xDC00) {
                i += 2;
                if (i >= bytes.size()) return std::nullopt;
                const char32_t low = static_cast<unsigned char>(bytes[i]) << 8 |
                                     static_cast<unsigned char>(bytes[i + 1]);
                if (low < 0xDC00 || low >= 0xE000) return std::nullopt;
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            }
            text::append_utf8(text, u);
        }
        return text;
    }
    if ((header->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_STRING) return std::nullopt;
    const auto* s = static_cast<const HPDF_String_Rec*>(object);
    std::string value(reinterpret_cast<const char*>(s->value), s->len);
    if (s->encoder != nullptr) return std::nullopt;
    for (unsigned char c : value)
        if (c >= 0x80) return std::nullopt;
    return value;
}

bool read_info(HPDF_Dict info, XmpFields& fields, std::string& error) {
    for (HPDF_UINT i = 0; info != nullptr && i < info->list->count; ++i) {
        const auto* e = static_cast<HPDF_DictElement>(HPDF_List_ItemAt(info->list, i));
        const std::string key = e->key;
        std::optional<std::string>* field = field_for(fields, key);
        const auto* header = static_cast<const HPDF_Obj_Header*>(e->value);
        const HPDF_UINT16 kind = header->obj_class & HPDF_OCLASS_ANY;
        if (field == nullptr || (kind != HPDF_OCLASS_STRING && kind != HPDF_OCLASS_BINARY)) {
            error = i18n::trf("the document information entry /{1} has no PDF/A-1 metadata twin",
                              {key});
            return false;
        }
        *field = info_text(header, e->value);
        if (!*field) {
            error =
                i18n::trf("the document information entry /{1} is not in a known encoding", {key});
            return false;
        }
    }
    return true;
}

} // namespace

bool add_xmp_metadata(HpdfDoc& doc, std::string& error) {
    XmpFields fields;
    if (!read_info(doc.get()->info, fields, error)) return false;
    const std::optional<std::string> packet = xmp_packet(fields, error);
    if (!packet) return false;

    HPDF_Dict xmp = HPDF_DictStream_New(doc.get()->mmgr, doc.get()->xref);
    bool ok = xmp != nullptr;
    if (ok) {
        xmp->filter = HPDF_STREAM_FILTER_NONE; // PDF/A-1: readable without decoding
        ok = HPDF_Dict_AddName(xmp, "Type", "Metadata") == HPDF_OK &&
             HPDF_Dict_AddName(xmp, "Subtype", "XML") == HPDF_OK &&
             HPDF_Stream_Write(xmp->stream, reinterpret_cast<const HPDF_BYTE*>(packet->data()),
                               static_cast<HPDF_UINT>(packet->size())) == HPDF_OK &&
             HPDF_Dict_Add(doc.get()->catalog, "Metadata", xmp) == HPDF_OK;
    }
    if (!ok) {
        error = doc.error_text(i18n::tr("write the XMP metadata"));
        return false;
    }
    return true;
}

} // namespace thidua::pdf
