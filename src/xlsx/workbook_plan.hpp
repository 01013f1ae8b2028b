// The whole workbook as plain data: the sheets the cluster-year has data
// for, in the template's order, the document properties and the footer.
// Internal to src/xlsx.
#pragma once

#include "doc/workbook_labels.hpp"
#include "model/cluster_year.hpp"
#include "xlsx/sheet_plan.hpp"
#include "xlsx/text_width.hpp"

namespace thidua::xlsx {

// Midnight UTC of the date, in seconds since 1970. libxlsxwriter takes 0 as
// "now", so 1970-01-01 itself becomes one second later.
long long midnight_utc(const text::Date& d);

// libxlsxwriter 1.1.4 takes any "&G" in a footer for a picture, even the G
// after a literal "&&", and with no picture given frees the footer twice
// (fixed in 1.1.5). A zero-width space after such an ampersand keeps the
// text as it looks.
std::string without_picture_code(std::string footer);

// The footer every sheet is given: thidua's font code, then the template's
// footer with this cluster-year's texts (emit_sheet adds the size code).
std::string planned_footer(const doc::WorkbookText& text);

WorkbookPlan plan_workbook(const model::ClusterYear& cy, const doc::WorkbookText& text,
                           const TextWidth& measure);

} // namespace thidua::xlsx
