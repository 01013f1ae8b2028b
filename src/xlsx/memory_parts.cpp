// libxlsxwriter's scratch files kept in memory (see memory_parts.hpp).
#include "xlsx/memory_parts.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <new>
#include <stdio_ext.h>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace {

// A scratch file's bytes and where the stream is in them, behind a stdio
// stream of glibc's fopencookie: written, rewound and read back without a
// system call.
struct MemoryPart {
    std::string bytes;
    std::size_t at = 0;
};

ssize_t read_part(void* cookie, char* buffer, std::size_t size) {
    MemoryPart& part = *static_cast<MemoryPart*>(cookie);
    const std::size_t n =
        part.at < part.bytes.size() ? std::min(size, part.bytes.size() - part.at) : 0;
    std::memcpy(buffer, part.bytes.data() + part.at, n);
    part.at += n;
    return static_cast<ssize_t>(n);
}

ssize_t write_part(void* cookie, const char* buffer, std::size_t size) {
    MemoryPart& part = *static_cast<MemoryPart*>(cookie);
    try { // a failure is reported to stdio, never thrown through it
        if (part.at > part.bytes.size()) part.bytes.resize(part.at);
        const std::size_t over = std::min(size, part.bytes.size() - part.at);
        part.bytes.replace(part.at, over, buffer, size);
    } catch (...) { // memory ran out
        errno = ENOMEM;
        return -1;
    }
    part.at += size;
    return static_cast<ssize_t>(size);
}

int seek_part(void* cookie, off64_t* offset, int whence) {
    MemoryPart& part = *static_cast<MemoryPart*>(cookie);
    const off64_t from = whence == SEEK_SET   ? 0
                         : whence == SEEK_CUR ? static_cast<off64_t>(part.at)
                                              : static_cast<off64_t>(part.bytes.size());
    if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) return -1;
    if (*offset < -from) {
        errno = EINVAL;
        return -1;
    }
    part.at = static_cast<std::size_t>(from + *offset);
    *offset = static_cast<off64_t>(part.at);
    return 0;
}

int close_part(void* cookie) {
    delete static_cast<MemoryPart*>(cookie);
    return 0;
}

// Whether this thread is within a PartsInMemory.
thread_local bool parts_in_memory_here = false;

// A read-write stream over a MemoryPart; nullptr when there is no memory.
FILE* memory_stream() {
    auto* part = new (std::nothrow) MemoryPart;
    if (part == nullptr) return nullptr;
    FILE* stream = fopencookie(part, "w+", {read_part, write_part, seek_part, close_part});
    if (stream == nullptr) delete part;
    return stream;
}

// `fd` as a read-write stream; closes `fd` when that fails.
FILE* stream_of(int fd) {
    if (fd < 0) return nullptr;
    FILE* stream = fdopen(fd, "w+b");
    if (stream == nullptr) close(fd);
    return stream;
}

} // namespace

// libxlsxwriter 1.1.4 asks this function for every scratch file it writes a
// part of the workbook into (then reads the part back into the zip) and for
// a constant_memory sheet's rows. Its own version creates a named file in
// `tmpdir` and unlinks it; this one keeps the bytes in the process within
// a PartsInMemory, in a memfd otherwise. The program defines the function and exports it
// (src/CMakeLists.txt, --export-dynamic-symbol), so the library's calls,
// which go through its PLT, come here.
extern "C" __attribute__((visibility("default"))) FILE* lxw_tmpfile(char* tmpdir) {
    FILE* stream = parts_in_memory_here ? memory_stream() : nullptr;
    if (stream == nullptr) stream = stream_of(memfd_create("thidua-workbook-part", MFD_CLOEXEC));
    // No memfd (an old kernel, a sandbox): an unnamed file in the folder
    // libxlsxwriter was given, gone when closed or killed.
    if (stream == nullptr)
        stream =
            stream_of(open(tmpdir != nullptr ? tmpdir : ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600));
    // One thread writes a part and reads it back: stdio need not lock the
    // stream around each of libxlsxwriter's ~6,400 fprintf calls a workbook.
    if (stream != nullptr) __fsetlocking(stream, FSETLOCKING_BYCALLER);
    return stream;
}

namespace thidua::xlsx {

PartsInMemory::PartsInMemory() : previous_(parts_in_memory_here) {
    parts_in_memory_here = true;
}

PartsInMemory::~PartsInMemory() {
    parts_in_memory_here = previous_;
}

bool parts_kept_in_memory() {
    return dlsym(RTLD_DEFAULT, "lxw_tmpfile") == reinterpret_cast<void*>(&lxw_tmpfile);
}

} // namespace thidua::xlsx
