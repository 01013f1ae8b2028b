// The document information dictionary (see info.hpp).
#include "pdf/info.hpp"

#include "i18n/messages.hpp"
#include "pdf/pdf_objects.hpp"
#include "text/utf8.hpp"

namespace thidua::pdf {

namespace {

bool set_text(HpdfDoc& doc, HPDF_Dict info, const char* key, const char* what,
              const std::string& value, std::string& error) {
    if (value.empty()) return true;
    if (const auto bad = text::find_invalid_utf8(value)) {
        error =
            i18n::trf("the document {1} is not valid UTF-8: {2}", {i18n::tr(what), bad->reason});
        return false;
    }
    // A NUL has no place in the XMP twin of the string (PDF/A), nor in a
    // reader's title bar.
    if (value.find('\0') != std::string::npos) {
        error = i18n::trf("the document {1} contains a NUL character (U+0000)", {i18n::tr(what)});
        return false;
    }
    if (!add_utf16_text(info, key, value)) {
        error = doc.error_text(i18n::trf("set the document {1}", {i18n::tr(what)}));
        return false;
    }
    return true;
}

} // namespace

bool set_info(HpdfDoc& doc, const Metadata& meta, std::string& error) {
    HPDF_Dict info = info_dict(doc);
    if (info == nullptr) {
        error = doc.error_text(i18n::trf("set the document {1}", {i18n::tr("title")}));
        return false;
    }
    if (!set_text(doc, info, "Title", N_("title"), meta.title, error) ||
        !set_text(doc, info, "Subject", N_("subject"), meta.subject, error) ||
        !set_text(doc, info, "Author", N_("author"), meta.author, error) ||
        !set_text(doc, info, "Creator", N_("creator"), meta.creator, error))
        return false;

    if (meta.created) {
        const text::Date& d = *meta.created;
        if (d.year < 1 || d.year > 9999) {
            error = i18n::tr("the document date has a year outside 1 to 9999");
            return false;
        }
        HPDF_Date date{};
        date.year = d.year;
        date.month = d.month;
        date.day = d.day;
        date.ind = '+'; // +00'00': the meeting's calendar day, no time zone games
        HPDF_SetInfoDateAttr(doc.get(), HPDF_INFO_CREATION_DATE, date);
        if (doc.failed()) {
            error = doc.error_text(i18n::trf("set the document date {1}", {text::to_iso(d)}));
            return false;
        }
    }
    return true;
}

} // namespace thidua::pdf
