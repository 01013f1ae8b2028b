// libxlsxwriter's scratch files kept in memory (see memory_parts.hpp).
#include "xlsx/memory_parts.hpp"

#include <cstdio>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace {

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
// `tmpdir` and unlinks it. The program defines the function and exports it
// (src/CMakeLists.txt, --export-dynamic-symbol), so the library's calls,
// which go through its PLT, come here.
extern "C" __attribute__((visibility("default"))) FILE* lxw_tmpfile(char* tmpdir) {
    FILE* stream = stream_of(memfd_create("thidua-workbook-part", MFD_CLOEXEC));
    if (stream != nullptr) return stream;
    // No memfd (an old kernel, a sandbox): an unnamed file in the folder
    // libxlsxwriter was given, gone when closed or killed.
    return stream_of(open(tmpdir != nullptr ? tmpdir : ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600));
}

namespace thidua::xlsx {

bool parts_kept_in_memory() {
    return dlsym(RTLD_DEFAULT, "lxw_tmpfile") == reinterpret_cast<void*>(&lxw_tmpfile);
}

} // namespace thidua::xlsx
