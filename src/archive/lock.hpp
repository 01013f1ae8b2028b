// One writer at a time on an archive: an flock(2) on ARCHIVE/.thidua/lock,
// exclusive for `archive`, shared for `verify`, released when the lock is
// destroyed (or the process ends, however it ends).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace thidua::archive {

class ArchiveLock {
public:
    enum class Mode { exclusive, shared };

    // Takes the lock of the archive at `root` (creating ARCHIVE/.thidua/lock
    // when absent), waiting for another holder unless `wait` is false. On
    // failure returns nullopt with `error` a sentence: with `wait` false and
    // the lock held, it names the holder ("process 1234: thidua archive src
    // -o archive"). A shared lock on an archive that cannot be written
    // (read-only media, no lock file) is taken as no lock: nothing can
    // write there either.
    static std::optional<ArchiveLock> take(const std::filesystem::path& root, Mode mode, bool wait,
                                           std::string& error);

    ArchiveLock(ArchiveLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    ArchiveLock& operator=(ArchiveLock&&) = delete;
    ArchiveLock(const ArchiveLock&) = delete;
    ArchiveLock& operator=(const ArchiveLock&) = delete;
    ~ArchiveLock();

private:
    explicit ArchiveLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

// The archive's own files: ARCHIVE/.thidua/.
std::filesystem::path own_folder(const std::filesystem::path& root);

} // namespace thidua::archive
