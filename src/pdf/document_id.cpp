// The trailer's /ID, derived from the file's own bytes (see pdfa.hpp and
// pdfa_parts.hpp). libharu's HPDF_PDFA_GenerateID hashes the clock; here the
// trailer holds a placeholder libharu writes as it is, and the saved file's
// MD5 digest replaces it: no clock, no randomness, the same length.
#include "pdf/pdfa.hpp"

#include "i18n/messages.hpp"
#include "pdf/pdfa_parts.hpp"

#include <array>
#include <hpdf_doc.h>
#include <hpdf_encrypt.h>
#include <hpdf_objects.h>

namespace thidua::pdf {

namespace {

constexpr std::size_t id_bytes = HPDF_MD5_KEY_LEN;

// How libharu writes the placeholder: a hexadecimal string of zeros.
std::string placeholder() {
    return "<" + std::string(2 * id_bytes, '0') + ">";
}

std::string upper_hex(const std::array<HPDF_BYTE, id_bytes>& bytes) {
    static const char digits[] = "0123456789ABCDEF";
    std::string s;
    for (HPDF_BYTE b : bytes) {
        s += digits[b >> 4];
        s += digits[b & 0x0F];
    }
    return s;
}

} // namespace

bool add_id_placeholder(HpdfDoc& doc, std::string& error) {
    HPDF_MMgr mmgr = doc.get()->mmgr;
    std::array<HPDF_BYTE, id_bytes> zeros{};
    const auto add_zeros = [&](HPDF_Array id) {
        return HPDF_Array_Add(id, HPDF_Binary_New(mmgr, zeros.data(), id_bytes)) == HPDF_OK;
    };
    // The first entry is the file's permanent identifier, the second the one
    // of this version; for a file written once they are equal.
    HPDF_Array id = HPDF_Array_New(mmgr);
    const bool ok = id != nullptr && HPDF_Dict_Add(doc.get()->trailer, "ID", id) == HPDF_OK &&
                    add_zeros(id) && add_zeros(id);
    if (!ok) error = doc.error_text(i18n::tr("add the document /ID"));
    return ok;
}

bool stamp_document_id(std::string& bytes, std::string& error) {
    // The trailer comes last; the placeholder appears twice there and
    // nowhere after the last "trailer" keyword otherwise.
    const std::size_t trailer = bytes.rfind("trailer");
    const std::string zeros = placeholder();
    std::array<std::size_t, 2> at{};
    std::size_t found = 0;
    for (std::size_t p = trailer == std::string::npos ? trailer : bytes.find(zeros, trailer);
         p != std::string::npos; p = bytes.find(zeros, p + zeros.size())) {
        if (found < at.size()) at[found] = p;
        ++found;
    }
    if (found != 2) {
        error = i18n::tr("could not find the placeholder /ID in the saved document's trailer");
        return false;
    }

    HPDF_MD5_CTX md5;
    std::array<HPDF_BYTE, id_bytes> digest{};
    HPDF_MD5Init(&md5);
    HPDF_MD5Update(&md5, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                   static_cast<HPDF_UINT32>(bytes.size()));
    HPDF_MD5Final(digest.data(), &md5);

    const std::string hex = upper_hex(digest);
    for (std::size_t p : at)
        bytes.replace(p + 1, hex.size(), hex);
    return true;
}

} // namespace thidua::pdf
