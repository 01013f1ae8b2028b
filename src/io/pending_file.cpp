// The temporary file: created with O_EXCL, written, renamed or removed.
#include "io/pending_file.hpp"

#include "i18n/messages.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <random>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace thidua::io {

namespace fs = std::filesystem;

namespace {

std::string reason(int err, const fs::path& folder) {
    switch (err) {
    case ENOENT:
        return i18n::trf("the folder {1} does not exist", {folder.string()});
    case ENOTDIR:
        return i18n::trf("{1} is not a folder", {folder.string()});
    case EACCES:
    case EPERM:
        return i18n::trf("no permission to create files in {1}", {folder.string()});
    case EROFS:
        return i18n::trf("{1} is on a read-only file system", {folder.string()});
    case ENOSPC:
        return i18n::tr("the disk is full");
    default:
        return std::generic_category().message(err);
    }
}

// The target's descriptor (read-only) when it is a regular file, not a
// symbolic link, holding exactly `bytes`; -1 otherwise. Nothing else is
// opened (a named pipe would block, a device might act), and O_NONBLOCK
// covers one put in its place meanwhile.
int same_bytes_at(const fs::path& target, std::string_view bytes) {
    struct stat st {};
    if (::lstat(target.c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
        static_cast<std::uint64_t>(st.st_size) != bytes.size())
        return -1;
    const int fd = ::open(target.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return -1;
    bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
                static_cast<std::uint64_t>(st.st_size) == bytes.size();
    constexpr std::size_t chunk = 1 << 16;
    const auto buffer = same ? std::make_unique_for_overwrite<char[]>(chunk) : nullptr;
    while (same && !bytes.empty()) {
        const ssize_t n = ::read(fd, buffer.get(), std::min(chunk, bytes.size()));
        if (n < 0 && errno == EINTR) continue;
        same = n > 0 && std::memcmp(buffer.get(), bytes.data(), static_cast<std::size_t>(n)) == 0;
        if (same) bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    if (same) return fd;
    ::close(fd);
    return -1;
}

} // namespace

std::optional<PendingFile> PendingFile::stage(const fs::path& target, std::string_view bytes,
                                              std::string& error, const fs::path& temp_folder) {
    if (const int fd = same_bytes_at(target, bytes); fd >= 0) return PendingFile(target, {}, fd);
    auto pending = create(target, error, temp_folder);
    if (pending && !pending->write(bytes, error)) return std::nullopt;
    return pending;
}

std::optional<PendingFile> PendingFile::create(const fs::path& target, std::string& error,
                                               const fs::path& temp_folder) {
    const fs::path folder = !temp_folder.empty()           ? temp_folder
                            : target.parent_path().empty() ? fs::path(".")
                                                           : target.parent_path();
    if (target.filename().empty()) {
        error = i18n::trf("cannot write {1}: {2}",
                          {target.string(), i18n::tr("the path names no file")});
        return std::nullopt;
    }
    std::random_device random;
    const std::string base = "." + target.filename().string() + ".";
    int err = EEXIST;
    for (int attempt = 0; attempt < 100 && err == EEXIST; ++attempt) {
        const fs::path temp =
            folder / (base + std::to_string(::getpid()) + "-" + std::to_string(random()) + ".tmp");
        const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) return PendingFile(target, temp, fd);
        err = errno;
    }
    error = i18n::trf("cannot write {1}: {2}", {target.string(), reason(err, folder)});
    return std::nullopt;
}

bool PendingFile::write(std::string_view bytes, std::string& error) {
    while (!bytes.empty()) {
        const ssize_t n = fd_ < 0 ? -1 : ::write(fd_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error = cannot_write(n < 0 && fd_ >= 0 ? errno : EIO);
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string PendingFile::cannot_write(int err) const {
    const fs::path folder = target_.parent_path().empty() ? fs::path(".") : target_.parent_path();
    const std::string why =
        err == ENOSPC ? i18n::trf("{1} or the file could not be written", {reason(ENOSPC, folder)})
                      : reason(err, folder);
    return i18n::trf("cannot write {1}: {2}", {target_.string(), why});
}

void PendingFile::start_storing() noexcept {
    if (fd_ >= 0 && !temp_.empty()) ::sync_file_range(fd_, 0, 0, SYNC_FILE_RANGE_WRITE);
}

bool PendingFile::close_file() {
    if (fd_ < 0) return true;
    const int fd = std::exchange(fd_, -1);
    return ::close(fd) == 0 || errno == EINTR;
}

bool PendingFile::commit(std::string& error) {
    if (temp_.empty()) { // the target holds the bytes already
        // Its time as if written now; a file thidua may not change the time
        // of (another user's) keeps its own, its bytes being right.
        ::futimens(fd_, nullptr);
        close_file();
        done_ = true;
        return true;
    }
    if (!close_file()) {
        error = cannot_write(errno);
        return false;
    }
    std::error_code ec;
    fs::rename(temp_, target_, ec);
    if (ec) {
        error =
            i18n::trf("cannot write {1}: {2}",
                      {target_.string(),
                       i18n::trf("could not put the finished file in place: {1}", {ec.message()})});
        return false;
    }
    done_ = true;
    return true;
}

PendingFile::~PendingFile() {
    close_file();
    if (done_ || temp_.empty()) return;
    std::error_code ignored;
    fs::remove(temp_, ignored);
}

PendingFile::PendingFile(PendingFile&& other) noexcept
    : target_(std::move(other.target_)), temp_(std::move(other.temp_)),
      fd_(std::exchange(other.fd_, -1)), done_(other.done_) {
    other.done_ = true;
}

bool write_file_atomically(const fs::path& target, std::string_view bytes, std::string& error,
                           const fs::path& temp_folder) {
    auto pending = PendingFile::stage(target, bytes, error, temp_folder);
    return pending && pending->commit(error);
}

} // namespace thidua::io
