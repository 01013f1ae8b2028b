// "Did you mean ...?": the known name closest to a misspelt one.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace thidua::text {

// Edit distance in code points; swapping two neighbours counts as one edit.
int edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo:
// at most 1 edit for short words, about a third of the length for longer ones.
std::optional<std::string> closest(std::string_view word, std::span<const std::string> candidates);

// "; did you mean 'title'?" when a candidate is close, else "".
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);

} // namespace thidua::text
