// Private to src/pdf, no libharu (tests include it): the /CIDSet stream a
// PDF/A-1 subset CID font needs (ISO 19005-1, 6.3.5).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace thidua::pdf {

// One bit per CID, most significant bit first (CID n is bit 7 - n % 8 of
// byte n / 8), set for CID 0 (.notdef, always in the subset) and for each
// CID in `cids` (sorted): the CIDs drawn, each of which the CIDToGIDMap
// (font_objects.cpp) takes to a glyph of the embedded subset. As many bytes
// as the highest CID needs.
std::string cid_set_bits(const std::vector<std::uint16_t>& cids);

} // namespace thidua::pdf
