// UTF-8 checks and normalisation (utf8proc does the Unicode tables).
#include "text/utf8.hpp"

#include "i18n/messages.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <utf8proc.h>

namespace thidua::text {
namespace {

std::string hex_byte(unsigned char b) {
    const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[b >> 4] + digits[b & 0xF];
}

// Length of the sequence a lead byte starts, or 0 if it cannot start one.
int sequence_length(unsigned char b) {
    if (b < 0x80) return 1;
    if (b >= 0xC2 && b <= 0xDF) return 2;
    if (b >= 0xE0 && b <= 0xEF) return 3;
    if (b >= 0xF0 && b <= 0xF4) return 4;
    return 0;
}

// Allowed range of the second byte for a lead byte (rules out overlongs,
// surrogates and code points above U+10FFFF).
bool second_byte_ok(unsigned char lead, unsigned char b) {
    switch (lead) {
    case 0xE0:
        return b >= 0xA0 && b <= 0xBF;
    case 0xED:
        return b >= 0x80 && b <= 0x9F;
    case 0xF0:
        return b >= 0x90 && b <= 0xBF;
    case 0xF4:
        return b >= 0x80 && b <= 0x8F;
    default:
        return b >= 0x80 && b <= 0xBF;
    }
}

// Line and column (in characters) of byte `offset`, counted from the start;
// only wanted for an error, so not kept up while checking.
std::pair<int, int> line_and_column(std::string_view bytes, std::size_t offset) {
    int line = 1;
    int column = 1;
    std::size_t i = 0;
    while (i < offset) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += static_cast<std::size_t>(std::max(sequence_length(lead), 1));
    }
    return {line, column};
}

// Why the sequence at `i` is not UTF-8, or "" when it is one (its length
// then in `len`).
std::string sequence_problem(std::string_view bytes, std::size_t i, int& len) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    len = sequence_length(lead);
    if (len == 0) return i18n::trf("byte {1} cannot start a character", {hex_byte(lead)});
    if (i + static_cast<std::size_t>(len) > bytes.size())
        return i18n::trf("the file ends in the middle of a character (byte {1})", {hex_byte(lead)});
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(k)]);
        const bool ok = k == 1 ? second_byte_ok(lead, b) : (b >= 0x80 && b <= 0xBF);
        if (!ok) return i18n::trf("byte {1} is not followed by a valid continuation byte", {hex_byte(lead)});
    }
    return "";
}

} // namespace

std::optional<Utf8Error> find_invalid_utf8(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        i = skip_ascii(bytes, i); // most of any file
        if (i == bytes.size()) break;
        // Two- and three-byte letters (Vietnamese's) that are plainly good
        // go by without a closer look.
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const auto continues = [&](std::size_t k) {
            return k < bytes.size() && (static_cast<unsigned char>(bytes[k]) & 0xC0) == 0x80;
        };
        if (lead >= 0xC2 && lead <= 0xDF && continues(i + 1)) {
            i += 2;
            continue;
        }
        if (lead >= 0xE1 && lead <= 0xEC && continues(i + 1) && continues(i + 2)) {
            i += 3;
            continue;
        }
        int len = 0;
        std::string reason = sequence_problem(bytes, i, len);
        if (!reason.empty()) {
            const auto [line, column] = line_and_column(bytes, i);
            return Utf8Error{i, line, column, std::move(reason)};
        }
        i += static_cast<std::size_t>(len);
    }
    return std::nullopt;
}

std::size_t skip_ascii(std::string_view s, std::size_t from) {
    std::size_t i = from;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + i, 8);
        if (word & 0x8080808080808080ULL) break;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80)
        ++i;
    return i;
}

int count_code_points(std::string_view s) {
    int n = 0;
    for (char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
}

char32_t next_multibyte_code_point(std::string_view s, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    int len = sequence_length(lead);
    if (len == 0) len = 1;
    char32_t cp = len == 1 ? lead : lead & (0x7F >> len);
    for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {

// Code points that are NFC whatever surrounds them and never combine with a
// following mark: below U+0300 (Latin letters with their precomposed marks),
// Latin Extended Additional (all of Vietnamese's stacked letters) and the
// common dashes and quotes. Text made only of these is already NFC.
bool stable_in_nfc(char32_t cp) {
    return cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2010 && cp <= 0x2027);
}

// True when every code point is stable, so NFC would change nothing.
bool all_stable(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        if (!stable_in_nfc(next_code_point(s, i))) return false;
    }
    return true;
}

} // namespace

std::string to_nfc(std::string_view s) {
    if (all_stable(s)) return std::string(s);
    utf8proc_uint8_t* raw = nullptr;
    const utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                     static_cast<utf8proc_ssize_t>(s.size()), &raw,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(raw, &std::free);
    if (n < 0) return std::string(s); // invalid UTF-8 is caught before this point
    return std::string(reinterpret_cast<const char*>(raw), static_cast<std::size_t>(n));
}

std::string fold_whitespace(std::string_view s, bool trim) {
    std::string out;
    out.reserve(s.size());
    bool in_space = false;
    for (char c : s) {
        if (is_xml_space(c)) {
            in_space = true;
            continue;
        }
        if (in_space && (!out.empty() || !trim)) out += ' ';
        in_space = false;
        out += c;
    }
    if (in_space && !trim) out += ' ';
    return out;
}

} // namespace thidua::text

namespace thidua::text {

std::string strip_marks_lower(std::string_view s) {
    utf8proc_uint8_t* raw = nullptr;
    const utf8proc_ssize_t n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                     static_cast<utf8proc_ssize_t>(s.size()), &raw,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE |
                                                    UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD));
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(raw, &std::free);
    if (n < 0) return std::string(s);
    std::string out;
    const std::string_view folded(reinterpret_cast<const char*>(raw), static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < folded.size();) {
        const char32_t cp = next_code_point(folded, i);
        append_utf8(out, cp == U'đ' ? U'd' : cp);
    }
    return out;
}

} // namespace thidua::text

namespace thidua::text {
namespace {

template <typename Map> std::string map_case(std::string_view s, Map map) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = next_code_point(s, i);
        append_utf8(out, static_cast<char32_t>(map(static_cast<utf8proc_int32_t>(cp))));
    }
    return to_nfc(out);
}

} // namespace

std::string to_upper(std::string_view s) {
    return map_case(s, utf8proc_toupper);
}
std::string to_lower(std::string_view s) {
    return map_case(s, utf8proc_tolower);
}

} // namespace thidua::text
