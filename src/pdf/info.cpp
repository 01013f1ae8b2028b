// The document information dictionary (see info.hpp).
#include "pdf/info.hpp"

#include "i18n/messages.hpp"

#include "pdf/code_point.hpp"
#include "text/utf8.hpp"

namespace thidua::pdf {

namespace {

bool set_text(HpdfDoc& doc, HPDF_InfoType type, const char* what, const std::string& value,
              std::string& error) {
    if (value.empty()) return true;
    if (const auto bad = text::find_invalid_utf8(value)) {
        error = i18n::trf("the document {1} is not valid UTF-8: {2}", {i18n::tr(what), bad->reason});
        return false;
    }
    // libharu's UTF-8 encoder turns anything above U+FFFF into a space, and a
    // NUL would cut the string short.
    for (std::size_t i = 0; i < value.size();) {
        const char32_t cp = text::next_code_point(value, i);
        if (cp == 0 || cp > 0xFFFF) {
            error = i18n::trf("the document {1} contains a character libharu 2.3.0 cannot write "
                              "({2})",
                              {i18n::tr(what), u_plus(cp)});
            return false;
        }
    }
    HPDF_SetInfoAttr(doc.get(), type, value.c_str());
    if (doc.failed()) {
        error = doc.error_text(i18n::trf("set the document {1}", {i18n::tr(what)}));
        return false;
    }
    return true;
}

} // namespace

bool set_info(HpdfDoc& doc, const Metadata& meta, std::string& error) {
    HPDF_SetCurrentEncoder(doc.get(), "UTF-8");
    if (doc.failed()) {
        error = doc.error_text(i18n::tr("select its UTF-8 encoder"));
        return false;
    }
    if (!set_text(doc, HPDF_INFO_TITLE, N_("title"), meta.title, error) ||
        !set_text(doc, HPDF_INFO_SUBJECT, N_("subject"), meta.subject, error) ||
        !set_text(doc, HPDF_INFO_AUTHOR, N_("author"), meta.author, error) ||
        !set_text(doc, HPDF_INFO_CREATOR, N_("creator"), meta.creator, error))
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
