// Loading libxlsxwriter at run time: dlopen of the soname Debian's
// libxlsxwriter4 package installs, then dlsym of each function thidua calls.
#include "xlsx/lxw_library.hpp"

#include "i18n/messages.hpp"
#include "xlsx/lxw.hpp"

#include <dlfcn.h>

namespace thidua::xlsx {
namespace {

// The ABI of the headers compiled against (libxlsxwriter-dev 1.1.4).
constexpr const char* soname = "libxlsxwriter.so.4";

// RTLD_DEEPBIND: libxlsxwriter, libminizip and libcrypto look their symbols
// up in their own libraries first, not through the twenty libraries thidua
// already has loaded: 4,000 symbol look-ups of libcrypto's, 7.4 million
// instructions for the load, become 3.2 million. The sanitizers define
// malloc in the program itself and refuse it (a library bound deep would
// free with libc what the program allocated), so their builds go without.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr int deep_bind = 0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||                         \
    __has_feature(memory_sanitizer)
constexpr int deep_bind = 0;
#else
constexpr int deep_bind = RTLD_DEEPBIND;
#endif
#else
constexpr int deep_bind = RTLD_DEEPBIND;
#endif

} // namespace

std::unique_ptr<LxwLibrary> LxwLibrary::open(std::string& error) {
    // RTLD_NODELETE: dlclose leaves the code mapped, so a process writing
    // many workbooks (archive) loads the library once; the dynamic linker,
    // not thidua, keeps that state. RTLD_LOCAL: its symbols serve only
    // this table.
    void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE | deep_bind);
    if (handle == nullptr) {
        const char* why = dlerror();
        error = i18n::trf("cannot load {1} to write the workbook ({2}); install the package "
                          "libxlsxwriter4",
                          {soname, why ? why : i18n::tr("unknown reason")});
        return nullptr;
    }
    std::unique_ptr<LxwLibrary> library(new LxwLibrary(handle));
    LxwFunctions& fn = library->fn_;
#define THIDUA_LXW_RESOLVE(name)                                                                   \
    fn.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));                           \
    if (fn.name == nullptr) {                                                                      \
        error = i18n::trf("{1} has no function {2}; install libxlsxwriter4 1.1.4 or a later "      \
                          "compatible one",                                                        \
                          {soname, #name});                                                        \
        return nullptr;                                                                            \
    }
    THIDUA_LXW_FUNCTIONS(THIDUA_LXW_RESOLVE)
#undef THIDUA_LXW_RESOLVE
    return library;
}

LxwLibrary::~LxwLibrary() {
    dlclose(handle_);
}

std::mutex& workbook_close_lock() {
    static std::mutex lock;
    return lock;
}

} // namespace thidua::xlsx
