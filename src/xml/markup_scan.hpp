// A small scanner over the raw XML text that finds where every start tag and
// attribute is, so messages can give LINE:COLUMN (tinyxml2 gives lines only),
// that explains the commonest syntax mistakes in plain words, and that finds
// every bad reference (&#0;, &#;, &nbsp;) in texts and attribute values.
#pragma once

#include "xml/characters.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::xml {

struct AttrSpan {
    std::string name;
    std::size_t name_offset = 0;
    std::size_t value_offset = 0; // first byte inside the quotes
    std::size_t value_end = 0;    // the closing quote
};

struct TagSpan {
    std::string name;
    std::size_t offset = 0;         // the '<'
    std::size_t content_offset = 0; // just after the start tag's '>'
    std::size_t end_offset = 0;     // just after the end tag (or the '/>')
    std::vector<AttrSpan> attrs;
    const AttrSpan* find(std::string_view attr) const;
};

struct SyntaxError {
    std::size_t offset = 0;
    std::string message;
};

struct MarkupScan {
    std::vector<TagSpan> tags; // every start tag, in document order
    std::optional<std::string> declared_encoding;
    std::size_t encoding_offset = 0;
    std::optional<SyntaxError> error; // the first syntax problem, if any
    CharacterProblems references;     // every bad reference before it
};

// Limits that keep reading linear: tinyxml2 looks attribute names up one by
// one, and elements nest by recursion.
inline constexpr std::size_t max_attributes = 1000;
inline constexpr std::size_t max_depth = 50;
// And memory bounded: a file of 20,000 members has about 120,000 elements,
// while 16 MiB of empty elements would be over two million.
inline constexpr std::size_t max_elements = 500000;

class LineIndex;
MarkupScan scan_markup(std::string_view text, const LineIndex& lines);

// Offsets to 1-based line and column (column in code points), each in time
// independent of the line's length: the code points before every 64th byte
// are counted once, on the first question (a file without errors is
// usually never asked one: the tree builder counts its positions itself).
// Not for sharing between threads.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : text_(text) {}
    int line_of(std::size_t offset) const;
    int column_of(std::size_t offset) const;

private:
    void build() const;
    std::size_t code_points_before(std::size_t offset) const;

    std::string_view text_;
    mutable bool built_ = false;
    mutable std::vector<std::size_t> starts_;
    mutable std::vector<std::size_t> counted_; // code points before byte k * 64
};

} // namespace thidua::xml
