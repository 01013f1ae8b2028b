// Private to src/xlsx: ownership of libxlsxwriter's handles and the
// thread's C locale while the library prints numbers. The library itself is
// loaded at run time (lxw_library.hpp); every call goes through the
// LxwFunctions table passed down as `lxw`. The workbook owns every
// worksheet, format and chart made from it; WorkbookHandle owns the
// workbook.
#pragma once

#include "xlsx/lxw_library.hpp"
#include "xlsx/part_compression.hpp"
#include "xlsx/sheet_plan.hpp"

#include <locale.h>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace thidua::xlsx {

// Frees a workbook that was never closed; nothing is written then.
struct WorkbookFree {
    const LxwFunctions* lxw = nullptr;
    void operator()(lxw_workbook* wb) const { lxw->lxw_workbook_free(wb); }
};
using WorkbookHandle = std::unique_ptr<lxw_workbook, WorkbookFree>;

// Held while a workbook is closed. libxlsxwriter 1.1.4 dates the workbook
// (docProps/core.xml) through gmtime(), whose result is one buffer for the
// whole process: two workbooks closed at once (the archive makes several
// cluster-years' documents at once) could each carry the other's date. This
// lock stands for that buffer, the C library's global, not for state of ours.
std::mutex& workbook_close_lock();

// Writes the file and frees the workbook, whatever the outcome; one
// workbook at a time in the process (workbook_close_lock); its parts
// compressed by thidua (part_compression.hpp).
inline lxw_error close_workbook(const LxwFunctions& lxw, WorkbookHandle wb) {
    const std::lock_guard one_at_a_time(workbook_close_lock());
    const PartCompression compressing;
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

// The workbook's title, subject, author, company and creation time; false
// with `error` set on failure.
bool set_properties(const LxwFunctions& lxw, lxw_workbook* wb, WorkbookProperties p,
                    std::string& error);

// The plan's table as libxlsxwriter's constant_memory mode allows (it
// refuses Excel tables): an autofilter over the header and the records,
// and the table's name, defined in the workbook, for those cells.
lxw_error add_autofilter(const LxwFunctions& lxw, lxw_workbook* wb, lxw_worksheet* ws,
                         const SheetPlan& plan);

// How a sheet's rows are written: in any order (libxlsxwriter keeps them
// all), row by row (constant_memory mode: the sheet's merged ranges must
// each lie in one row), or not at all, written apart with emit_rows.
enum class SheetRows { any_order, row_by_row, written_apart };

// Writes one sheet's plan into `ws`; false with `error` set on failure.
// Its table is an Excel table when its rows are written in any order, an
// autofilter with a defined name otherwise (add_autofilter).
bool emit_sheet(const LxwFunctions& lxw, lxw_workbook* wb, lxw_worksheet* ws, const SheetPlan& plan,
                Formats& formats, const std::string& footer, std::string& error,
                SheetRows rows = SheetRows::any_order);

// The rows of `part` from `from_row` on, row by row, after those written
// before: a long sheet in constant_memory mode written a part at a time,
// each part a plan of some of its rows (and the rows above them, which are
// not written again); emit_sheet with SheetRows::written_apart then writes
// the rest of the sheet.
bool emit_rows(const LxwFunctions& lxw, lxw_worksheet* ws, const SheetPlan& part, int from_row,
               Formats& formats, std::string& error);

} // namespace thidua::xlsx
