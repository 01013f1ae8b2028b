// The name table: one name (family, PostScript name) in UTF-8, from a
// Windows or Unicode record (UTF-16BE), else a Macintosh Roman one.
#include "font/sfnt_tables.hpp"
#include "text/utf8.hpp"

#include <array>

namespace thidua::font::sfnt {

namespace {

// Macintosh Roman bytes 0x80-0xFF as Unicode.
constexpr std::array<char16_t, 128> mac_roman_high = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

// Control characters (some fonts pad names with NUL) are left out.
void append_printable(std::string& out, char32_t cp) {
    if (cp >= 0x20 && cp != 0x7F) text::append_utf8(out, cp);
}

std::string from_utf16be(Window s) {
    std::string out;
    for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
        const char32_t unit = s.u16(i);
        if (unit >= 0xD800 && unit < 0xDC00 && i + 3 < s.size()) {
            const char32_t low = s.u16(i + 2);
            if (low >= 0xDC00 && low < 0xE000) {
                append_printable(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        append_printable(out, unit >= 0xD800 && unit < 0xE000 ? char32_t{0xFFFD} : unit);
    }
    return out;
}

std::string from_mac_roman(Window s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::uint8_t b = s.u8(i);
        append_printable(out, b < 0x80 ? char32_t{b} : char32_t{mac_roman_high[b - 0x80u]});
    }
    return out;
}

// How much a record is wanted; -1 when its encoding is not understood.
int rank_of(std::uint16_t platform, std::uint16_t encoding, std::uint16_t language) {
    constexpr std::uint16_t english_us = 0x0409;
    if (platform == 3 && (encoding == 0 || encoding == 1 || encoding == 10))
        return language == english_us ? 0 : 1;
    if (platform == 0) return 2;
    if (platform == 1 && encoding == 0) return language == 0 ? 3 : 4;
    return -1;
}

} // namespace

std::string read_name(Window name, int name_id) {
    const std::size_t count = name.u16(2);
    Window strings = name.rest(name.u16(4));
    int best_rank = -1;
    Window best;
    bool best_is_utf16 = false;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = 6 + 12 * i;
        const std::uint16_t platform = name.u16(at);
        const std::uint16_t encoding = name.u16(at + 2);
        const std::uint16_t language = name.u16(at + 4);
        const std::uint16_t id = name.u16(at + 6);
        const std::uint16_t length = name.u16(at + 8);
        const std::uint16_t offset = name.u16(at + 10);
        if (name.overrun()) break;
        const int rank = rank_of(platform, encoding, language);
        if (id != name_id || rank < 0 || (best_rank >= 0 && rank >= best_rank)) continue;
        if (!strings.covers(offset, length)) continue;
        best_rank = rank;
        best = strings.part(offset, length);
        best_is_utf16 = platform != 1;
    }
    if (best_rank < 0) return {};
    return best_is_utf16 ? from_utf16be(best) : from_mac_roman(best);
}

} // namespace thidua::font::sfnt
