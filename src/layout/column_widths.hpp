// Column widths from content, as Typst and browsers do for automatic tables:
// each column's narrowest width is its longest unbreakable word, its
// preferred width its longest line; the narrowest widths are met first and
// the rest of the room is shared in proportion to (preferred - narrowest).
// A template's width is a preference, never a promise that breaks words.
// Internal to layout/.
#pragma once

#include "doc/blocks.hpp"
#include "layout/layout.hpp"

#include <optional>
#include <vector>

namespace thidua::layout {

// What each column's cells need at one size, padding included.
struct ColumnNeeds {
    std::vector<units::Pt> least;
    std::vector<units::Pt> preferred;
};

std::size_t column_count(const doc::Table& t);

// The template's width for each column (the table's list, then the widths
// given on the first header row's cells).
std::vector<doc::ColumnWidth> column_specs(const doc::Table& t, std::size_t columns);

// What the cells need, measured once at the table's size: scale() gives
// the needs at any other size (text widths grow with the size, padding not).
class ColumnMeasure {
public:
    ColumnMeasure(const doc::Table& t, std::size_t columns, const Fonts& fonts);
    ColumnNeeds at(units::Pt size) const;

private:
    units::Pt base_size_;
    ColumnNeeds text_; // without padding, at base_size_
};

// Widths that fill `room`, or nothing when even the narrowest do not fit.
std::optional<std::vector<units::Pt>> solve_widths(const std::vector<doc::ColumnWidth>& specs,
                                                   const ColumnNeeds& needs, units::Pt room);

inline constexpr units::Pt cell_pad_x{3};
inline constexpr units::Pt cell_pad_y{2};

} // namespace thidua::layout
