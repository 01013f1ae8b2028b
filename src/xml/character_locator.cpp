// Finding a character in the raw file: a scan that skips comments and
// decodes numeric references, then the line index for the position.
#include "xml/character_locator.hpp"

#include "text/utf8.hpp"
#include "xml/markup_scan.hpp"

namespace thidua::xml {
namespace {

// The code point of a numeric reference starting at s[i] ("&#...;"), and
// its length; nullopt if s[i] does not start one.
std::optional<std::pair<char32_t, std::size_t>> reference_at(std::string_view s, std::size_t i) {
    if (s.substr(i, 2) != "&#") return std::nullopt;
    std::size_t k = i + 2;
    const bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
    if (hex) ++k;
    unsigned long value = 0;
    const std::size_t digits_start = k;
    for (; k < s.size() && s[k] != ';'; ++k) {
        const char c = s[k];
        int d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
        if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
        if (d < 0 || value > 0x10FFFF) return std::nullopt;
        value = value * (hex ? 16 : 10) + static_cast<unsigned long>(d);
    }
    if (k == digits_start || k >= s.size()) return std::nullopt;
    return std::make_pair(static_cast<char32_t>(value), k + 1 - i);
}

} // namespace

std::optional<diag::Pos> locate_character(std::string_view source, char32_t cp) {
    for (std::size_t i = 0; i < source.size();) {
        if (source.substr(i, 4) == "<!--") {
            const std::size_t end = source.find("-->", i + 4);
            if (end == std::string_view::npos) return std::nullopt;
            i = end + 3;
            continue;
        }
        std::optional<char32_t> here;
        std::size_t next = i + 1;
        if (const auto ref = reference_at(source, i)) {
            here = ref->first;
            next = i + ref->second;
        } else if (static_cast<unsigned char>(source[i]) >= 0x80) {
            std::size_t j = i;
            here = text::next_code_point(source, j);
            next = j;
        } else {
            here = static_cast<char32_t>(source[i]);
        }
        if (*here == cp) {
            const LineIndex lines(source);
            return diag::Pos{lines.line_of(i), lines.column_of(i)};
        }
        i = next;
    }
    return std::nullopt;
}

std::optional<diag::Pos> locate_text(std::string_view source, std::string_view text) {
    if (text.empty()) return std::nullopt;
    std::size_t comment_end = 0; // the end of the last comment passed
    for (std::size_t at = source.find(text); at != std::string_view::npos;
         at = source.find(text, at + 1)) {
        // Inside a comment? Comments before `at` are skipped as found.
        if (at < comment_end) continue;
        bool in_comment = false;
        for (std::size_t open = source.find("<!--", comment_end); open < at;
             open = source.find("<!--", comment_end)) {
            const std::size_t close = source.find("-->", open + 4);
            if (close == std::string_view::npos) return std::nullopt;
            comment_end = close + 3;
            if (at < comment_end) {
                in_comment = true;
                break;
            }
        }
        if (in_comment) continue;
        // A markup name ("<member", "</member") is not the text.
        const char before = at > 0 ? source[at - 1] : ' ';
        if (before == '<' || before == '/') continue;
        const LineIndex lines(source);
        return diag::Pos{lines.line_of(at), lines.column_of(at)};
    }
    return std::nullopt;
}

} // namespace thidua::xml
