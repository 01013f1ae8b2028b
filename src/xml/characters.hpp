// Which characters a cluster-year file may hold, raw or written as a
// reference: XML 1.0's Char without the control characters (C0 but tab,
// line feed and carriage return; DEL; C1) and the Unicode non-characters;
// and which references are good (&#N;, &#xN; and XML's five named
// entities). Each refusal in plain words.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::xml {

// Why the code point may not appear in the file ("U+001B, a control
// character"), or nullopt when it may.
std::optional<std::string> why_not_allowed(char32_t cp);

// The reference that starts at the '&' at `amp`: how many bytes it takes
// (with the ';') and the character it stands for, or why it is wrong (a
// '&' on its own is wrong: tinyxml2 garbles one that follows a reference).
struct Reference {
    std::size_t length = 0;
    std::string decoded;
    std::string error; // empty when the reference is good
};
Reference read_reference(std::string_view text, std::size_t amp);

// An attribute value as XML gives it: references replaced by what they
// stand for, every line end made "\n". The value has passed
// find_bad_references.
std::string attribute_value(std::string_view raw);

// Problems at byte offsets of the file; the first `limit` are kept, the
// others only counted.
struct CharacterProblems {
    struct Problem {
        std::size_t offset = 0;
        std::string message;
    };
    std::size_t limit = 100;
    std::vector<Problem> listed;
    std::size_t more = 0;

    void add(std::size_t offset, std::string message);
    bool empty() const { return listed.empty(); }
};

// Every raw character of `text` (valid UTF-8) that may not appear.
void find_forbidden_characters(std::string_view text, CharacterProblems& out);

// Every bad reference in text[begin, end) (a text or an attribute value).
void find_bad_references(std::string_view text, std::size_t begin, std::size_t end,
                         CharacterProblems& out);

} // namespace thidua::xml
