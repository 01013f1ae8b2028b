// Text measurement with the TrueType metrics, greedy word wrapping, and
// Excel's width units.
#include "xlsx/text_width.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace thidua::xlsx {
namespace {

// Calls `each` with every piece of `s` between separators `sep` (empty
// pieces too), without making a list of them.
template <class Each> void for_each_piece(std::string_view s, char sep, Each each) {
    std::size_t start = 0;
    while (true) {
        const std::size_t end = s.find(sep, start);
        each(s.substr(start, end == std::string_view::npos ? s.npos : end - start));
        if (end == std::string_view::npos) return;
        start = end + 1;
    }
}

constexpr double pixels_per_point = 96.0 / 72.0;
constexpr double digit_pixels = 7;    // Calibri 11's widest digit
constexpr double padding_pixels = 12; // both sides of the text, with a little to spare

} // namespace

const font::FontFile& TextWidth::font(const CellStyle& style) const {
    if (style.bold) return *fonts_.bold;
    if (style.italic) return *fonts_.italic;
    return *fonts_.regular;
}

double TextWidth::width(std::string_view text, const CellStyle& style) const {
    double widest = 0;
    for_each_piece(text, '\n', [&](std::string_view line) {
        widest = std::max(widest, font(style).measure(line, units::Pt(style.size)).value);
    });
    return widest;
}

double TextWidth::longest_word(std::string_view text, const CellStyle& style) const {
    double widest = 0;
    for_each_piece(text, '\n', [&](std::string_view line) {
        for_each_piece(line, ' ', [&](std::string_view word) {
            widest = std::max(widest, font(style).measure(word, units::Pt(style.size)).value);
        });
    });
    return widest;
}

int TextWidth::lines(std::string_view text, const CellStyle& style, double width_pt) const {
    const font::FontFile& f = font(style);
    const double space = f.measure(" ", units::Pt(style.size)).value;
    int count = 0;
    for_each_piece(text, '\n', [&](std::string_view paragraph) {
        ++count;
        double used = -1;
        for_each_piece(paragraph, ' ', [&](std::string_view word) {
            if (word.empty()) return;
            const double w = f.measure(word, units::Pt(style.size)).value;
            if (used < 0) {
                used = w;
            } else if (used + space + w <= width_pt) {
                used += space + w;
            } else {
                ++count;
                used = w;
            }
        });
    });
    return std::max(count, 1);
}

double column_units(double text_pt) {
    // One pixel more than needed: Excel rounds a column down to whole pixels.
    const double pixels = text_pt * pixels_per_point + padding_pixels + 1;
    return std::ceil(pixels / digit_pixels * 4) / 4;
}

double column_pixels(double units) {
    return std::floor(units * digit_pixels + 5);
}

double text_room(double pixels) {
    return (pixels - 5 - padding_pixels) / pixels_per_point;
}

double row_height(int lines, int size) {
    // Excel's single-line height for Times New Roman is about 1.3 times the
    // size (15.75 pt at 12 pt); extra lines add the same, plus room for borders.
    const double line = std::ceil(size * 1.3 * 4) / 4;
    return line * lines + 2;
}

} // namespace thidua::xlsx
