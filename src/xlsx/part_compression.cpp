// The workbook's parts compressed by thidua (see part_compression.hpp).
#include "xlsx/part_compression.hpp"

#include "flate/deflater.hpp"

#include <climits>
#include <dlfcn.h>
#include <memory>
#include <optional>
#include <string>

// The program's definitions, below.
extern "C" int zipOpenNewFileInZip4_64(void*, const char*, const void*, const void*, unsigned,
                                       const void*, unsigned, const char*, int, int, int, int, int,
                                       int, const char*, unsigned long, unsigned long,
                                       unsigned long, int);
extern "C" int zipWriteInFileInZip(void*, const void*, unsigned);
extern "C" int zipCloseFileInZip(void*);

namespace {

// minizip's functions (minizip/zip.h: zipFile and zip_fileinfo* are
// pointers, uInt unsigned int, uLong unsigned long, ZPOS64_T unsigned long
// long), declared here so that minizip's header stays out of the project.
using OpenNewFile = int (*)(void* file, const char* filename, const void* zipfi,
                            const void* extrafield_local, unsigned size_extrafield_local,
                            const void* extrafield_global, unsigned size_extrafield_global,
                            const char* comment, int method, int level, int raw, int window_bits,
                            int mem_level, int strategy, const char* password,
                            unsigned long crc_for_crypting, unsigned long version_made_by,
                            unsigned long flag_base, int zip64);
using WriteInFile = int (*)(void* file, const void* buf, unsigned len);
using CloseFile = int (*)(void* file);
using CloseFileRaw = int (*)(void* file, unsigned long long uncompressed_size, unsigned long crc);

constexpr int zip_ok = 0;
constexpr int zip_param_error = -102;    // minizip's ZIP_PARAMERROR
constexpr int zip_internal_error = -104; // minizip's ZIP_INTERNALERROR
// The soname Debian's libxlsxwriter 1.1.4 names (its DT_NEEDED).
constexpr char minizip_soname[] = "libminizip.so.1";
constexpr int z_deflated = 8; // zlib's Z_DEFLATED

// minizip's own definitions of the functions the program replaces.
struct Minizip {
    OpenNewFile open = nullptr;
    WriteInFile write = nullptr;
    CloseFile close = nullptr;
    CloseFileRaw close_raw = nullptr;
};

template <class F> F own(void* library, const char* name, void* ours) {
    void* found = dlsym(library, name);
    return found == ours ? nullptr : reinterpret_cast<F>(found);
}

// libxlsxwriter is loaded RTLD_LOCAL (lxw_library.cpp), so minizip, loaded
// with it, is found through its own handle, not RTLD_NEXT.
std::optional<Minizip> minizip() {
    void* library = dlopen(minizip_soname, RTLD_LAZY | RTLD_NOLOAD);
    if (library == nullptr) return std::nullopt;
    Minizip m;
    m.open = own<OpenNewFile>(library, "zipOpenNewFileInZip4_64",
                              reinterpret_cast<void*>(&zipOpenNewFileInZip4_64));
    m.write = own<WriteInFile>(library, "zipWriteInFileInZip",
                               reinterpret_cast<void*>(&zipWriteInFileInZip));
    m.close =
        own<CloseFile>(library, "zipCloseFileInZip", reinterpret_cast<void*>(&zipCloseFileInZip));
    m.close_raw = own<CloseFileRaw>(library, "zipCloseFileInZipRaw64", nullptr);
    dlclose(library); // RTLD_NOLOAD took a reference
    if (!m.open || !m.write || !m.close || !m.close_raw) return std::nullopt;
    return m;
}

using thidua::xlsx::PartCompression;

// The PartCompression alive in this thread (minizip's calls carry no
// context of thidua's), nullptr when none is.
thread_local PartCompression::Parts* parts_here = nullptr;

} // namespace

struct thidua::xlsx::PartCompression::Parts {
    void* file = nullptr; // the zip the part held goes into; nullptr: none held
    Minizip minizip;      // minizip's functions, found when the part was opened
    std::string bytes;    // the part's bytes so far
    thidua::flate::Deflater deflater{part_compression_level};
};

namespace thidua::xlsx {

PartCompression::PartCompression() : parts_(std::make_unique<Parts>()), previous_(parts_here) {
    parts_here = parts_.get();
}

PartCompression::~PartCompression() {
    parts_here = previous_;
}

} // namespace thidua::xlsx

// libxlsxwriter 1.1.4 opens every part it zips with this call, asking for
// zlib's Z_DEFAULT_COMPRESSION. A deflated part is opened raw instead: its
// bytes are then held here, not compressed by minizip.
extern "C" __attribute__((visibility("default"))) int zipOpenNewFileInZip4_64(
    void* file, const char* filename, const void* zipfi, const void* extrafield_local,
    unsigned size_extrafield_local, const void* extrafield_global, unsigned size_extrafield_global,
    const char* comment, int method, int level, int raw, int window_bits, int mem_level,
    int strategy, const char* password, unsigned long crc_for_crypting,
    unsigned long version_made_by, unsigned long flag_base, int zip64) {
    const std::optional<Minizip> m = minizip();
    if (!m) return zip_param_error; // libxlsxwriter reports it
    // Outside a PartCompression, or for a second zip opened while a part is
    // held (not something libxlsxwriter does), minizip compresses.
    PartCompression::Parts* held = parts_here;
    const bool hold = method == z_deflated && !raw && password == nullptr && held != nullptr &&
                      held->file == nullptr;
    if (method == z_deflated && !raw) level = thidua::xlsx::part_compression_level;
    const int result =
        m->open(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                size_extrafield_global, comment, method, level, hold ? 1 : raw, window_bits,
                mem_level, strategy, password, crc_for_crypting, version_made_by, flag_base, zip64);
    if (hold && result == zip_ok) {
        held->file = file;
        held->minizip = *m;
        held->bytes.clear();
    }
    return result;
}

extern "C" __attribute__((visibility("default"))) int
zipWriteInFileInZip(void* file, const void* buf, unsigned len) {
    PartCompression::Parts* held = parts_here;
    if (file != nullptr && held != nullptr && file == held->file) {
        held->bytes.append(static_cast<const char*>(buf), len);
        return zip_ok;
    }
    const std::optional<Minizip> m = minizip();
    return m ? m->write(file, buf, len) : zip_param_error;
}

// Closing a held part compresses it and writes it raw, with the CRC and
// length of its uncompressed bytes. minizip calls this too, when a zip is
// closed or a part opened with one still open.
extern "C" __attribute__((visibility("default"))) int zipCloseFileInZip(void* file) {
    PartCompression::Parts* held = parts_here;
    if (file == nullptr || held == nullptr || file != held->file) {
        const std::optional<Minizip> m = minizip();
        return m ? m->close(file) : zip_param_error;
    }
    held->file = nullptr;
    const std::optional<std::string> packed = held->deflater.raw(held->bytes);
    int result = zip_internal_error;
    if (packed && packed->size() <= UINT_MAX)
        result = held->minizip.write(file, packed->data(), static_cast<unsigned>(packed->size()));
    // Closed even after a failure, so that minizip holds no part open.
    const int closed =
        held->minizip.close_raw(file, held->bytes.size(), thidua::flate::crc32(held->bytes));
    return result != zip_ok ? result : closed;
}

namespace thidua::xlsx {

bool parts_compressed_by_thidua() {
    return dlsym(RTLD_DEFAULT, "zipOpenNewFileInZip4_64") ==
               reinterpret_cast<void*>(&zipOpenNewFileInZip4_64) &&
           dlsym(RTLD_DEFAULT, "zipWriteInFileInZip") ==
               reinterpret_cast<void*>(&zipWriteInFileInZip) &&
           dlsym(RTLD_DEFAULT, "zipCloseFileInZip") == reinterpret_cast<void*>(&zipCloseFileInZip);
}

} // namespace thidua::xlsx
