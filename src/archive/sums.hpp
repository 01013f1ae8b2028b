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

// Reads the file back; on a malformed line returns nullopt with `error`
// naming the line.
std::optional<std::vector<SumEntry>> parse_sums(std::string_view text, std::string& error);

} // namespace thidua::archive
