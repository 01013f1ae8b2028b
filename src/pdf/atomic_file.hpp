// Private to src/pdf (no libharu): writing a whole file so that readers see
// either the old file or the complete new one, never a part.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace thidua::pdf {

// Writes `bytes` to a new, uniquely named file in the folder of `out`, then
// renames it onto `out`. On failure removes that file, leaves `out` as it
// was, and sets `error` to a plain sentence.
bool write_file_atomically(const std::filesystem::path& out, std::string_view bytes,
                           std::string& error);

} // namespace thidua::pdf
