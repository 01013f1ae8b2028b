// The layout's result and the PDF writer's input: pages of positioned words
// and rules, in PDF coordinates (points, origin at the bottom-left corner).
#pragma once

#include "units/pt.hpp"

#include <string>
#include <vector>

namespace thidua::layout {

enum class FontStyle { regular = 0, bold = 1, italic = 2, bold_italic = 3 };

// One piece of text drawn as it is: a word, or a run of words that needs no
// justification. `x`, `baseline` are where the text starts.
struct PlacedText {
    units::Pt x;
    units::Pt baseline;
    std::string text; // UTF-8, NFC; every code point has a glyph in its font
    FontStyle style = FontStyle::regular;
    units::Pt size;
};

// A straight line: solid rules of the Decree 30 header, table borders, and
// dotted fill-in lines where optional data is absent.
struct PlacedRule {
    units::Pt x1, y1, x2, y2;
    units::Pt width;
    bool dotted = false;
};

struct Page {
    std::vector<PlacedText> texts;
    std::vector<PlacedRule> rules;
    units::Pt width{0}; // 0: the document's size
    units::Pt height{0};
};

struct Document {
    units::Pt width = units::a4_width; // of pages that give no size of their own
    units::Pt height = units::a4_height;
    std::vector<Page> pages;
};

} // namespace thidua::layout
