// The SHA-256 of an archive's files that a run already knows, so that each
// file is read and hashed once per run: those the audit found matching
// SHA256SUMS (which confirms every file's bytes), and those hashed since.
// A file the run writes or removes is forgotten. Safe to share between
// the run's threads.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace thidua::archive {

class KnownDigests {
public:
    // `rel`: the path relative to the archive, with '/'.
    void set(const std::string& rel, std::string hex);
    void forget(const std::string& rel);
    // The SHA-256 of ARCHIVE/`rel`: known, or read, hashed and then known;
    // nullopt when it cannot be read.
    std::optional<std::string> of(const std::filesystem::path& root, const std::string& rel);

private:
    std::mutex mutex_;
    std::map<std::string, std::string> hex_;
};

} // namespace thidua::archive
