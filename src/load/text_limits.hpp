// The longest text the documents can hold: an Excel cell takes at most
// 32767 characters, a libharu string at most 65535 bytes. A longer text is
// an error where it stands, so that check refuses what render could not make.
#pragma once

#include "load/context.hpp"

#include <cstddef>
#include <string_view>

namespace thidua::load {

inline constexpr std::size_t max_text_characters = 32767; // one Excel cell
inline constexpr std::size_t max_text_bytes = 65535;      // one libharu string

// Reports `text` (folded, NFC: as it will be printed) at `pos` when it is
// longer than either limit; true when it fits.
bool check_text_length(Context& ctx, diag::Pos pos, std::string_view text);

} // namespace thidua::load
