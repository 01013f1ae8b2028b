// The printed page every sheet is set up for: A4 landscape with these
// margins, scaled to one page wide. Internal to src/xlsx.
#pragma once

namespace thidua::xlsx::page {

constexpr double margin_left_in = 0.5;
constexpr double margin_right_in = 0.4;
constexpr double margin_top_in = 0.6;
constexpr double margin_bottom_in = 0.7;

// The printable area of A4 landscape (297 x 210 mm), in points.
constexpr double width_pt = (297 / 25.4 - margin_left_in - margin_right_in) * 72;
constexpr double height_pt = (210 / 25.4 - margin_top_in - margin_bottom_in) * 72;

// The height of a row whose height was not set (libxlsxwriter's default).
constexpr double default_row_pt = 15;

// The width of a column whose width was not set (8.43 characters).
constexpr double default_column_px = 64;

} // namespace thidua::xlsx::page
