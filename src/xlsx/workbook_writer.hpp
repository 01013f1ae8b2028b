// The statistics workbook (XLSX) the cluster sends to the national
// alliance: one sheet per part of the cluster-year that has data, totals,
// growth, score totals, ranks, grades and vote percentages as live formulas
// stored with the engine's figures. Writes through a temporary file in the
// target's folder, renamed into place when complete.
#pragma once

#include "doc/workbook_labels.hpp"
#include "font/font_file.hpp"
#include "model/cluster_year.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace thidua::xlsx {

// The fonts column widths and row heights are measured with: metrics of the
// cells' Times New Roman (Liberation Serif has the same).
struct MeasuringFonts {
    std::shared_ptr<const font::FontFile> regular;
    std::shared_ptr<const font::FontFile> bold;
    std::shared_ptr<const font::FontFile> italic;
};

// Writes `target`, its temporaries (ours and libxlsxwriter's) in
// `temp_folder` when given, else beside it. On failure returns false with
// `error` set to a plain sentence; nothing is then left at `target` (an
// earlier file stays).
bool write_workbook(const model::ClusterYear& cy, const doc::WorkbookText& text,
                    const MeasuringFonts& fonts, const std::filesystem::path& target,
                    std::string& error, const std::filesystem::path& temp_folder = {});

// The same workbook made in memory: the whole file's bytes, or nullopt with
// `error` set. libxlsxwriter's own temporary files (deleted as soon as
// made) go in `scratch`.
std::optional<std::string> workbook_bytes(const model::ClusterYear& cy,
                                          const doc::WorkbookText& text,
                                          const MeasuringFonts& fonts, std::string& error,
                                          const std::filesystem::path& scratch);

// Loads libxlsxwriter (and libcrypto behind it) now, ahead of the first
// workbook, so that a program can do it while it reads its templates and
// input; a failure is reported when a workbook is made.
void load_library_early();

// Excel keeps at most 255 characters of a page footer, and libxlsxwriter
// refuses a longer one. When this cluster-year's footer (the template's, its
// placeholders filled from the file, with the font and size codes thidua
// adds) would be longer, a plain sentence saying so and what to shorten,
// naming `template_file`; else nullopt. `check` and `render` ask alike.
std::optional<std::string> footer_problem(const doc::WorkbookText& text,
                                          const std::filesystem::path& template_file);

} // namespace thidua::xlsx
