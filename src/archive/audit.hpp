// What an archive holds against what its SHA256SUMS says it should: files
// whose bytes changed, files missing, and files it never made (hidden ones
// and links included). `archive` refuses to absorb any of them and `verify`
// reports the same list.
#pragma once

#include "archive/known_digests.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace thidua::archive {

struct Finding {
    enum class Kind { altered, missing, stray };
    Kind kind;
    std::string path; // relative to the archive, with '/'
};

// The findings of the archive at `root`, sorted by path. The archive's own
// files are not findings: SHA256SUMS, the folder .thidua/ and each
// cluster-year's .thidua-inputs. Without SHA256SUMS every other file is a
// stray. `error` is set (and nothing returned) when SHA256SUMS cannot be
// read. Each file found matching SHA256SUMS goes into `matched` when given,
// so the run need not hash it again.
std::vector<Finding> audit(const std::filesystem::path& root, std::string& error,
                           KnownDigests* matched = nullptr);

// "ARCHIVE/x: altered (its SHA-256 differs from SHA256SUMS)" and the like.
std::string describe(const std::filesystem::path& root, const Finding& f);

} // namespace thidua::archive
