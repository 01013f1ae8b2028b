// The program's libstdc++.so.6: a shared library with nothing in it but
// that soname and the symbol versions libtinyxml2.so.9 asks of libstdc++
// (libstdcxx_for_tinyxml2.map), loaded at start in place of Debian's.
//
// thidua links libstdc++ from its static archive (src/CMakeLists.txt), so
// the dynamic linker does not map Debian's libstdc++.so.6 and bind its
// symbols at every start: 0.6 ms of a render's 8 (README, Performance).
// tinyxml2, the one library linked at start that is C++, names
// libstdc++.so.6 among its needs (DT_NEEDED) and takes nine of its
// symbols: operator new and delete, two type-information vtables, the
// pure-virtual and bad-array handlers and the exception personality. The
// program exports those nine from its own libstdc++, with the versions
// tinyxml2 asks (the same map), and lists this library first among its
// needs, found beside it (build/stand-in/, or <prefix>/lib/thidua/stand-in/
// installed): when the dynamic linker comes to tinyxml2's libstdc++.so.6,
// one of that name is loaded already, and its versions are the ones
// tinyxml2 checks for. tinyxml2's nine symbols then bind to the program.
//
// Without this library (a program copied alone), Debian's libstdc++.so.6 is
// loaded for tinyxml2 as before, which binds to the program's exports all
// the same (the program comes first in the look-up order): slower, just as
// correct. Nothing else loaded is C++ (HarfBuzz, libharu, libxlsxwriter and
// what they bring are C to the dynamic linker). A C++ library preloaded
// into the program (LD_PRELOAD: heaptrack's, jemalloc) finds this
// libstdc++.so.6 too and stops the start ("version `GLIBCXX_3.4.11' not
// found"): build with -DTHIDUA_STATIC_LIBSTDCXX=OFF for such tools. So
// would a later tinyxml2 asking a version the map does not list (the
// dynamic linker names this file; without it Debian's libstdc++ serves;
// tests/test_cli.cpp compares the map with the library linked). The
// library is linked with -nostdlib: it needs nothing, not even libc.
