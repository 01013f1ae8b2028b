// Loading libxlsxwriter at run time: dlopen of the soname Debian's
// libxlsxwriter4 package installs, then dlsym of each function thidua calls.
#include "xlsx/lxw_library.hpp"

#include "i18n/messages.hpp"
#include "io/program_folder.hpp"
#include "xlsx/lxw.hpp"

#include <dlfcn.h>
#include <filesystem>

namespace thidua::xlsx {
namespace {

// The ABI of the headers compiled against (libxlsxwriter-dev 1.1.4).
constexpr const char* soname = "libxlsxwriter.so.4";

// libxlsxwriter's dependency with the most symbols (4,191 relocations),
// loaded only when thidua's MD5 library cannot stand for it.
constexpr const char* crypto_soname = "libcrypto.so.3";

// RTLD_DEEPBIND for libcrypto: it looks its own symbols up in itself first,
// not through the twenty libraries thidua has loaded already; loading
// libxlsxwriter took 7.4 million instructions, 4 million of them libcrypto's
// look-ups. libxlsxwriter itself is bound the usual way, so that it binds to
// the program's lxw_tmpfile (memory_parts.hpp). The sanitizers define malloc
// in the program and refuse deep binding (a library bound deep would free
// with libc what the program allocated): their builds load libcrypto with
// libxlsxwriter.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool deep_bind_crypto = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||                         \
    __has_feature(memory_sanitizer)
constexpr bool deep_bind_crypto = false;
#else
constexpr bool deep_bind_crypto = true;
#endif
#else
constexpr bool deep_bind_crypto = true;
#endif

// thidua's MD5 library (src/md5): libxlsxwriter's three libcrypto
// functions under libcrypto's soname, found beside the program (a build
// folder) or in <prefix>/lib/thidua (installed).
constexpr const char* md5_library = "libthidua-md5.so";

// The MD5 library loaded, or nullptr when it is not found or not loaded.
void* load_md5_library() {
    const auto bin = io::program_folder();
    if (!bin) return nullptr;
    for (const std::filesystem::path& path :
         {bin->parent_path() / "lib/thidua" / md5_library, *bin / md5_library}) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) continue;
        if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) return handle;
    }
    return nullptr;
}

} // namespace

std::unique_ptr<LxwLibrary> LxwLibrary::open(std::string& error) {
    // RTLD_NODELETE: dlclose leaves the code mapped, so a process writing
    // many workbooks (archive) loads the library once; the dynamic linker,
    // not thidua, keeps that state. RTLD_LOCAL: its symbols serve only
    // this table. thidua's MD5 library first, standing for libcrypto; if
    // libxlsxwriter then does not load (a later one needing more of
    // libcrypto), it is let go and OpenSSL's libcrypto loaded instead, deep
    // bound when allowed; if that fails too, loading libxlsxwriter says why.
    void* handle = nullptr;
    if (void* md5 = load_md5_library()) {
        handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        dlclose(md5); // libxlsxwriter holds it now, if it loaded
    }
    if (handle == nullptr) {
        if (deep_bind_crypto)
            dlopen(crypto_soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE | RTLD_DEEPBIND);
        handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    }
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
