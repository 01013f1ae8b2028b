// The SHA256SUMS file of an archive, in the form `sha256sum -c` reads:
// "<64 hex digits><two spaces><path>" per line, paths relative with '/'.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::archive {

struct SumEntry {
    std::string hex;
    std::string path;
};

// Sorted by path, one line each.
std::string format_sums(std::vector<SumEntry> entries);

// Why `path` is not the relative path of a plain file inside the archive
// (absolute, "..", ".", an empty part, a control character or a
// backslash), or nullptr when it is.
const char* outside_path(std::string_view path);

// Reads the file back; on a malformed line, or one naming a path outside
// the archive (see outside_path), returns nullopt with `error` naming the
// line.
std::optional<std::vector<SumEntry>> parse_sums(std::string_view text, std::string& error);

} // namespace thidua::archive
