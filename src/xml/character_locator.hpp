// Where a character first stands in a cluster-year file, written as itself
// or as a character reference (&#128512; or &#x1F600;), outside comments:
// the position a message about that character (a glyph no font has) points
// the user to.
#pragma once

#include "diag/diagnostics.hpp"

#include <optional>
#include <string_view>

namespace thidua::xml {

// LINE:COLUMN (column in code points) of the first place `cp` appears in
// `source`, or nullopt when it does not (it then comes from a template).
std::optional<diag::Pos> locate_character(std::string_view source, char32_t cp);

} // namespace thidua::xml
