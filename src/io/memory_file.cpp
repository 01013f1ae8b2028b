// MemoryFile (see memory_file.hpp).
#include "io/memory_file.hpp"

#include "i18n/messages.hpp"

#include <cerrno>
#include <cstring>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace thidua::io {

std::optional<MemoryFile> MemoryFile::create(std::string& error) {
    const int fd = memfd_create("thidua", MFD_CLOEXEC);
    if (fd < 0) {
        error = i18n::trf("could not make a file in memory: {1}", {std::strerror(errno)});
        return std::nullopt;
    }
    return MemoryFile(fd);
}

std::filesystem::path MemoryFile::path() const {
    return "/proc/self/fd/" + std::to_string(fd_);
}

std::optional<std::string> MemoryFile::bytes() const {
    struct stat st {};
    if (fd_ < 0 || ::fstat(fd_, &st) != 0 || st.st_size < 0) return std::nullopt;
    std::string out(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n =
            ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(done));
        if (n <= 0) return std::nullopt;
        done += static_cast<std::size_t>(n);
    }
    return out;
}

MemoryFile::~MemoryFile() {
    if (fd_ >= 0) ::close(fd_);
}

} // namespace thidua::io
