// Where a character or a word first stands in a cluster-year file, written as itself
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

// LINE:COLUMN of the first place `text` (a word, no spaces) is written as
// itself in `source`, outside comments and markup names, or nullopt (it is
// written another way, or comes from a template).
std::optional<diag::Pos> locate_text(std::string_view source, std::string_view text);

} // namespace thidua::xml
