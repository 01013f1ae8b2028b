// The covenant sheet: members (all, in file order) by commitments, with the
// totals row summing the pledges given. A commitment whose pledges are all
// whole numbers is shown as a count, otherwise with one decimal.
#include "xlsx/formulas.hpp"
#include "xlsx/sheets.hpp"

#include <cmath>

namespace thidua::xlsx {
namespace {

const model::Pledge* pledge_of(const model::Covenant& cv, const std::string& member) {
    for (const model::Pledge& p : cv.pledges) {
        if (p.member == member) return &p;
    }
    return nullptr;
}

NumberFormat format_of(const model::Covenant& cv, std::size_t commitment) {
    for (const model::Pledge& p : cv.pledges) {
        if (commitment < p.values.size() && p.values[commitment] &&
            std::floor(*p.values[commitment]) != *p.values[commitment]) {
            return NumberFormat::amount;
        }
    }
    return NumberFormat::count;
}

} // namespace

std::optional<SheetPlan> covenant_sheet(const model::ClusterYear& cy, const doc::WorkbookText& text,
                                        const TextWidth& measure) {
    if (!cy.covenant || cy.covenant->commitments.empty()) return std::nullopt;
    const model::Covenant& cv = *cy.covenant;
    const doc::CovenantText& t = text.covenant;
    const int n = static_cast<int>(cv.commitments.size());
    SheetBuilder b(t.sheet, measure, 2 + n);
    b.limit(1, 220);
    const int h = b.title_block(text.parent, text.issuer, t.title);
    b.heading(h, 0, t.number);
    b.heading(h, 1, t.member);
    for (int c = 0; c < n; ++c)
        b.heading(h, 2 + c, t.commitments[static_cast<std::size_t>(c)]);
    const int first = h + 1;
    const int last = first + static_cast<int>(cy.members.size()) - 1;
    for (std::size_t m = 0; m < cy.members.size(); ++m) {
        const int r = first + static_cast<int>(m);
        const model::Pledge* p = pledge_of(cv, cy.members[m].id);
        b.number(r, 0, static_cast<double>(m + 1), styles::centred());
        b.text(r, 1, cy.members[m].name, styles::text());
        for (int c = 0; c < n; ++c) {
            const auto k = static_cast<std::size_t>(c);
            b.number(r, 2 + c, p && k < p->values.size() ? p->values[k] : std::nullopt,
                     styles::number(format_of(cv, k)));
        }
    }
    const int total = last + 1;
    b.merge({total, 0}, {total, 1}, t.total, styles::total_label(), false);
    for (int c = 0; c < n; ++c) {
        const auto k = static_cast<std::size_t>(c);
        b.formula(total, 2 + c,
                  total_formula(model::Aggregate::sum, {{first, 2 + c}, {last, 2 + c}}, 6),
                  cv.totals[k], styles::total(format_of(cv, k)));
    }
    place_note(b, total + 1, t.note);
    b.freeze(first, 2);
    b.repeat_rows(h, h);
    return b.finish();
}

} // namespace thidua::xlsx
