// The XMP metadata stream, mirrored from the Info dictionary (see
// pdfa_parts.hpp).
#include "pdf/pdfa_parts.hpp"

#include "i18n/messages.hpp"
#include "pdf/xmp_packet.hpp"

#include <cstring>
#include <hpdf_doc.h>
#include <hpdf_encoder.h>
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

// The text a reader gets from an Info string, as UTF-8: libharu writes a
// string with its UTF-8 encoder as UTF-16BE of that UTF-8 text, and one
// without an encoder byte for byte (PDFDocEncoding, equal to UTF-8 for ASCII).
std::optional<std::string> info_text(HPDF_String s) {
    std::string value(reinterpret_cast<const char*>(s->value), s->len);
    if (s->encoder != nullptr) {
        if (std::strcmp(s->encoder->name, "UTF-8") != 0) return std::nullopt;
        return value;
    }
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
        if (field == nullptr || (header->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_STRING) {
            error = i18n::trf("the document information entry /{1} has no PDF/A-1 metadata twin",
                              {key});
            return false;
        }
        *field = info_text(static_cast<HPDF_String>(e->value));
        if (!*field) {
            error = i18n::trf("the document information entry /{1} is not in a known encoding",
                              {key});
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
