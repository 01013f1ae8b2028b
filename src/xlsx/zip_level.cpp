// The workbook's parts zipped at the level chosen (see zip_level.hpp).
#include "xlsx/zip_level.hpp"

#include <dlfcn.h>

namespace {

// minizip's zipOpenNewFileInZip4_64 (minizip/zip.h: zipFile and
// zip_fileinfo* are pointers, uInt unsigned int, uLong unsigned long),
// declared here so that minizip's header stays out of the project.
using OpenNewFile = int (*)(void* file, const char* filename, const void* zipfi,
                            const void* extrafield_local, unsigned size_extrafield_local,
                            const void* extrafield_global, unsigned size_extrafield_global,
                            const char* comment, int method, int level, int raw, int window_bits,
                            int mem_level, int strategy, const char* password,
                            unsigned long crc_for_crypting, unsigned long version_made_by,
                            unsigned long flag_base, int zip64);

constexpr int zip_param_error = -102; // minizip's ZIP_PARAMERROR
// The soname Debian's libxlsxwriter 1.1.4 names (its DT_NEEDED).
constexpr char minizip_soname[] = "libminizip.so.1";
constexpr int z_deflated = 8;         // zlib's Z_DEFLATED

} // namespace

// libxlsxwriter 1.1.4 opens every part it zips with this call, asking for
// Z_DEFAULT_COMPRESSION. The program defines and exports it
// (src/CMakeLists.txt), so the library's call comes here; minizip's own
// function (the next definition after the program's) does the work.
extern "C" __attribute__((visibility("default"))) int
zipOpenNewFileInZip4_64(void* file, const char* filename, const void* zipfi,
                        const void* extrafield_local, unsigned size_extrafield_local,
                        const void* extrafield_global, unsigned size_extrafield_global,
                        const char* comment, int method, int level, int raw, int window_bits,
                        int mem_level, int strategy, const char* password,
                        unsigned long crc_for_crypting, unsigned long version_made_by,
                        unsigned long flag_base, int zip64) {
    // libxlsxwriter is loaded RTLD_LOCAL (lxw_library.cpp), so minizip,
    // loaded with it, is found through its own handle, not RTLD_NEXT.
    void* library = dlopen(minizip_soname, RTLD_LAZY | RTLD_NOLOAD);
    const auto minizip = library != nullptr ? reinterpret_cast<OpenNewFile>(
                                                  dlsym(library, "zipOpenNewFileInZip4_64"))
                                            : nullptr;
    if (library != nullptr) dlclose(library); // RTLD_NOLOAD took a reference
    if (minizip == nullptr || reinterpret_cast<void*>(minizip) ==
                                  reinterpret_cast<void*>(&zipOpenNewFileInZip4_64))
        return zip_param_error; // libxlsxwriter reports it
    if (method == z_deflated && !raw) level = thidua::xlsx::part_compression_level;
    return minizip(file, filename, zipfi, extrafield_local, size_extrafield_local,
                   extrafield_global, size_extrafield_global, comment, method, level, raw,
                   window_bits, mem_level, strategy, password, crc_for_crypting,
                   version_made_by, flag_base, zip64);
}

namespace thidua::xlsx {

bool parts_zipped_at_chosen_level() {
    return dlsym(RTLD_DEFAULT, "zipOpenNewFileInZip4_64") ==
           reinterpret_cast<void*>(&zipOpenNewFileInZip4_64);
}

} // namespace thidua::xlsx
