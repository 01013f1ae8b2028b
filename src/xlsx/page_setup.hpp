// The printed page every sheet is set up for: A4 landscape with these
// margins, scaled to fit across the page but never so far that text
// prints below 9 points (a wider sheet takes more pages). Internal to
// src/xlsx.
#pragma once

#include <string_view>

namespace thidua::xlsx::page {

// The page footer's code: centred, Times New Roman. The sheet's footer
// adds its size after it, so it too prints at 9 points or more.
inline constexpr std::string_view footer_font = "&C&\"Times New Roman,Regular\"";
// The longest size code emit_sheet puts after it: "&" and up to three
// digits (the footer's size at the smallest print scale).
inline constexpr int longest_footer_size_code = 4;
// The footer's size when the sheet prints at 100% (Excel's own).
constexpr double footer_pt = 11;

constexpr double margin_left_in = 0.5;
constexpr double margin_right_in = 0.4;
constexpr double margin_top_in = 0.6;
constexpr double margin_bottom_in = 0.7;

// The printable area of A4 landscape (297 x 210 mm), in points.
constexpr double width_pt = (297 / 25.4 - margin_left_in - margin_right_in) * 72;
constexpr double height_pt = (210 / 25.4 - margin_top_in - margin_bottom_in) * 72;

// No text prints smaller than this.
constexpr double smallest_printed_pt = 9;
// The least scale the cells' text (12 points) allows: 75%.
constexpr double least_scale_percent = smallest_printed_pt / 12 * 100;

// The height of a row whose height was not set (libxlsxwriter's default).
constexpr double default_row_pt = 15;

// The width of a column whose width was not set (8.43 characters).
constexpr double default_column_px = 64;
constexpr double default_column_units = 8.43;

} // namespace thidua::xlsx::page
