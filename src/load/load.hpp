// The loader's public face: a cluster-year file in, a checked model (with its
// derived figures) and every diagnostic out.
#pragma once

#include "diag/diagnostics.hpp"
#include "model/cluster_year.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::load {

// Files larger than this are refused before they are read.
inline constexpr std::uintmax_t max_file_bytes = 16u * 1024u * 1024u;

struct LoadResult {
    std::optional<model::ClusterYear> model; // set only when there are no errors
    diag::Diagnostics diagnostics;
};

// Reads, checks and derives one file. `display_name` is how messages name it
// (defaults to the path as given). `bytes`, when given, receives the file's
// bytes as read (for a caller that locates characters in them or hashes
// them, so the file is not read twice); left empty when it could not be read.
LoadResult load_file(const std::filesystem::path& path, std::string display_name = {},
                     std::string* bytes = nullptr);

// The same for text already in memory (tests, stdin).
LoadResult load_text(std::string_view bytes, std::string display_name);

} // namespace thidua::load
