// The text of a /ToUnicode CMap for fonts written through libharu's UTF-8
// encoder, where every character is shown as a 2-byte code equal to its
// Unicode value (so the map is the identity on the characters used).
// No libharu types: tests include it.
#pragma once

#include <string>
#include <vector>

namespace thidua::pdf {

// A CMap mapping each code in `codes` (sorted, no repeats, each at most
// U+FFFF and not a surrogate) to the same Unicode character: bfrange rows for
// runs of consecutive codes, never crossing a 256-code boundary, bfchar rows
// for the rest, at most 100 rows per block.
std::string to_unicode_cmap(const std::vector<char32_t>& codes);

} // namespace thidua::pdf
