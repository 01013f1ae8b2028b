// The RAII libharu document and its error record (see hpdf_doc.hpp).
#include "pdf/hpdf_doc.hpp"

#include "i18n/messages.hpp"

#include <cstdio>
#include <hpdf_doc.h>

extern "C" {
static void on_hpdf_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
    thidua::pdf::HpdfDoc::record(error, detail, user_data);
}
}

namespace thidua::pdf {

HpdfDoc::HpdfDoc() : doc_(HPDF_NewEx(on_hpdf_error, nullptr, nullptr, 0, this)) {}

void HpdfDoc::record(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
    auto* self = static_cast<HpdfDoc*>(user_data);
    if (self != nullptr && self->first_error_ == HPDF_OK) {
        self->first_error_ = error;
        self->first_detail_ = detail;
    }
}

std::string HpdfDoc::error_text(std::string_view doing) const {
    std::string s = i18n::trf("libharu could not {1}", {doing});
    if (!doc_)
        return i18n::trf("{1}: it could not create a document (out of memory?)", {s});
    // libharu's internal functions (HPDF_Dict_Add, ...) record an error in the
    // document without calling the handler.
    const HPDF_STATUS error = first_error_ != HPDF_OK ? first_error_ : doc_->error.error_no;
    const HPDF_STATUS detail = first_error_ != HPDF_OK ? first_detail_ : doc_->error.detail_no;
    if (error == HPDF_OK) return s;
    char code[48];
    std::snprintf(code, sizeof code, " (error 0x%04X, detail %u)", static_cast<unsigned>(error),
                  static_cast<unsigned>(detail));
    return s + ": " + describe_hpdf_error(error) + code;
}

std::string describe_hpdf_error(HPDF_STATUS code) {
    switch (code) {
    case HPDF_FAILD_TO_ALLOC_MEM:
        return i18n::tr("out of memory");
    case HPDF_FILE_IO_ERROR:
        return i18n::tr("a file could not be read or written");
    case HPDF_FILE_OPEN_ERROR:
        return i18n::tr("a file could not be opened");
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
        return i18n::tr("the font's licence flags (OS/2 fsType) forbid embedding it");
    case HPDF_TTF_INVALID_CMAP:
        return i18n::tr("the font has no usable Unicode cmap table");
    case HPDF_TTF_INVALID_FOMAT:
        return i18n::tr("the font file is not a TrueType font libharu can read");
    case HPDF_TTF_MISSING_TABLE:
        return i18n::tr("the font file lacks a table libharu needs");
    case HPDF_INVALID_FONTDEF_DATA:
        return i18n::tr("the font data is not valid");
    case HPDF_INVALID_DATE_TIME:
        return i18n::tr("the date is not valid");
    case HPDF_PAGE_INVALID_SIZE:
        return i18n::tr("the page size is outside 3 to 14400 points");
    case HPDF_PAGE_INVALID_FONT_SIZE:
        return i18n::tr("the font size is outside 0 to 600 points");
    case HPDF_PAGE_OUT_OF_RANGE:
        return i18n::tr("a value (line width or position) is out of range");
    case HPDF_STRING_OUT_OF_RANGE:
        return i18n::tr("a text is longer than 65535 bytes");
    case HPDF_ZLIB_ERROR:
        return i18n::tr("compression (zlib) failed");
    case HPDF_INVALID_DOCUMENT:
        return i18n::tr("the document is in an error state");
    default:
        return i18n::tr("internal error");
    }
}

} // namespace thidua::pdf
