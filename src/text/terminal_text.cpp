// Text for a terminal: what a message quotes from the input must not
// move the cursor, ring the bell or break the UTF-8 the terminal expects.
#include "text/utf8.hpp"

#include <array>

namespace thidua::text {
namespace {

void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
    static const char* hex = "0123456789abcdef";
    out += prefix;
    for (int k = digits - 1; k >= 0; --k)
        out += hex[(value >> (4 * k)) & 0xF];
}

// The length of the valid UTF-8 sequence at s[i], or 0.
std::size_t valid_sequence(std::string_view s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80           ? 1
                    : (b >> 5) == 0x6  ? 2
                    : (b >> 4) == 0xE  ? 3
                    : (b >> 3) == 0x1E ? 4
                                       : 0;
    if (n == 0 || i + n > s.size()) return 0;
    if (n > 1 && find_invalid_utf8(s.substr(i, n))) return 0;
    return n;
}

} // namespace

std::string terminal_safe(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = valid_sequence(s, i);
        if (n == 0) {
            append_hex(out, "\\x", static_cast<unsigned char>(s[i]), 2);
            ++i;
            continue;
        }
        std::size_t j = i;
        const char32_t cp = next_code_point(s, j);
        const bool control = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
        const bool direction = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        if (control) {
            append_hex(out, "\\x", static_cast<unsigned>(cp), 2);
        } else if (direction) {
            append_hex(out, "\\u", static_cast<unsigned>(cp), 4);
        } else {
            out.append(s.substr(i, n));
        }
        i += n;
    }
    return out;
}

} // namespace thidua::text
