// Layout: the document tree and the fonts in, pages of positioned words and
// rules out. Lines are broken and justified here (never by libharu), pages
// are broken here (headings kept with what follows, no single line left
// alone, table headers repeated, signature rows kept whole), table columns
// are solved from their content, wide tables set smaller or in panels, and
// each section laid out on pages of its own size.
#pragma once

#include "diag/diagnostics.hpp"
#include "doc/blocks.hpp"
#include "font/font_file.hpp"
#include "layout/page.hpp"

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace thidua::layout {

// Indexed by FontStyle: regular, bold, italic, bold italic.
using Fonts = std::array<std::shared_ptr<const font::FontFile>, 4>;

// Where a character stands in the input file, if it does (see
// xml::locate_character); empty: not known.
using CharacterLocator = std::function<std::optional<diag::Pos>(char32_t)>;
// Where a word stands in the input file, if it is written there as itself
// (see xml::locate_text); empty: not known.
using TextLocator = std::function<std::optional<diag::Pos>(std::string_view)>;
struct InputLocator {
    CharacterLocator character;
    TextLocator text;
};

// Every character of the document against the font it will be set in; a
// character without a glyph is an error naming U+XXXX, at its LINE:COLUMN
// in the input when `locate` finds it there, else naming the template line
// the text comes from. Returns false if any is missing.
bool check_glyphs(const doc::Document& doc, const Fonts& fonts, diag::Diagnostics& diags,
                  const CharacterLocator& locate = {});

// Lays the document out. Call check_glyphs first. What cannot be placed
// inside the text block (a word wider than its column, a column that cannot
// fit even alone in a panel) is an error in `diags`: write nothing then. A
// word of the input's data is reported at its LINE:COLUMN in the input when
// `locate` finds it there, else at the template line that set it.
Document lay_out(const doc::Document& doc, const Fonts& fonts, diag::Diagnostics& diags,
                 const TextLocator& locate = {});

// Every text (but the page number) and rule of each page inside the text
// block of that page's setup; errors name the page and the text.
void check_inside_margins(const Document& doc, const std::vector<doc::PageSetup>& setups,
                          const std::vector<bool>& numbered, const Fonts& fonts,
                          diag::Diagnostics& diags);

} // namespace thidua::layout
