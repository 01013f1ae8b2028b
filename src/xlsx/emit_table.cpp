// A sheet's table into libxlsxwriter: an Excel table over the header row
// and the records, its columns named by the header cells and keeping
// their format, banded rows in Excel's lightest style; or, without
// records, an autofilter on the header row. Or, in a workbook written row
// by row, an autofilter over the header and records, named as the table.
#include "xlsx/cell_ref.hpp"
#include "xlsx/lxw.hpp"

#include <vector>

namespace thidua::xlsx {

lxw_error add_table(const LxwFunctions& lxw, lxw_worksheet* ws, const SheetPlan& plan,
                    Formats& formats) {
    const TablePlan& t = *plan.table;
    const auto first_row = static_cast<lxw_row_t>(t.first.row);
    const auto first_col = static_cast<lxw_col_t>(t.first.col);
    const auto last_row = static_cast<lxw_row_t>(t.last.row);
    const auto last_col = static_cast<lxw_col_t>(t.last.col);
    if (t.last.row == t.first.row)
        return lxw.worksheet_autofilter(ws, first_row, first_col, first_row, last_col);
    // libxlsxwriter writes the header cells again from these: the same
    // text, the same format.
    std::vector<std::string> headers;
    std::vector<lxw_table_column> columns;
    for (int c = t.first.col; c <= t.last.col; ++c) {
        const auto it = plan.cells.find({t.first.row, c});
        if (it == plan.cells.end()) return LXW_ERROR_PARAMETER_VALIDATION;
        headers.push_back(it->second.text);
        lxw_table_column column{};
        column.header_format = formats.get(it->second.style);
        columns.push_back(column);
    }
    std::vector<lxw_table_column*> column_list;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        columns[c].header = headers[c].data();
        column_list.push_back(&columns[c]);
    }
    column_list.push_back(nullptr);
    std::string name = t.name;
    lxw_table_options options{};
    options.name = name.data();
    options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
    options.style_type_number = 1;
    options.columns = column_list.data();
    return lxw.worksheet_add_table(ws, first_row, first_col, last_row, last_col, &options);
}

lxw_error add_autofilter(const LxwFunctions& lxw, lxw_workbook* wb, lxw_worksheet* ws,
                         const SheetPlan& plan) {
    const TablePlan& t = *plan.table;
    const lxw_error e = lxw.worksheet_autofilter(
        ws, static_cast<lxw_row_t>(t.first.row), static_cast<lxw_col_t>(t.first.col),
        static_cast<lxw_row_t>(t.last.row), static_cast<lxw_col_t>(t.last.col));
    if (e != LXW_NO_ERROR) return e;
    std::string range = "='";
    for (char c : plan.name)
        range += c == '\'' ? std::string("''") : std::string(1, c);
    range += "'!" + range_ref(t.first, t.last, true);
    return lxw.workbook_define_name(wb, t.name.c_str(), range.c_str());
}

} // namespace thidua::xlsx
