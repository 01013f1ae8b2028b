// Finding a character in the raw file: a scan that skips comments and
// decodes numeric references, then the line index for the position.
#include "xml/character_locator.hpp"

#include "text/utf8.hpp"
#include "xml/markup_scan.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

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

struct InputFinder::Index {
    explicit Index(std::string_view source) : lines(source) {
        // Every character's first offset, outside comments.
        for (std::size_t i = 0; i < source.size();) {
            if (source.substr(i, 4) == "<!--") {
                const std::size_t end = source.find("-->", i + 4);
                comments.push_back({i, end == std::string_view::npos ? source.size() : end + 3});
                i = comments.back().second;
                continue;
            }
            char32_t here = 0;
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
            first.emplace(here, i);
            i = next;
        }
    }

    bool in_comment(std::size_t offset) const {
        const auto after =
            std::upper_bound(comments.begin(), comments.end(), offset,
                             [](std::size_t o, const std::pair<std::size_t, std::size_t>& c) {
                                 return o < c.first;
                             });
        return after != comments.begin() && offset < std::prev(after)->second;
    }

    diag::Pos pos(std::size_t offset) const {
        return {lines.line_of(offset), lines.column_of(offset)};
    }

    LineIndex lines;
    std::vector<std::pair<std::size_t, std::size_t>> comments; // [begin, end), in order
    std::unordered_map<char32_t, std::size_t> first;
    std::unordered_map<std::string, std::optional<diag::Pos>> words;
};

InputFinder::InputFinder(std::string_view source) : source_(source) {}
InputFinder::~InputFinder() = default;

InputFinder::Index& InputFinder::index() {
    if (!index_) index_ = std::make_unique<Index>(source_);
    return *index_;
}

std::optional<diag::Pos> InputFinder::character(char32_t cp) {
    Index& ix = index();
    const auto found = ix.first.find(cp);
    if (found == ix.first.end()) return std::nullopt;
    return ix.pos(found->second);
}

std::optional<diag::Pos> InputFinder::text(std::string_view text) {
    if (text.empty()) return std::nullopt;
    Index& ix = index();
    const auto known = ix.words.find(std::string(text));
    if (known != ix.words.end()) return known->second;
    if (ix.words.size() >= max_word_searches) return std::nullopt;
    std::optional<diag::Pos> at;
    const std::boyer_moore_horspool_searcher searcher(text.begin(), text.end());
    for (auto it = std::search(source_.begin(), source_.end(), searcher); it != source_.end();
         it = std::search(it + 1, source_.end(), searcher)) {
        const std::size_t offset = static_cast<std::size_t>(it - source_.begin());
        // A markup name ("<member", "</member") is not the text.
        const char before = offset > 0 ? source_[offset - 1] : ' ';
        if (before == '<' || before == '/' || ix.in_comment(offset)) continue;
        at = ix.pos(offset);
        break;
    }
    ix.words.emplace(std::string(text), at);
    return at;
}

std::optional<diag::Pos> locate_character(std::string_view source, char32_t cp) {
    return InputFinder(source).character(cp);
}

std::optional<diag::Pos> locate_text(std::string_view source, std::string_view text) {
    return InputFinder(source).text(text);
}

} // namespace thidua::xml
