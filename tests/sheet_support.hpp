// Reading spreadsheets back in tests: LibreOffice's CSV export, cells by
// position, numbers as LibreOffice prints them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace thidua::test {

using Grid = std::vector<std::vector<std::string>>;

// RFC 4180 CSV as LibreOffice writes it (quoted fields may hold newlines).
Grid read_csv(const std::filesystem::path& file);

// The cell at a zero-based row and column, "" outside the grid.
std::string at(const Grid& g, int row, int col);

// A number as LibreOffice exports it; percentages keep their sign ("18.5%").
std::optional<double> number_in(std::string s);

// Equal to a billionth of the larger magnitude.
bool close_to(double a, double b);

} // namespace thidua::test
