// Spreadsheet references in A1 style, built from zero-based positions:
// "C7", "$C$7", "C7:C12". Internal to src/xlsx.
#pragma once

#include "xlsx/sheet_plan.hpp"

#include <string>

namespace thidua::xlsx {

// "A", "Z", "AA", ... for column 0, 25, 26, ...
std::string column_letters(int col);

// "C7"; with `absolute`, "$C$7".
std::string cell_ref(CellPos p, bool absolute = false);

// "C7:C12" (or "$C$7:$C$12").
std::string range_ref(CellPos first, CellPos last, bool absolute = false);

} // namespace thidua::xlsx
