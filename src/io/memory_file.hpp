// A file that lives in memory only (Linux memfd_create), for a library that
// writes only to a path (libxlsxwriter): it writes to path(), the bytes are
// read back, nothing touches a disk and nothing is left behind, even after
// kill -9.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace thidua::io {

class MemoryFile {
public:
    // nullopt with `error` set when the system refuses one.
    static std::optional<MemoryFile> create(std::string& error);

    // "/proc/self/fd/N": opening it opens this file.
    std::filesystem::path path() const;

    // Everything written to it so far; nullopt when it cannot be read.
    std::optional<std::string> bytes() const;

    MemoryFile(MemoryFile&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    MemoryFile& operator=(MemoryFile&&) = delete;
    ~MemoryFile();

private:
    explicit MemoryFile(int fd) : fd_(fd) {}
    int fd_;
};

} // namespace thidua::io
