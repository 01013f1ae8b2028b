// Setting styled text into a box of a given width: the lines of a paragraph,
// a table cell, a title line. Shared by every kind of block; reports a word
// wider than its box as an error naming where the text came from. Internal
// to layout/.
#pragma once

#include "diag/diagnostics.hpp"
#include "doc/blocks.hpp"
#include "layout/layout.hpp"
#include "layout/line_breaking.hpp"

#include <vector>

namespace thidua::layout {

// Lines of text set in a box. Baselines are measured down from the box's top.
struct TextBox {
    std::vector<PlacedText> texts;
    units::Pt height;
    units::Pt widest; // natural width of the longest line
};

doc::Spans styled(doc::Spans spans, bool bold, bool italic = false);
doc::Spans plain(const std::string& text, bool bold, bool italic, const std::string& origin);

// Where centred title lines should break: never inside a `keep` phrase,
// preferably before a `break_before` one.
struct PhraseBreaks {
    const std::vector<std::string>* keep = nullptr;
    const std::vector<std::string>* break_before = nullptr;
};

class Typesetter {
public:
    Typesetter(const Fonts& fonts, diag::Diagnostics& diags, TextLocator locate = {})
        : fonts_(fonts), diags_(diags), locate_(std::move(locate)) {}

    const Fonts& fonts() const { return fonts_; }
    diag::Diagnostics& diags() const { return diags_; }

    // Sets `spans` from `top` down in a box `width` wide at `x`. Centred text
    // that wraps is balanced: lines of even length.
    TextBox set(const doc::Spans& spans, units::Pt x, units::Pt width, units::Pt size,
                double spacing, doc::Align align, units::Pt first_indent = units::Pt(0),
                units::Pt top = units::Pt(0)) const;

    // A centred title: as few lines as fit, broken at the best phrase
    // boundary ("TM. LIÊN MINH HTX / TỈNH NGHỆ AN"), lines of even length.
    TextBox set_title(const doc::Spans& spans, units::Pt x, units::Pt width, units::Pt size,
                      const PhraseBreaks& phrases, units::Pt top) const;

    // Reports every line of `lines` that holds a word wider than `width`.
    void report_too_wide(const std::vector<Line>& lines, units::Pt width, units::Pt size) const;

    // Where a word of the input's data stands in the input file; nullopt for
    // the template's own wording or a word written there another way.
    std::optional<diag::Pos> input_position(const Word& w) const;

private:
    const Fonts& fonts_;
    diag::Diagnostics& diags_;
    TextLocator locate_;
};

} // namespace thidua::layout
