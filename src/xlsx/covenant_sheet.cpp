// The covenant sheet: members (all, in file order) by commitments, with the
// totals row summing the pledges given. A commitment whose pledges are all
// whole numbers is shown as a count, otherwise with one decimal.
#include "xlsx/formulas.hpp"
#include "xlsx/sheets.hpp"

#include <cmath>
#include <unordered_map>

namespace thidua::xlsx {
namespace {

// Each commitment's format, in one pass over the pledges.
std::vector<NumberFormat> formats_of(const model::Covenant& cv) {
    std::vector<NumberFormat> out(cv.commitments.size(), NumberFormat::count);
    for (const model::Pledge& p : cv.pledges) {
        for (std::size_t c = 0; c < out.size() && c < p.values.size(); ++c) {
            if (p.values[c] && std::floor(*p.values[c]) != *p.values[c]) {
                out[c] = NumberFormat::amount;
            }
        }
    }
    return out;
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
    const std::vector<NumberFormat> format_of = formats_of(cv);
    std::unordered_map<std::string_view, const model::Pledge*> pledge_of;
    for (const model::Pledge& p : cv.pledges)
        pledge_of.emplace(p.member, &p);
    for (std::size_t m = 0; m < cy.members.size(); ++m) {
        const int r = first + static_cast<int>(m);
        const auto found = pledge_of.find(cy.members[m].id);
        const model::Pledge* p = found == pledge_of.end() ? nullptr : found->second;
        b.number(r, 0, static_cast<double>(m + 1), styles::centred());
        b.text(r, 1, cy.members[m].name, styles::text());
        for (int c = 0; c < n; ++c) {
            const auto k = static_cast<std::size_t>(c);
            b.number(r, 2 + c, p && k < p->values.size() ? p->values[k] : std::nullopt,
                     styles::number(format_of[k]));
        }
    }
    const int total = last + 1;
    b.merge({total, 0}, {total, 1}, t.total, styles::total_label(), false);
    for (int c = 0; c < n; ++c) {
        const auto k = static_cast<std::size_t>(c);
        b.formula(total, 2 + c,
                  total_formula(model::Aggregate::sum, {{first, 2 + c}, {last, 2 + c}}, 6),
                  cv.totals[k], styles::total(format_of[k]));
    }
    place_note(b, total + 1, t.note);
    b.freeze(first, 2);
    b.repeat_rows(h, h);
    return b.finish();
}

} // namespace thidua::xlsx
