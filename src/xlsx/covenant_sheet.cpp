// The covenant sheet: members (all, in file order) by commitments, with the
// totals row by each commitment's aggregate: the sum or the unweighted
// mean of the pledges given, as a live formula; an empty cell where no
// total makes sense (aggregate none, a percentage's default). Pledges and
// totals are shown with the commitment's precision, in its own unit (a
// percentage as its number: the heading names the unit).
#include "xlsx/indicator_formulas.hpp"
#include "xlsx/sheets.hpp"

#include <unordered_map>

namespace thidua::xlsx {
namespace {

void total_cell(SheetBuilder& b, CellPos at, const model::Commitment& k, Span pledges,
                const std::optional<double>& total) {
    const CellStyle style = styles::total(NumberFormat::fixed_with(k.precision));
    if (k.aggregate != model::Aggregate::sum && k.aggregate != model::Aggregate::mean) {
        b.blank(at.row, at.col, style);
        return;
    }
    YearColumns column;
    column.how = k.aggregate;
    column.values = pledges;
    b.formula(at.row, at.col, year_total_formula(column), total, style);
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
                     styles::number(NumberFormat::fixed_with(cv.commitments[k].precision)));
        }
    }
    const int total = last + 1;
    b.merge({total, 0}, {total, 1}, t.total, styles::total_label(), false);
    for (int c = 0; c < n; ++c) {
        const auto k = static_cast<std::size_t>(c);
        total_cell(b, {total, 2 + c}, cv.commitments[k], {{first, 2 + c}, {last, 2 + c}},
                   k < cv.totals.size() ? cv.totals[k] : std::nullopt);
    }
    const int row = place_note(b, total + 1, t.note);
    b.freeze(first, 2);
    b.repeat_rows(h, h);
    SheetPlan plan = b.finish();
    end_sheet(plan, row, text.signing, measure);
    return plan;
}

} // namespace thidua::xlsx
