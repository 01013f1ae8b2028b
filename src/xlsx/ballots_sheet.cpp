// The ballots sheet: one table per ballot, each under its caption, its
// threshold (a percentage, or a fraction such as 2/3, labelled by its rule:
// above it, or at least it), the ballot papers the file gives (handed out,
// returned, valid, invalid; one the file leaves out is a formula of the
// others) and the vote-counting committee. Columns: STT, member, votes,
// voters, percentage (votes / voters), result (a formula by the rule).
#include "text/number.hpp"
#include "xlsx/formulas.hpp"
#include "xlsx/sheets.hpp"

#include <algorithm>

namespace thidua::xlsx {
namespace {

// The threshold's cell format: a fraction as the file writes it ("2/3"),
// a percentage with the decimals it is given with (at least one: "50.0%").
NumberFormat threshold_format(const model::Ballot& ballot) {
    if (ballot.min_fraction) {
        const std::string d = text::to_text(ballot.min_fraction->denominator);
        return NumberFormat::fraction_with(static_cast<int>(d.size()));
    }
    return NumberFormat::percent_with(std::clamp(text::decimals_of(ballot.min_percent), 1, 6));
}

class BallotTable {
public:
    BallotTable(SheetBuilder& b, const doc::BallotsText& t) : b_(b), t_(t) {
        label_.italic = true;
        label_.align = HAlign::right;
    }

    // One ballot from `row`; returns the row of its table's headings.
    int write(int row, std::size_t k, const model::Ballot& ballot, const model::ClusterYear& cy) {
        b_.line(row, k < t_.captions.size() ? t_.captions[k] : ballot.title, styles::caption());
        const CellPos threshold{row + 1, 4};
        labelled(threshold.row, k < t_.thresholds.size() ? t_.thresholds[k] : "");
        b_.number(threshold.row, threshold.col,
                  static_cast<double>(ballot.threshold.numerator) /
                      static_cast<double>(ballot.threshold.denominator),
                  styles::total(threshold_format(ballot)));
        row = papers(row + 2, ballot);
        row = tellers(row, k, ballot);
        const int h = row;
        b_.heading(h, 0, t_.number);
        b_.heading(h, 1, t_.member);
        b_.heading(h, 2, t_.votes);
        b_.heading(h, 3, t_.voters);
        b_.heading(h, 4, t_.percent);
        b_.heading(h, 5, t_.result);
        const bool at_least = ballot.pass == model::PassRule::at_least;
        for (std::size_t j = 0; j < ballot.tallies.size(); ++j) {
            const model::Tally& tally = ballot.tallies[j];
            const model::Member* m = cy.find_member(tally.member);
            const int r = h + 1 + static_cast<int>(j);
            b_.number(r, 0, static_cast<double>(j + 1), styles::centred());
            b_.text(r, 1, m ? m->name : tally.member, styles::text());
            b_.number(r, 2, tally.votes, styles::number(NumberFormat::count));
            b_.number(r, 3, ballot.voters, styles::number(NumberFormat::count));
            b_.formula(r, 4, percent_formula({r, 2}, {r, 3}), tally.percent / 100,
                       styles::number(NumberFormat::percent));
            b_.formula_text(
                r, 5, passed_formula({r, 2}, {r, 3}, threshold, at_least, t_.passed, t_.failed),
                tally.passed ? t_.passed : t_.failed, styles::centred_text());
        }
        return h;
    }

private:
    void labelled(int row, const std::string& label) {
        b_.merge({row, 0}, {row, 3}, label, label_, false);
    }

    // The papers the file gives, one row each, in the order handed out,
    // returned, valid, invalid; valid or invalid, when the file leaves it
    // out but gives the returned papers and the other, is a formula:
    // returned minus the other. Returns the row after them.
    int papers(int row, const model::Ballot& ballot) {
        const model::BallotPapers& p = ballot.papers;
        const auto valid = p.valid ? p.valid : ballot.valid_computed;
        const auto invalid = p.invalid ? p.invalid : ballot.invalid_computed;
        const auto place = [&](const std::optional<int>& n) {
            return n ? std::optional<CellPos>(CellPos{row++, 4}) : std::nullopt;
        };
        const auto issued_at = place(p.issued);
        const auto returned_at = place(p.returned);
        const auto valid_at = place(valid);
        const auto invalid_at = place(invalid);
        const CellStyle count = styles::number(NumberFormat::count);
        const auto write = [&](const std::optional<CellPos>& at, const std::string& label,
                               const std::optional<int>& given, const std::optional<int>& shown,
                               const std::optional<CellPos>& other) {
            if (!at) return;
            labelled(at->row, label);
            if (given) {
                b_.number(at->row, at->col, *given, count);
            } else {
                b_.formula(at->row, at->col, minus_formula(*returned_at, *other), *shown, count);
            }
        };
        write(issued_at, t_.issued, p.issued, p.issued, std::nullopt);
        write(returned_at, t_.returned, p.returned, p.returned, std::nullopt);
        write(valid_at, t_.valid, p.valid, valid, invalid_at);
        write(invalid_at, t_.invalid, p.invalid, invalid, valid_at);
        return row;
    }

    // "Ban kiểm phiếu", then a row per member: name (and title), role.
    int tellers(int row, std::size_t k, const model::Ballot& ballot) {
        if (ballot.tellers.empty()) return row;
        CellStyle caption = styles::caption();
        caption.italic = true;
        b_.line(row++, k < t_.tellers.size() ? t_.tellers[k] : "", caption);
        for (const model::Teller& teller : ballot.tellers) {
            b_.text(row, 1, teller.name + (teller.title ? ", " + *teller.title : ""),
                    styles::text());
            b_.text(row, 2, role(teller.role), styles::centred_text());
            ++row;
        }
        return row;
    }

    const std::string& role(model::TellerRole r) const {
        switch (r) {
        case model::TellerRole::head:
            return t_.teller_head;
        case model::TellerRole::deputy:
            return t_.teller_deputy;
        case model::TellerRole::secretary:
            return t_.teller_secretary;
        case model::TellerRole::member:
            break;
        }
        return t_.teller_member;
    }

    SheetBuilder& b_;
    const doc::BallotsText& t_;
    CellStyle label_;
};

} // namespace

std::optional<SheetPlan> ballots_sheet(const model::ClusterYear& cy, const doc::WorkbookText& text,
                                       const TextWidth& measure) {
    if (cy.ballots.empty()) return std::nullopt;
    const doc::BallotsText& t = text.ballots;
    SheetBuilder b(t.sheet, measure, 6);
    b.limit(1, 220);
    int row = b.title_block(text.parent, text.issuer, t.title);
    BallotTable table(b, t);
    int first_header = -1;
    for (std::size_t k = 0; k < cy.ballots.size(); ++k) {
        const model::Ballot& ballot = cy.ballots[k];
        const int h = table.write(row, k, ballot, cy);
        if (first_header < 0) first_header = h;
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
