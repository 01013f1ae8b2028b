// The list of document kinds and the default folders they read from.
#include "cli/document_kind.hpp"

#ifndef THIDUA_SOURCE_DIR
#define THIDUA_SOURCE_DIR "."
#endif

namespace thidua::cli {

std::vector<std::unique_ptr<DocumentKind>> make_all_kinds(const layout::Fonts& fonts, bool pdfa) {
    std::vector<std::unique_ptr<DocumentKind>> kinds;
    kinds.push_back(make_pdf_kind("minutes", "minutes.xml", "bien-ban.pdf", fonts, pdfa));
    kinds.push_back(make_pdf_kind("covenant", "covenant.xml", "giao-uoc.pdf", fonts, pdfa));
    if (auto workbook = make_workbook_kind()) kinds.push_back(std::move(workbook));
    return kinds;
}

std::filesystem::path default_templates() {
    return std::filesystem::path(THIDUA_SOURCE_DIR) / "templates";
}

std::filesystem::path default_fonts() {
    return std::filesystem::path(THIDUA_SOURCE_DIR) / "fonts";
}

} // namespace thidua::cli
