// Breaking styled text into lines and setting each line: words measured in
// their own fonts, greedy breaking at spaces (and, for a unit longer than
// the line, after a '/' between letters; never inside a syllable or a
// number), justification by spreading the spaces, never by spreading letters.
#pragma once

#include "doc/blocks.hpp"
#include "layout/layout.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace thidua::layout {

// A piece of a word in one style.
struct Fragment {
    std::string text;
    FontStyle style = FontStyle::regular;
    units::Pt width;
};

struct Word {
    // Shared and never changed once made: breaking copies words into lines
    // many times over (balancing, titles), and a copy should not copy text.
    // The words made together (a paragraph's) keep their fragments in one
    // array, this word's at [first, first + count): one allocation, not one
    // per word.
    std::shared_ptr<const std::vector<Fragment>> parts;
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    units::Pt width;
    units::Pt space_after;   // the space that follows it (0: none, e.g. before a punctuation run)
    std::string_view origin; // the span's origin, for messages (lives in the doc tree)
    bool from_data = false;  // some of it is a value of the input file

    std::span<const Fragment> fragments() const {
        if (!parts) return {};
        return std::span<const Fragment>(*parts).subspan(first, count);
    }
};

struct Line {
    std::vector<Word> words;
    units::Pt natural_width; // words plus the spaces between them
    bool too_wide = false;   // holds a word wider than the line: an error for the caller
};

FontStyle style_of(bool bold, bool italic);

std::vector<Word> words_of(const doc::Spans& spans, units::Pt size, const Fonts& fonts);

// The widest piece the word can be cut into: the word itself, or its widest
// part between the '/' of a unit. Nothing narrower can hold it.
units::Pt narrowest(const Word& word, units::Pt size, const Fonts& fonts);

// The first line may be narrower (a first-line indent).
std::vector<Line> break_lines(const std::vector<Word>& words, units::Pt first_width,
                              units::Pt width, units::Pt size, const Fonts& fonts);

// Places a line whose left edge is `x`, in a box `width` wide, on `baseline`.
// Justified lines other than the last spread their spaces to fill the box.
void set_line(const Line& line, units::Pt x, units::Pt width, doc::Align align, bool last,
              units::Pt baseline, units::Pt size, std::vector<PlacedText>& out);

// Vertical metrics of the regular font at `size`.
units::Pt ascent(const Fonts& fonts, units::Pt size);
units::Pt line_height(const Fonts& fonts, units::Pt size, double spacing);

} // namespace thidua::layout
