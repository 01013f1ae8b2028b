// Temporary file plus rename (see atomic_file.hpp).
#include "pdf/atomic_file.hpp"

#include <cerrno>
#include <fcntl.h>
#include <random>
#include <system_error>
#include <unistd.h>

namespace thidua::pdf {

namespace fs = std::filesystem;

namespace {

std::string reason(int err, const fs::path& folder) {
    switch (err) {
    case ENOENT:
        return "the folder " + folder.string() + " does not exist";
    case ENOTDIR:
        return folder.string() + " is not a folder";
    case EACCES:
    case EPERM:
        return "no permission to create files in " + folder.string();
    case EROFS:
        return folder.string() + " is on a read-only file system";
    case ENOSPC:
        return "the disk is full";
    default:
        return std::generic_category().message(err);
    }
}

// Opens a new file ".NAME.XXXXXXXX.tmp" next to `out` (O_EXCL: never an
// existing one). Returns the descriptor, or -1 with errno set.
int open_temporary(const fs::path& out, fs::path& temp) {
    std::random_device random;
    const std::string base = "." + out.filename().string() + ".";
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string tag = std::to_string(::getpid()) + "-" + std::to_string(random());
        temp = out.parent_path() / (base + tag + ".tmp");
        const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    errno = EEXIST;
    return -1;
}

// Writes everything; returns 0 or the errno of the failure.
int write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

} // namespace

bool write_file_atomically(const fs::path& out, std::string_view bytes, std::string& error) {
    const fs::path folder = out.parent_path().empty() ? fs::path(".") : out.parent_path();
    const std::string failed = "cannot write " + out.string() + ": ";
    if (out.filename().empty()) {
        error = failed + "the path names no file";
        return false;
    }

    fs::path temp;
    const int fd = open_temporary(out, temp);
    if (fd < 0) {
        error = failed + reason(errno, folder);
        return false;
    }
    int err = write_all(fd, bytes);
    if (::close(fd) != 0 && err == 0) err = errno;
    if (err != 0) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        error = failed + reason(err, folder);
        return false;
    }

    std::error_code ec;
    fs::rename(temp, out, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        error = failed + "could not put the finished file in place: " + ec.message();
        return false;
    }
    return true;
}

} // namespace thidua::pdf
