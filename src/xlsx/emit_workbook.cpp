// The workbook through libxlsxwriter: the library loaded, options, document
// properties (also for the catalogue, written a cluster at a time), one
// worksheet per sheet plan, close.
#include "xlsx/emit_workbook.hpp"

#include "i18n/messages.hpp"
#include "xlsx/lxw.hpp"

#include <ctime>

namespace thidua::xlsx {

bool set_properties(const LxwFunctions& lxw, lxw_workbook* wb, WorkbookProperties p,
                    std::string& error) {
    lxw_doc_properties properties{};
    properties.title = p.title.data();
    properties.subject = p.subject.data();
    properties.author = p.author.data();
    properties.company = p.company.data();
    properties.created = static_cast<time_t>(p.created);
    const lxw_error e = lxw.workbook_set_properties(wb, &properties);
    if (e != LXW_NO_ERROR) {
        error = i18n::trf("document properties: {1}", {lxw.lxw_strerror(e)});
        return false;
    }
    return true;
}

bool emit_workbook(const WorkbookPlan& plan, const std::filesystem::path& file,
                   const std::filesystem::path& tmpdir, std::string& error) {
    const std::unique_ptr<LxwLibrary> library = LxwLibrary::open(error);
    if (!library) return false;
    const LxwFunctions& lxw = library->fn();
    const CLocaleScope c_locale;
    std::string dir = tmpdir.empty() ? std::string(".") : tmpdir.string();
    lxw_workbook_options options{};
    options.tmpdir = dir.data();
    WorkbookHandle wb(lxw.workbook_new_opt(file.c_str(), &options), WorkbookFree{&lxw});
    if (!wb) {
        error = i18n::trf("cannot write {1}: libxlsxwriter could not start a workbook",
                          {file.string()});
        return false;
    }
    if (!set_properties(lxw, wb.get(), plan.properties, error)) return false;
    Formats formats(lxw, wb.get());
    for (const SheetPlan& sheet : plan.sheets) {
        lxw_worksheet* ws = lxw.workbook_add_worksheet(wb.get(), sheet.name.c_str());
        if (!ws) {
            error = i18n::trf("sheet '{1}': libxlsxwriter refused the sheet", {sheet.name});
            return false;
        }
        if (!emit_sheet(lxw, wb.get(), ws, sheet, formats, plan.footer, error)) return false;
    }
    const lxw_error e = close_workbook(lxw, std::move(wb));
    if (e != LXW_NO_ERROR) {
        error = i18n::trf("cannot write {1}: {2}", {file.string(), lxw.lxw_strerror(e)});
        return false;
    }
    return true;
}

} // namespace thidua::xlsx
