// A file's bytes, held read-only for as long as the object lives (the font
// files): mapped from the page cache when thidua can hold a read lease on
// the file, read into memory otherwise. The four fonts read into fresh
// memory cost the kernel ~370 pages to clear and fill, about 0.9 ms of the
// three documents; mapped, a page costs nothing until it is read (README,
// Performance).
//
// A mapped file that shrinks under a program ends it (SIGBUS) at the next
// read of a page gone; the lease is what makes mapping safe. While thidua
// holds it, nobody can open the file for writing or truncate it before the
// kernel has told thidua (SIGIO) and thidua has let go; on that signal the
// bytes are first copied into thidua's own memory, at the same address, so
// nothing reading them notices. The kernel grants a read lease only to the
// file's owner (or root) and only while nobody has the file open for
// writing; when it refuses (another user's file, a network file system,
// leases turned off), the file is read into memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>

namespace thidua::io {

class FileBytes {
public:
    // The file's bytes; nullopt with `error` set (the system's reason) when
    // it cannot be opened or read.
    static std::optional<FileBytes> read(const std::filesystem::path& path, std::string& error);
    // A copy of bytes already in memory (never mapped from a file).
    static FileBytes copy_of(std::span<const std::uint8_t> bytes);

    std::span<const std::uint8_t> bytes() const {
        return {static_cast<const std::uint8_t*>(data_), size_};
    }
    std::size_t size() const { return size_; }
    // True while the bytes are the file's pages under a lease (for tests
    // and benchmarks: the bytes are the same either way).
    bool mapped() const;

    FileBytes() = default;
    FileBytes(FileBytes&& other) noexcept;
    FileBytes& operator=(FileBytes&& other) noexcept;
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;
    ~FileBytes();

private:
    void release() noexcept;

    void* data_ = nullptr; // pages of our own (mmap), or the file's
    std::size_t size_ = 0;
    int lease_ = -1; // index of the lease (file_bytes.cpp), -1 for a copy
};

} // namespace thidua::io
