// Excel's rules for the names a wording template gives a table and its
// columns (templates/index.xml): what is wrong with a name, in words for
// the template's author, or nothing when it is valid. Uniqueness is the
// template checker's part.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace thidua::doc {

// A table name: 1 to 255 characters, ASCII letters, digits, '_' and '.',
// starting with a letter or '_', and not a cell reference ("A1", "R1C1",
// "R", "C"), which Excel would refuse.
std::optional<std::string> table_name_problem(std::string_view name);

// A column heading: not empty, at most 255 characters.
std::optional<std::string> column_heading_problem(std::string_view heading);

} // namespace thidua::doc
