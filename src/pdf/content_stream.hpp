// Private to src/pdf, no libharu: the operators of one page's content stream
// (ISO 32000-1, 8 and 9), written as text with std::to_chars (never the C
// locale's decimal comma).
#pragma once

#include "layout/page.hpp"

#include <string>
#include <string_view>
#include <utility>

namespace thidua::pdf {

class PageContent {
public:
    // Every rule as a black line of its width; a dotted one as round dots.
    void add_rules(const std::vector<layout::PlacedRule>& rules);

    // Texts come between begin_text and end_text: black, at their
    // positions, each a string of 2-byte character codes.
    void begin_text();
    void set_font(std::string_view resource, double size);
    // Shows `codes` (big-endian, 2 bytes a character) at (x, y) on the page;
    // `advance` is their width in thousandths of the font size, as the
    // font's /W gives it (EmbeddedFont::width). A text on the baseline of the
    // one before, in the same font and size, at most an em after it,
    // joins that one's TJ array, the space between them one number
    // ("[(Hội)-250(nghị)] TJ": a justified line is one operator, not a move
    // and a show a word); any other (a table's next column) starts a new
    // array after a relative move (Td) from the previous one's start. The codes go in
    // literal strings, their bytes as they are, with '(', ')', '\\' and the
    // line ends escaped: half the length of hex digits, and 13 % fewer bytes
    // once compressed.
    void show(double x, double y, std::u16string_view codes, double advance);
    void end_text();

    const std::string& operators() const { return ops_; }
    // The operators, moved out (the content is empty after).
    std::string take() { return std::move(ops_); }
    // Room for `bytes` of operators, made once.
    void reserve(std::size_t bytes) { ops_.reserve(bytes); }

private:
    void number(double v);
    void point(double x, double y);
    void codes_string(std::u16string_view codes);
    void close_array();

    std::string ops_;
    // The text line's start, in thousandths of a point (the precision
    // written), so that relative moves add up to the exact positions.
    long long line_x_ = 0;
    long long line_y_ = 0;
    // The TJ array being written, if any; where a viewer's pen is after its
    // last text (in points, counted as the viewer counts: from the line's
    // start, the widths /W gives and the numbers written); the font size.
    bool array_open_ = false;
    double pen_x_ = 0;
    double size_ = 0;
};

// `v` with at most three decimals and no trailing zeros ("12", "0.6",
// "-13.289").
void append_number(std::string& out, double v);

} // namespace thidua::pdf
