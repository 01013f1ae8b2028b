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

// The members load_table needs in a table of the functions an X-macro
// LIST(X) names (X(function) for each): `error`, a pointer of each
// function's own type, and each(f). struct T { THIDUA_LIBRARY_TABLE(LIST) };
#define THIDUA_LIBRARY_TABLE_FIELD(name) decltype(&::name) name = nullptr;
#define THIDUA_LIBRARY_TABLE_EACH(name) f(#name, name);
#define THIDUA_LIBRARY_TABLE(LIST)                                                                 \
    std::string error; /* why it could not be loaded; empty when loaded */                         \
    LIST(THIDUA_LIBRARY_TABLE_FIELD)                                                               \
    template <typename F> void each(const F& f) {                                                  \
        LIST(THIDUA_LIBRARY_TABLE_EACH)                                                            \
    }

// A library's table of functions, filled from `soname`. `Table` holds a
// std::string `error` and `each(f)`, calling f(name, field) for every
// function pointer. On failure `error` says why in the module's words:
// cannot_load(what the dynamic linker said), or no_function(name) for the
// first function the library lacks.
template <typename Table, typename CannotLoad, typename NoFunction>
Table load_table(const char* soname, const CannotLoad& cannot_load, const NoFunction& no_function) {
    Table table;
    std::string why;
    void* handle = open_library(soname, why);
    if (handle == nullptr) {
        table.error = cannot_load(why);
        return table;
    }
    table.each([&](const char* name, auto& function) {
        if (table.error.empty() && !find_function(handle, name, function))
            table.error = no_function(name);
    });
    return table;
}

// The table, for the module's forwarding definitions, which run only after
// the module was asked (loaded() true); library_missing otherwise.
template <typename Table> const Table& usable(const Table& table) {
    if (!table.error.empty()) library_missing(table.error);
    return table;
}

// Whether the table was filled; `error` set to why not.
template <typename Table> bool loaded(const Table& table, std::string& error) {
    if (table.error.empty()) return true;
    error = table.error;
    return false;
}

} // namespace thidua::io
