// PDF/A-1b: the order of the additions, and the sRGB output intent (see
// pdfa.hpp, pdfa_parts.hpp). libharu's own PDF/A calls are not used: its
// HPDF_PDFA_SetPDFAConformance writes unescaped XMP with /SubType and a
// clock-based /ID, and HPDF_PDFA_AppendOutputIntents names the profile key
// "DestOutputProfile " (with a space).
#include "pdf/pdfa.hpp"

#include "i18n/messages.hpp"

#include "pdf/icc_profile.hpp"
#include "pdf/pdf_objects.hpp"
#include "pdf/pdfa_parts.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

namespace thidua::pdf {

namespace {

// The profile is sRGB as IEC 61966-2.1 defines it, the ICC registry's name.
constexpr const char* srgb_condition = "sRGB IEC61966-2.1";

} // namespace

bool add_output_intent(HpdfDoc& doc, std::string& error) {
    const std::optional<std::string> profile = read_rgb_icc_profile(srgb_profile_path, error);
    if (!profile) return false;

    HPDF_Dict icc = new_flate_stream(doc, *profile);
    HPDF_Dict intent = HPDF_Dict_New(doc.get()->mmgr);
    HPDF_Array intents = HPDF_Array_New(doc.get()->mmgr);
    const bool ok = icc != nullptr && intent != nullptr && intents != nullptr &&
                    HPDF_Dict_AddNumber(icc, "N", 3) == HPDF_OK &&
                    HPDF_Dict_AddName(intent, "Type", "OutputIntent") == HPDF_OK &&
                    HPDF_Dict_AddName(intent, "S", "GTS_PDFA1") == HPDF_OK &&
                    add_text(intent, "OutputConditionIdentifier", srgb_condition) &&
                    add_text(intent, "RegistryName", "http://www.color.org") &&
                    add_text(intent, "Info", srgb_condition) &&
                    HPDF_Dict_Add(intent, "DestOutputProfile", icc) == HPDF_OK &&
                    HPDF_Array_Add(intents, intent) == HPDF_OK &&
                    HPDF_Dict_Add(doc.get()->catalog, "OutputIntents", intents) == HPDF_OK;
    if (!ok) error = doc.error_text(i18n::tr("add the sRGB output intent"));
    return ok;
}

bool prepare_pdfa(HpdfDoc& doc, std::string& error) {
    if (doc.get()->encrypt_on) {
        error = i18n::tr("a PDF/A file cannot be encrypted");
        return false;
    }
    doc.get()->pdf_version = HPDF_VER_14; // PDF/A-1 is based on PDF 1.4
    return add_output_intent(doc, error) && add_xmp_metadata(doc, error) &&
           add_id_placeholder(doc, error);
}

} // namespace thidua::pdf
