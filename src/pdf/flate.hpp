// Private to src/pdf, no libharu: the Flate (zlib deflate) compression of
// every stream this writer puts in a PDF. libharu 2.3.0 deflates at one fixed
// level through a 4 KiB buffer; streams are compressed here instead, at the
// level chosen by measurement (README, Performance), and handed to libharu
// as finished bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace thidua::pdf {

// zlib's level 3, the strongest of its fast levels (1-3 share the greedy
// deflate_fast): measured on the samples (README, Performance), level 6,
// zlib's default, costs 8.5 million more instructions for the three
// documents of one cluster-year and saves 5 % of the PDFs' bytes.
inline constexpr int flate_level = 3;

// `data` compressed as a zlib stream (what /FlateDecode reads); nullopt only
// when zlib fails (out of memory).
std::optional<std::string> deflate_bytes(std::string_view data, int level = flate_level);

} // namespace thidua::pdf
