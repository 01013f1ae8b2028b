// Private to src/pdf: how a code point is named in messages ("U+1EC7").
#pragma once

#include <cstdio>
#include <string>

namespace thidua::pdf {

inline std::string u_plus(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

} // namespace thidua::pdf
