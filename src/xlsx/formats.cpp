// Cell styles as libxlsxwriter formats: Times New Roman, the number
// formats, alignment, borders, wrapping.
#include "xlsx/lxw.hpp"
#include "xlsx/number_text.hpp"

namespace thidua::xlsx {

lxw_format* Formats::get(const CellStyle& style) {
    if (const auto it = made_.find(style); it != made_.end()) return it->second;
    lxw_format* f = lxw_.workbook_add_format(wb_);
    if (!f) return nullptr;
    lxw_.format_set_font_name(f, "Times New Roman");
    lxw_.format_set_font_size(f, style.size);
    if (style.bold) lxw_.format_set_bold(f);
    if (style.italic) lxw_.format_set_italic(f);
    if (style.number.kind != NumberFormat::Kind::none)
        lxw_.format_set_num_format(f, format_code(style.number).c_str());
    switch (style.align) {
    case HAlign::left:
        lxw_.format_set_align(f, LXW_ALIGN_LEFT);
        break;
    case HAlign::center:
        lxw_.format_set_align(f, LXW_ALIGN_CENTER);
        break;
    case HAlign::right:
        lxw_.format_set_align(f, LXW_ALIGN_RIGHT);
        break;
    }
    lxw_.format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (style.wrap) lxw_.format_set_text_wrap(f);
    if (style.border) lxw_.format_set_border(f, LXW_BORDER_THIN);
    made_.emplace(style, f);
    return f;
}

} // namespace thidua::xlsx
