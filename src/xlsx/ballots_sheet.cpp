// The ballots sheet: one table per ballot, each under its caption and its
// threshold (min-percent, the percentage a candidate must exceed). Columns:
// STT, member, votes, voters, percentage (votes / voters), result.
#include "xlsx/formulas.hpp"
#include "xlsx/sheets.hpp"

namespace thidua::xlsx {

std::optional<SheetPlan> ballots_sheet(const model::ClusterYear& cy, const doc::WorkbookText& text,
                                       const TextWidth& measure) {
    if (cy.ballots.empty()) return std::nullopt;
    const doc::BallotsText& t = text.ballots;
    SheetBuilder b(t.sheet, measure, 6);
    b.limit(1, 220);
    int row = b.title_block(text.parent, text.issuer, t.title);
    CellStyle threshold_label;
    threshold_label.italic = true;
    threshold_label.align = HAlign::right;
    CellStyle threshold = styles::total(NumberFormat::percent);
    int first_header = row + 2;
    for (std::size_t k = 0; k < cy.ballots.size(); ++k) {
        const model::Ballot& ballot = cy.ballots[k];
        b.line(row, k < t.captions.size() ? t.captions[k] : ballot.title, styles::caption());
        const CellPos min_percent{row + 1, 4};
        b.merge({row + 1, 0}, {row + 1, 3}, k < t.thresholds.size() ? t.thresholds[k] : "",
                threshold_label, false);
        b.number(min_percent.row, min_percent.col, ballot.min_percent / 100, threshold);
        const int h = row + 2;
        b.heading(h, 0, t.number);
        b.heading(h, 1, t.member);
        b.heading(h, 2, t.votes);
        b.heading(h, 3, t.voters);
        b.heading(h, 4, t.percent);
        b.heading(h, 5, t.result);
        for (std::size_t j = 0; j < ballot.tallies.size(); ++j) {
            const model::Tally& tally = ballot.tallies[j];
            const model::Member* m = cy.find_member(tally.member);
            const int r = h + 1 + static_cast<int>(j);
            b.number(r, 0, static_cast<double>(j + 1), styles::centred());
            b.text(r, 1, m ? m->name : tally.member, styles::text());
            b.number(r, 2, tally.votes, styles::number(NumberFormat::count));
            b.number(r, 3, ballot.voters, styles::number(NumberFormat::count));
            b.formula(r, 4, percent_formula({r, 2}, {r, 3}), tally.percent / 100,
                      styles::number(NumberFormat::percent));
            b.formula_text(r, 5, passed_formula({r, 4}, min_percent, t.passed, t.failed),
                           tally.passed ? t.passed : t.failed, styles::centred_text());
        }
        row = h + 1 + static_cast<int>(ballot.tallies.size()) + 1;
    }
    row = place_note(b, row - 1, t.note);
    // One table: its headings stay in view and print atop every page. With
    // several, each table has its own, so only the member columns freeze.
    if (cy.ballots.size() == 1) {
        b.freeze(first_header + 1, 2);
        b.repeat_rows(first_header, first_header);
    } else {
        b.freeze(0, 2);
    }
    SheetPlan plan = b.finish();
    end_sheet(plan, row, text.signing, measure);
    return plan;
}

} // namespace thidua::xlsx
