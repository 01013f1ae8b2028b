// The workbook's number formats: the format codes, and a number as a
// spreadsheet shows it with them (for measuring column widths).
// Internal to src/xlsx.
#pragma once

#include "xlsx/sheet_plan.hpp"

#include <string>

namespace thidua::xlsx {

// "#,##0", "#,##0.0", "0.0%", "+0.0%;-0.0%;0.0%",
// "+0.0\" điểm %\";-0.0\" điểm %\";0.0\" điểm %\"", "?/?"; "" for none.
std::string format_code(const NumberFormat& f);

// The number as shown (US separators; other locales swap them, same
// width): shown(3057365, count) == "3,057,365", shown(0.28, percent) ==
// "28.0%", shown(2.4, points with "điểm %") == "+2.4 điểm %",
// shown(2.0 / 3, fraction) == "2/3".
std::string shown(double value, const NumberFormat& f);

} // namespace thidua::xlsx
