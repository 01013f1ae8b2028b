// The temporary file: created with O_EXCL, written, renamed or removed.
#include "io/pending_file.hpp"

#include "i18n/messages.hpp"

#include <cerrno>
#include <fcntl.h>
#include <random>
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

} // namespace

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
    if (fd_ >= 0) ::sync_file_range(fd_, 0, 0, SYNC_FILE_RANGE_WRITE);
}

bool PendingFile::close_file() {
    if (fd_ < 0) return true;
    const int fd = std::exchange(fd_, -1);
    return ::close(fd) == 0 || errno == EINTR;
}

bool PendingFile::commit(std::string& error) {
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
    auto pending = PendingFile::create(target, error, temp_folder);
    return pending && pending->write(bytes, error) && pending->commit(error);
}

} // namespace thidua::io
