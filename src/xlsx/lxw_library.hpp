// Private to src/xlsx, and the only header that includes xlsxwriter.h:
// libxlsxwriter loaded when a workbook is written (dlopen), not linked, so
// that --version, check and PDF-only renders do not pay for loading it and
// libcrypto behind it (about 1.5 ms of process start, Debian building both
// with BIND_NOW). Its libcrypto is thidua's MD5 library (src/md5) where
// found. LxwLibrary owns the handle; its `fn` table holds the library's
// functions that src/xlsx calls.
#pragma once

#include <memory>
#include <string>
#include <xlsxwriter.h>

namespace thidua::xlsx {

// Every libxlsxwriter function src/xlsx calls, as X(name). A call not listed
// here fails to compile: the headers declare the functions, but nothing links
// them.
#define THIDUA_LXW_FUNCTIONS(X)                                                                    \
    X(chart_add_series)                                                                            \
    X(chart_axis_set_num_font)                                                                     \
    X(chart_axis_set_num_format)                                                                   \
    X(chart_legend_set_font)                                                                       \
    X(chart_legend_set_position)                                                                   \
    X(chart_series_set_categories)                                                                 \
    X(chart_series_set_labels)                                                                     \
    X(chart_series_set_labels_font)                                                                \
    X(chart_series_set_labels_num_format)                                                          \
    X(chart_series_set_name_range)                                                                 \
    X(chart_series_set_values)                                                                     \
    X(chart_title_set_name)                                                                        \
    X(chart_title_set_name_font)                                                                   \
    X(format_set_align)                                                                            \
    X(format_set_bold)                                                                             \
    X(format_set_border)                                                                           \
    X(format_set_font_name)                                                                        \
    X(format_set_font_size)                                                                        \
    X(format_set_italic)                                                                           \
    X(format_set_num_format)                                                                       \
    X(format_set_text_wrap)                                                                        \
    X(lxw_strerror)                                                                                \
    X(lxw_workbook_free)                                                                           \
    X(workbook_add_chart)                                                                          \
    X(workbook_add_format)                                                                         \
    X(workbook_add_worksheet)                                                                      \
    X(workbook_close)                                                                              \
    X(workbook_define_name)                                                                        \
    X(workbook_new_opt)                                                                            \
    X(workbook_set_properties)                                                                     \
    X(worksheet_add_table)                                                                         \
    X(worksheet_autofilter)                                                                        \
    X(worksheet_center_horizontally)                                                               \
    X(worksheet_freeze_panes)                                                                      \
    X(worksheet_insert_chart_opt)                                                                  \
    X(worksheet_merge_range)                                                                       \
    X(worksheet_print_area)                                                                        \
    X(worksheet_repeat_columns)                                                                    \
    X(worksheet_repeat_rows)                                                                       \
    X(worksheet_set_column)                                                                        \
    X(worksheet_set_footer)                                                                        \
    X(worksheet_set_h_pagebreaks)                                                                  \
    X(worksheet_set_landscape)                                                                     \
    X(worksheet_set_margins)                                                                       \
    X(worksheet_set_paper)                                                                         \
    X(worksheet_set_print_scale)                                                                   \
    X(worksheet_set_row)                                                                           \
    X(worksheet_set_v_pagebreaks)                                                                  \
    X(worksheet_write_blank)                                                                       \
    X(worksheet_write_formula_num)                                                                 \
    X(worksheet_write_formula_str)                                                                 \
    X(worksheet_write_number)                                                                      \
    X(worksheet_write_string)

// The functions, each a pointer of the header's own type, named as in C.
struct LxwFunctions {
#define THIDUA_LXW_POINTER(name) decltype(&::name) name = nullptr;
    THIDUA_LXW_FUNCTIONS(THIDUA_LXW_POINTER)
#undef THIDUA_LXW_POINTER
};

// The loaded library: dlopen'ed by open(), dlclose'd by the destructor.
class LxwLibrary {
public:
    // The library with every function resolved, or nullptr with `error`
    // saying what could not be loaded and which package provides it.
    static std::unique_ptr<LxwLibrary> open(std::string& error);
    ~LxwLibrary();
    LxwLibrary(const LxwLibrary&) = delete;
    LxwLibrary& operator=(const LxwLibrary&) = delete;

    const LxwFunctions& fn() const { return fn_; }

private:
    explicit LxwLibrary(void* handle) : handle_(handle) {}
    void* handle_;
    LxwFunctions fn_;
};

} // namespace thidua::xlsx
