// The text of a /ToUnicode CMap: which Unicode character each 2-byte
// character code (CID) of an embedded font stands for, so that text copied
// or extracted from the PDF is the text drawn.
// No libharu types: tests include it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace thidua::pdf {

struct CidCharacter {
    std::uint16_t cid;
    char32_t unicode; // at most U+FFFF, not a surrogate
};

// A CMap mapping each CID of `characters` (sorted by CID, no repeats) to its
// character: bfrange rows for runs where both the CIDs and the characters
// go up by one, never crossing a 256-code boundary of either, bfchar rows
// for the rest, at most 100 rows per block.
std::string to_unicode_cmap(const std::vector<CidCharacter>& characters);

} // namespace thidua::pdf
