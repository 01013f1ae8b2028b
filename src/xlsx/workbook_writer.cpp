// The workbook writer: plan the sheets, write them to a temporary file next
// to the target, rename it into place.
#include "xlsx/workbook_writer.hpp"

#include "io/pending_file.hpp"
#include "xlsx/emit_workbook.hpp"
#include "xlsx/workbook_plan.hpp"

namespace thidua::xlsx {

bool write_workbook(const model::ClusterYear& cy, const doc::WorkbookText& text,
                    const MeasuringFonts& fonts, const std::filesystem::path& target,
                    std::string& error, const std::filesystem::path& temp_folder) {
    const TextWidth measure(fonts);
    const WorkbookPlan plan = plan_workbook(cy, text, measure);
    auto pending = io::PendingFile::create(target, error, temp_folder);
    if (!pending) return false;
    const std::filesystem::path folder = temp_folder.empty() ? target.parent_path() : temp_folder;
    if (!emit_workbook(plan, pending->path(), folder.empty() ? "." : folder, error)) return false;
    return pending->commit(error);
}

} // namespace thidua::xlsx
