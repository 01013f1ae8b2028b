// FontFile's HarfBuzz objects (font_file.hpp keeps HarfBuzz's types out of
// its header): read by font_file.cpp and by subset.cpp, which cuts every
// subset from the same face.
#pragma once

#include "font/font_file.hpp"
#include "font/hb_handles.hpp"

namespace thidua::font {

// The face (hb_font_get_face) and font over FontFile::bytes_, made once by
// FontFile::read and only read from then on, by any thread.
struct FontFile::Lookup {
    hb::Font font;
};

} // namespace thidua::font
