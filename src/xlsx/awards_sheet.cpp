// The awards sheet, titled by what it holds (proposals, granted awards or
// both): STT, type, giver, member, recipient (the member itself when the
// award names no one else), status (granted, or proposed along the award's
// route: the template's words for each award), reason.
#include "xlsx/sheets.hpp"

namespace thidua::xlsx {

std::optional<SheetPlan> awards_sheet(const model::ClusterYear& cy, const doc::WorkbookText& text,
                                      const TextWidth& measure) {
    if (cy.awards.empty()) return std::nullopt;
    const doc::AwardsText& t = text.awards;
    SheetBuilder b(t.sheet, measure, 7);
    b.limit(1, 130);
    b.limit(2, 150);
    b.limit(3, 220);
    b.limit(4, 220);
    b.limit(5, 200);
    b.limit(6, 240);
    const int h = b.title_block(text.parent, text.issuer, t.title);
    const std::array<const std::string*, 7> headings = {
        &t.number, &t.type, &t.by, &t.member, &t.recipient, &t.status, &t.reason};
    for (std::size_t c = 0; c < headings.size(); ++c)
        b.heading(h, static_cast<int>(c), *headings[c]);
    for (std::size_t k = 0; k < cy.awards.size(); ++k) {
        const model::Award& a = cy.awards[k];
        const model::Member* m = cy.find_member(a.member);
        const std::string member = m ? m->name : a.member;
        const int r = h + 1 + static_cast<int>(k);
        b.number(r, 0, static_cast<double>(k + 1), styles::centred());
        b.text(r, 1, a.type, styles::text());
        b.text(r, 2, a.by.value_or(""), styles::text());
        b.text(r, 3, member, styles::text());
        b.text(r, 4, a.recipient.value_or(member), styles::text());
        b.text(r, 5, k < t.statuses.size() ? t.statuses[k] : "", styles::centred_text());
        b.text(r, 6, a.reason.value_or(""), styles::text());
    }
    const int row = place_note(b, h + 1 + static_cast<int>(cy.awards.size()), t.note);
    b.freeze(h + 1, 2);
    b.repeat_rows(h, h);
    SheetPlan plan = b.finish();
    end_sheet(plan, row, text.signing, measure);
    return plan;
}

} // namespace thidua::xlsx
