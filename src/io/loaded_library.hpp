// A shared library loaded at run time (dlopen) and its functions looked up
// by name (dlsym), for the modules that load their library only when first
// needed (font/harfbuzz_library.cpp, pdf/libharu_library.cpp). Their
// messages stay theirs: this says only what the dynamic linker said.
#pragma once

#include <string>

namespace thidua::io {

// Loads `soname` with every symbol bound now, private to the caller, never
// unloaded (the handle may then be closed); nullptr with `why` set (the
// dynamic linker's words) when it cannot.
void* open_library(const char* soname, std::string& why);

// The function `name` of the library as `function`'s type; false when the
// library has none of that name (an older or different one).
bool find_symbol(void* handle, const char* name, void*& symbol);
template <typename Function>
bool find_function(void* handle, const char* name, Function& function) {
    void* symbol = nullptr;
    const bool found = find_symbol(handle, name, symbol);
    function = reinterpret_cast<Function>(symbol);
    return found;
}

// Ends the process, `error` on the standard error: for a function of a
// library that did not load, called although its module was asked first.
[[noreturn]] void library_missing(const std::string& error);

} // namespace thidua::io
