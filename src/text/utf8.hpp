// UTF-8 validation, code-point counting, NFC normalisation and white-space
// folding: what every piece of input text goes through.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::text {

// The first place where bytes are not valid UTF-8.
struct Utf8Error {
    std::size_t byte_offset = 0; // 0-based offset in the whole buffer
    int line = 1;                // 1-based
    int column = 1;              // 1-based, in code points
    std::string reason;          // plain words, e.g. "byte 0xE1 ... is not followed by ..."
};

// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
std::optional<Utf8Error> find_invalid_utf8(std::string_view bytes);

// Number of code points in valid UTF-8.
int count_code_points(std::string_view s);

// The code point of the multi-byte sequence at s[i] (next_code_point's
// slower half, out of line).
char32_t next_multibyte_code_point(std::string_view s, std::size_t& i);

// Decodes the code point at s[i] (valid UTF-8 assumed) and advances i. An
// ASCII byte, most of the text measured and drawn, is decoded in place.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    return next_multibyte_code_point(s, i);
}

// The offset of the first byte at or after `from` that is not ASCII (or
// s.size()), eight bytes at a time.
std::size_t skip_ascii(std::string_view s, std::size_t from);

// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);

// Unicode NFC (canonical composition). ASCII passes through untouched.
std::string to_nfc(std::string_view s);

// XML white space (space, tab, CR, LF) of any length becomes one space.
// With trim, leading and trailing white space is dropped.
std::string fold_whitespace(std::string_view s, bool trim = true);

// One comparison for the common case, any byte above the space.
inline bool is_xml_space(char c) {
    return static_cast<unsigned char>(c) <= ' ' &&
           (c == ' ' || c == '\t' || c == '\n' || c == '\r');
}

// Safe to print on a terminal: control characters (C0, DEL, C1) as \x1b,
// bidirectional overrides as \u202e, bytes that are not UTF-8 as \xff, a
// backslash doubled; everything else as it is. Always valid UTF-8.
std::string terminal_safe(std::string_view s);

} // namespace thidua::text

namespace thidua::text {

// Lower case with the marks taken off: "Bắc Kạn" -> "bac kan", "Đà" -> "da".
std::string strip_marks_lower(std::string_view s);

} // namespace thidua::text

namespace thidua::text {

// Upper case by Unicode's simple mapping, which is right for Vietnamese:
// "đ" -> "Đ", "ệ" -> "Ệ", "ư" -> "Ư". The result is NFC again.
std::string to_upper(std::string_view s);
std::string to_lower(std::string_view s);

} // namespace thidua::text
