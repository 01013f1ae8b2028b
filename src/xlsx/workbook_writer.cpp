// The workbook writer: plan the sheets, make the file in memory, and for a
// target write it through a temporary file renamed into place.
#include "xlsx/workbook_writer.hpp"

#include "i18n/messages.hpp"
#include "io/memory_file.hpp"
#include "io/pending_file.hpp"
#include "text/utf8.hpp"
#include "xlsx/emit_workbook.hpp"
#include "xlsx/lxw_library.hpp"
#include "xlsx/memory_parts.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/workbook_plan.hpp"

namespace thidua::xlsx {

std::optional<std::string> workbook_bytes(const model::ClusterYear& cy,
                                          const doc::WorkbookText& text,
                                          const MeasuringFonts& fonts, std::string& error,
                                          const std::filesystem::path& scratch) {
    const TextWidth measure(fonts);
    const WorkbookPlan plan = plan_workbook(cy, text, measure);
    const auto memory = io::MemoryFile::create(error);
    if (!memory) return std::nullopt;
    const PartsInMemory parts; // one cluster-year's: small
    if (!emit_workbook(plan, memory->path(), scratch, error)) {
        // The memory file's /proc path means nothing to the reader.
        const std::string path = memory->path().string();
        for (auto at = error.find(path); at != std::string::npos; at = error.find(path))
            error.replace(at, path.size(), i18n::tr("the workbook"));
        return std::nullopt;
    }
    auto bytes = memory->bytes();
    if (!bytes || bytes->empty()) {
        error = i18n::tr("the workbook made in memory could not be read back");
        return std::nullopt;
    }
    return bytes;
}

bool write_workbook(const model::ClusterYear& cy, const doc::WorkbookText& text,
                    const MeasuringFonts& fonts, const std::filesystem::path& target,
                    std::string& error, const std::filesystem::path& temp_folder) {
    const std::filesystem::path scratch = temp_folder.empty() ? target.parent_path() : temp_folder;
    const auto bytes = workbook_bytes(cy, text, fonts, error, scratch.empty() ? "." : scratch);
    return bytes && io::write_file_atomically(target, *bytes, error, temp_folder);
}

void load_library_early() {
    // The library stays mapped (RTLD_NODELETE): the handle can go.
    std::string ignored;
    LxwLibrary::open(ignored);
}

std::optional<std::string> footer_problem(const doc::WorkbookText& text,
                                          const std::filesystem::path& template_file) {
    constexpr int longest = 255; // characters, as libxlsxwriter counts them
    const int codes = text::count_code_points(page::footer_font) + page::longest_footer_size_code;
    const int characters =
        text::count_code_points(planned_footer(text)) + page::longest_footer_size_code;
    if (characters <= longest) return std::nullopt;
    return i18n::trf("the workbook's page footer would be {1} characters long with this file's "
                     "texts, and Excel keeps at most {2} (thidua's font and size codes take {3} "
                     "of them): shorten footer=\"...\" in {4}, or the names it brings in from "
                     "this file",
                     {std::to_string(characters), std::to_string(longest), std::to_string(codes),
                      template_file.string()});
}

} // namespace thidua::xlsx
