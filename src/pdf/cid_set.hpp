// Private to src/pdf, no libharu (tests include it): the /CIDSet stream a
// PDF/A-1 subset CID font needs (ISO 19005-1, 6.3.5).
#pragma once

#include <string>
#include <vector>

namespace thidua::pdf {

// One bit per CID, most significant bit first (CID n is bit 7 - n % 8 of
// byte n / 8), set for CID 0 (.notdef, always in libharu's subset) and for
// each code in `codes` (sorted, each at most U+FFFF); as many bytes as the
// highest CID needs. With libharu's UTF-8 encoder a character's CID is its
// code point, so these are exactly the CIDs the CIDToGIDMap (cid_metrics.cpp)
// takes to a glyph of the embedded subset.
std::string cid_set_bits(const std::vector<char32_t>& codes);

} // namespace thidua::pdf
