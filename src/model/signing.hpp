// Signing authority as Decree 30/2020 writes it: the abbreviations, and
// what a title says about who signs (a deputy's title, "Phó Chủ tịch",
// signs for the head, "Chủ tịch").
#pragma once

#include "model/cluster_year.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace thidua::model {

// "KT.", "TL.", "TUQ.", "Q."; empty for none.
std::string_view authority_abbreviation(Authority a);

// Whether a title is a deputy's: it starts with the word "Phó" (any case).
bool is_deputy_title(std::string_view title);

// The head's title a deputy signs for: "Phó Chủ tịch" -> "Chủ tịch", and
// "Phó Chủ tịch Thường trực" (or "... phụ trách") -> "Chủ tịch"; nullopt
// when the title is not a deputy's.
std::optional<std::string> head_title_of(std::string_view deputy_title);

// The same title, whatever the case ("Chủ tịch", "CHỦ TỊCH").
bool same_title(std::string_view a, std::string_view b);

} // namespace thidua::model
