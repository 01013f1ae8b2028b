// Assembling the workbook's plan. The creation time comes from the meeting
// date (else 1 January of the year), never the clock, so the same input
// gives the same bytes.
#include "xlsx/workbook_plan.hpp"

#include "xlsx/page_setup.hpp"
#include "xlsx/sheets.hpp"

#include <chrono>

namespace thidua::xlsx {
namespace {

long long created(const model::ClusterYear& cy) {
    return midnight_utc(cy.meeting && cy.meeting->date ? *cy.meeting->date
                                                       : text::Date{cy.year, 1, 1});
}

const doc::SheetText& sheet_text(const doc::WorkbookText& text, doc::WorkbookSheet kind) {
    switch (kind) {
    case doc::WorkbookSheet::statistics:
        return text.statistics;
    case doc::WorkbookSheet::scoring:
        return text.scoring;
    case doc::WorkbookSheet::ballots:
        return text.ballots;
    case doc::WorkbookSheet::awards:
        return text.awards;
    case doc::WorkbookSheet::covenant:
        return text.covenant;
    }
    return text.statistics;
}

std::optional<SheetPlan> sheet(doc::WorkbookSheet kind, const model::ClusterYear& cy,
                               const doc::WorkbookText& text, const TextWidth& measure) {
    switch (kind) {
    case doc::WorkbookSheet::statistics:
        return statistics_sheet(cy, text, measure);
    case doc::WorkbookSheet::scoring:
        return scoring_sheet(cy, text, measure);
    case doc::WorkbookSheet::ballots:
        return ballots_sheet(cy, text, measure);
    case doc::WorkbookSheet::awards:
        return awards_sheet(cy, text, measure);
    case doc::WorkbookSheet::covenant:
        return covenant_sheet(cy, text, measure);
    }
    return std::nullopt;
}

} // namespace

long long midnight_utc(const text::Date& d) {
    using namespace std::chrono;
    const sys_days day{year{d.year} / month{static_cast<unsigned>(d.month)} /
                       std::chrono::day{static_cast<unsigned>(d.day)}};
    const long long seconds = duration_cast<std::chrono::seconds>(day.time_since_epoch()).count();
    return seconds == 0 ? 1 : seconds;
}

// libxlsxwriter 1.1.4 takes any "&G" in a footer for a picture, even the G
// after a literal "&&", and with no picture given frees the footer twice
// (fixed in 1.1.5). A zero-width space after such an ampersand keeps the
// text as it looks.
std::string without_picture_code(std::string footer) {
    for (std::size_t at = footer.find("&G"); at != std::string::npos;
         at = footer.find("&G", at + 1)) {
        footer.insert(at + 1, "\u200B");
    }
    return footer;
}

std::string planned_footer(const doc::WorkbookText& text) {
    return std::string(page::footer_font) + without_picture_code(text.footer);
}

WorkbookPlan plan_workbook(const model::ClusterYear& cy, const doc::WorkbookText& text,
                           const TextWidth& measure) {
    WorkbookPlan plan;
    plan.properties.title = text.title;
    plan.properties.subject = text.subject;
    plan.properties.author = text.author;
    plan.properties.company = cy.cluster.authority;
    plan.properties.created = created(cy);
    plan.footer = planned_footer(text);
    for (doc::WorkbookSheet kind : text.order) {
        if (auto s = sheet(kind, cy, text, measure)) plan.sheets.push_back(std::move(*s));
    }
    if (plan.sheets.empty() && !text.order.empty()) {
        plan.sheets.push_back(no_data_sheet(text, sheet_text(text, text.order.front()), measure));
    }
    return plan;
}

} // namespace thidua::xlsx
