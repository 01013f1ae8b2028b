// The workbook's plan into an XLSX file through libxlsxwriter. Internal to
// src/xlsx; no libxlsxwriter type shows here.
#pragma once

#include "xlsx/sheet_plan.hpp"

#include <filesystem>
#include <string>

namespace thidua::xlsx {

// Writes `file` (libxlsxwriter's own temporary files go in `tmpdir`);
// false with `error` set on failure.
bool emit_workbook(const WorkbookPlan& plan, const std::filesystem::path& file,
                   const std::filesystem::path& tmpdir, std::string& error);

} // namespace thidua::xlsx
