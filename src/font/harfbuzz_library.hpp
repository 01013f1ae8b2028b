// HarfBuzz loaded when the first font is read (dlopen), not linked: with
// the eight libraries it brings (freetype, graphite2, glib, pcre2, png,
// brotli twice, zlib) it was most of thidua's start (--version), paid by
// every command, and render now loads it on one thread while the other
// reads the templates. font/ calls HarfBuzz as before: harfbuzz_library.cpp
// defines each function thidua uses and forwards it to the library.
#pragma once

#include <string>

namespace thidua::font {

// Loads HarfBuzz and hb-subset (once a process; later calls only report);
// false with `error` set (a plain sentence naming the package) when they
// cannot be loaded. Reading a font calls it first.
bool load_harfbuzz(std::string& error);

} // namespace thidua::font
