// A uniquely named temporary file beside the target, renamed onto it once
// complete and removed otherwise, so that readers see either the earlier
// file or the whole new one. Internal to src/xlsx.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace thidua::xlsx {

class PendingFile {
public:
    // Creates ".NAME.PID-RANDOM.tmp" in the target's folder (never an
    // existing file); nullopt with `error` set when it cannot.
    static std::optional<PendingFile> create(const std::filesystem::path& target,
                                             std::string& error);

    const std::filesystem::path& path() const { return temp_; }

    // Renames the temporary file onto the target.
    bool commit(std::string& error);

    // Removes the temporary file unless it was committed.
    ~PendingFile();
    PendingFile(PendingFile&& other) noexcept;
    PendingFile& operator=(PendingFile&&) = delete;
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

private:
    PendingFile(std::filesystem::path target, std::filesystem::path temp)
        : target_(std::move(target)), temp_(std::move(temp)) {}
    std::filesystem::path target_;
    std::filesystem::path temp_;
    bool done_ = false;
};

} // namespace thidua::xlsx
