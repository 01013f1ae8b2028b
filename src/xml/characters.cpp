// The characters and references a file may hold.
#include "xml/characters.hpp"

#include "i18n/messages.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace thidua::xml {
namespace {

std::string code_point_name(char32_t cp) {
    const char* digits = "0123456789ABCDEF";
    std::string hex;
    for (; cp > 0; cp >>= 4)
        hex.insert(hex.begin(), digits[cp & 0xF]);
    while (hex.size() < 4)
        hex.insert(hex.begin(), '0');
    return "U+" + hex;
}

bool is_control(char32_t cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
}

bool is_digit(char c, bool hex) {
    if (c >= '0' && c <= '9') return true;
    return hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return c - 'A' + 10;
}

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == ':';
}

// The advice that ends a message about a wrong character reference.
std::string reference_form() {
    return i18n::tr("a character reference is &#NUMBER; or &#xHEX; (e.g. &#7879; or &#x1EC7; for "
                    "ệ), or write the character itself");
}

Reference character_reference(std::string_view s, std::size_t amp) {
    Reference r;
    std::size_t i = amp + 2;
    const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
    if (hex) ++i;
    const std::size_t digits = i;
    char32_t cp = 0;
    for (; i < s.size() && is_digit(s[i], hex); ++i) {
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(digit_value(s[i]));
        if (cp > 0x110000) cp = 0x110000; // past the last code point; stays past it
    }
    const std::string written(s.substr(amp, i - amp));
    const bool closed = i < s.size() && s[i] == ';';
    r.length = i - amp + (closed ? 1 : 0);
    const bool visible = i < s.size() && static_cast<unsigned char>(s[i]) > 0x20 && s[i] != '<' &&
                         s[i] != '"' && s[i] != '\'';
    if (!closed && visible) {
        std::size_t k = i;
        std::string bad;
        text::append_utf8(bad, text::next_code_point(s, k));
        r.error = i18n::trf(hex ? N_("'{1}' is not a character reference: '{2}' is not a "
                                     "hexadecimal digit; {3}")
                                : N_("'{1}' is not a character reference: '{2}' is not a decimal "
                                     "digit; {3}"),
                            {written + bad, bad, reference_form()});
    } else if (i == digits) {
        r.error = i18n::trf("'{1}' has no number; {2}",
                            {written + (closed ? ";" : ""), reference_form()});
    } else if (!closed) {
        r.error = i18n::trf("the character reference '{1}' needs a ';' after the number", {written});
    } else if (cp >= 0x110000) {
        r.error = i18n::trf("'{1};' is past U+10FFFF, the last Unicode code point; check the "
                            "number, or write the character itself",
                            {written});
    } else if (const auto why = why_not_allowed(cp)) {
        r.error = i18n::trf(cp >= 0xD800 && cp <= 0xDFFF
                                ? N_("'{1};' stands for {2}, which a file may not hold; write the "
                                     "character itself")
                                : N_("'{1};' stands for {2}, which a file may not hold; delete it"),
                            {written, *why});
    } else {
        text::append_utf8(r.decoded, cp);
    }
    return r;
}

} // namespace

namespace {
// Whether the eight bytes at `p` are all printable ASCII (0x20..0x7E).
bool plain_ascii8(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const bool high = (w & highs) != 0;
    const bool below_space = ((w - 0x20 * ones) & ~w & highs) != 0;
    const std::uint64_t del = w ^ (0x7F * ones);
    const bool has_del = ((del - ones) & ~del & highs) != 0;
    return !high && !below_space && !has_del;
}

bool allowed(char32_t cp) {
    return cp != 0 && !is_control(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) &&
           !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE && cp <= 0x10FFFF;
}
} // namespace

std::optional<std::string> why_not_allowed(char32_t cp) {
    if (allowed(cp)) return std::nullopt;
    const std::string name = code_point_name(cp);
    if (cp == 0) return i18n::trf("{1}, the null character", {name});
    if (is_control(cp)) return i18n::trf("{1}, a control character", {name});
    if (cp >= 0xD800 && cp <= 0xDFFF) {
        return i18n::trf("{1}, a surrogate (half of a UTF-16 pair), not a character", {name});
    }
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
        return i18n::trf("{1}, a Unicode non-character", {name});
    }
    return i18n::trf("{1}, past U+10FFFF", {name});
}

Reference read_reference(std::string_view s, std::size_t amp) {
    if (amp + 1 < s.size() && s[amp + 1] == '#') return character_reference(s, amp);
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> named = {
        {{"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}}};
    std::size_t i = amp + 1;
    while (i < s.size() && is_name_char(s[i]))
        ++i;
    Reference r;
    if (i == amp + 1 || i >= s.size() || s[i] != ';') {
        r.length = 1;
        r.error = i18n::tr("a '&' on its own must be written &amp;");
        return r;
    }
    const std::string_view name = s.substr(amp + 1, i - amp - 1);
    r.length = i + 1 - amp;
    for (const auto& [entity, character] : named) {
        if (entity == name) {
            r.decoded = character;
            return r;
        }
    }
    r.error = i18n::trf("'&{1};' is not an XML entity (XML knows only &amp; &lt; &gt; &quot; "
                        "&apos;); write the character itself",
                        {name});
    return r;
}

std::string attribute_value(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    std::size_t i = 0;
    while (i < raw.size()) {
        std::size_t special = i;
        while (special < raw.size() && raw[special] != '&' && raw[special] != '\r')
            ++special;
        out.append(raw.substr(i, special - i)); // plain characters, as they are
        i = special;
        if (i == raw.size()) break;
        if (raw[i] == '&') {
            const Reference r = read_reference(raw, i);
            out += r.decoded;
            i += r.length;
            continue;
        }
        out += '\n'; // '\r', alone or before '\n'
        i += i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1;
    }
    return out;
}

void CharacterProblems::add(std::size_t offset, std::string message) {
    if (listed.size() < limit) {
        listed.push_back({offset, std::move(message)});
    } else {
        ++more;
    }
}

void find_forbidden_characters(std::string_view text, CharacterProblems& out) {
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        if (i + 8 <= size && plain_ascii8(text.data() + i)) {
            i += 8;
            continue;
        }
        // Character by character up to the next eight bytes (a line end or
        // a letter with marks is among them).
        const std::size_t stop = std::min(i + 8, size);
        while (i < stop) {
            const auto b = static_cast<unsigned char>(text[i]);
            // The characters of any ordinary file go by without decoding:
            // ASCII but controls and DEL; two bytes but U+0080..U+009F (C1);
            // three bytes from U+1000 to U+CFFF (Vietnamese's stacked
            // letters among them), where nothing is refused.
            if (b < 0x80) {
                if ((b >= 0x20 && b != 0x7F) || b == '\n' || b == '\t' || b == '\r') {
                    ++i;
                    continue;
                }
            } else if (b >= 0xC2 && b <= 0xDF && i + 2 <= size) {
                if (b != 0xC2 || static_cast<unsigned char>(text[i + 1]) >= 0xA0) {
                    i += 2;
                    continue;
                }
            } else if (b >= 0xE1 && b <= 0xEC && i + 3 <= size) {
                i += 3;
                continue;
            }
            const std::size_t at = i;
            const char32_t cp = text::next_code_point(text, i);
            if (allowed(cp)) continue;
            out.add(at, i18n::trf("{1}, is not allowed in the file; delete it (such characters "
                                  "are invisible and usually come in by copying and pasting)",
                                  {*why_not_allowed(cp)}));
        }
    }
}

void find_bad_references(std::string_view text, std::size_t begin, std::size_t end,
                         CharacterProblems& out) {
    const std::string_view range = text.substr(0, end);
    for (std::size_t amp = range.find('&', begin); amp != std::string_view::npos;
         amp = range.find('&', amp + 1)) {
        const Reference r = read_reference(range, amp);
        if (!r.error.empty()) out.add(amp, r.error);
    }
}

} // namespace thidua::xml
