// open_library, find_symbol and library_missing (see loaded_library.hpp):
// dlopen, dlsym, abort.
#include "io/loaded_library.hpp"

#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>

namespace thidua::io {

void* open_library(const char* soname, std::string& why) {
    void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (handle == nullptr) {
        const char* said = dlerror();
        why = said != nullptr ? said : "";
    }
    return handle;
}

bool find_symbol(void* handle, const char* name, void*& symbol) {
    symbol = dlsym(handle, name);
    return symbol != nullptr;
}

void library_missing(const std::string& error) {
    std::fprintf(stderr, "thidua: %s\n", error.c_str());
    std::abort();
}

} // namespace thidua::io
