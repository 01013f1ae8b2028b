// Private to src/xlsx: ownership of libxlsxwriter's handles and the
// thread's C locale while the library prints numbers. The library itself is
// loaded at run time (lxw_library.hpp); every call goes through the
// LxwFunctions table passed down as `lxw`. The workbook owns every
// worksheet, format and chart made from it; WorkbookHandle owns the
// workbook.
#pragma once

#include "xlsx/lxw_library.hpp"
#include "xlsx/sheet_plan.hpp"

#include <locale.h>
#include <map>
#include <memory>
#include <string>

namespace thidua::xlsx {

// Frees a workbook that was never closed; nothing is written then.
struct WorkbookFree {
    const LxwFunctions* lxw = nullptr;
    void operator()(lxw_workbook* wb) const { lxw->lxw_workbook_free(wb); }
};
using WorkbookHandle = std::unique_ptr<lxw_workbook, WorkbookFree>;

// Writes the file and frees the workbook, whatever the outcome.
inline lxw_error close_workbook(const LxwFunctions& lxw, WorkbookHandle wb) {
    return lxw.workbook_close(wb.release());
}

// The "C" locale for this thread while alive. Debian builds libxlsxwriter
// 1.1.4 without its own double printer, so it prints numbers with
// snprintf("%.16G"): under a decimal-comma locale a value 0.5 would be
// written "0,5" and the file would be corrupt. Thread-local (uselocale),
// so nothing global changes.
class CLocaleScope {
public:
    CLocaleScope() : c_(newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(0))) {
        if (c_) previous_ = uselocale(c_);
    }
    ~CLocaleScope() {
        if (!c_) return;
        uselocale(previous_);
        freelocale(c_);
    }
    CLocaleScope(const CLocaleScope&) = delete;
    CLocaleScope& operator=(const CLocaleScope&) = delete;

private:
    locale_t c_;
    locale_t previous_ = LC_GLOBAL_LOCALE;
};

// One libxlsxwriter format per distinct cell style, made on first use.
class Formats {
public:
    Formats(const LxwFunctions& lxw, lxw_workbook* wb) : lxw_(lxw), wb_(wb) {}
    lxw_format* get(const CellStyle& style);

private:
    const LxwFunctions& lxw_;
    lxw_workbook* wb_;
    std::map<CellStyle, lxw_format*> made_;
};

// The plan's table (plan.table, set) over cells already written.
lxw_error add_table(const LxwFunctions& lxw, lxw_worksheet* ws, const SheetPlan& plan,
                    Formats& formats);

// Writes one sheet's plan into `ws`; false with `error` set on failure.
bool emit_sheet(const LxwFunctions& lxw, lxw_workbook* wb, lxw_worksheet* ws, const SheetPlan& plan,
                Formats& formats, const std::string& footer, std::string& error);

} // namespace thidua::xlsx
