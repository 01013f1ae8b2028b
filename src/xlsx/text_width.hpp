// Measuring cell text as a spreadsheet sets it (libxlsxwriter has no
// autofit): widths for fitting columns, wrapped line counts for row heights,
// and the conversions between points and Excel's column width units.
// Internal to src/xlsx.
#pragma once

#include "xlsx/sheet_plan.hpp"
#include "xlsx/workbook_writer.hpp"

#include <string_view>

namespace thidua::xlsx {

class TextWidth {
public:
    explicit TextWidth(const MeasuringFonts& fonts) : fonts_(fonts) {}

    // Width in points of the widest line ('\n' breaks lines).
    double width(std::string_view text, const CellStyle& style) const;
    // Width of the longest word: the least a wrapped column can be.
    double longest_word(std::string_view text, const CellStyle& style) const;
    // Lines the text takes when wrapped at `width_pt` (words never split).
    int lines(std::string_view text, const CellStyle& style, double width_pt) const;

private:
    const font::FontFile& font(const CellStyle& style) const;
    const MeasuringFonts& fonts_;
};

// The column width (Excel character units, a quarter at a time) that shows
// `text_pt` points of text with the cell's padding. The workbook's default
// font, Calibri 11, sets the unit: 7-pixel digits at 96 pixels per inch.
double column_units(double text_pt);

// The pixels a column `units` wide takes on screen (Excel adds 5 for the
// cell's margins and grid line).
double column_pixels(double units);

// The room for text in a cell `pixels` wide (a column, or a merged range
// of columns), in points, keeping the padding column_units() adds.
double text_room(double pixels);

// The height of a row of `lines` lines of `size`-point text, in points.
double row_height(int lines, int size);

} // namespace thidua::xlsx
