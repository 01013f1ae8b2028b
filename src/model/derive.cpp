// The derived figures: totals by aggregate, growth, score totals, ranks,
// grades, vote percentages and the flag hand-over.
#include "model/cluster_year.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace thidua::model {
namespace {

// Sums of decimals carry binary noise (0.1 + 0.2); figures are kept to a
// millionth so that equal totals compare equal and ranks can tie.
double tidy(double v) {
    return std::round(v * 1e6) / 1e6;
}

std::optional<double> growth(std::optional<double> now, std::optional<double> before) {
    if (!now || !before || *before == 0) return std::nullopt;
    return tidy((*now - *before) / *before * 100.0);
}

std::optional<double> aggregate(Aggregate how, const std::vector<double>& values) {
    if (how == Aggregate::none || values.empty()) return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    if (how == Aggregate::mean) sum /= static_cast<double>(values.size());
    return tidy(sum);
}

// Each row by member and year.
std::map<std::pair<std::string_view, int>, const StatRow*> rows_by_member(const Statistics& st) {
    std::map<std::pair<std::string_view, int>, const StatRow*> out;
    for (const StatRow& r : st.rows)
        out.emplace(std::make_pair(std::string_view(r.member), r.year), &r);
    return out;
}

void derive_statistics(const ClusterYear& cy, Statistics& st) {
    const std::size_t n = st.indicators.size();
    st.figures.assign(n, {});
    st.member_table.assign(cy.members.size(), std::vector<MemberFigure>(n));
    st.has_previous_year = false;
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<double> now;
        std::vector<double> before;
        for (const StatRow& r : st.rows) {
            if (i >= r.values.size() || !r.values[i]) continue;
            if (r.year == cy.year) now.push_back(*r.values[i]);
            if (r.year == cy.year - 1) before.push_back(*r.values[i]);
        }
        IndicatorFigures& f = st.figures[i];
        const Aggregate how = st.indicators[i].aggregate;
        f.reported_count = static_cast<int>(now.size());
        f.total = aggregate(how, now);
        f.previous_total = aggregate(how, before);
        f.growth_percent = growth(f.total, f.previous_total);
        if (st.reported_totals && i < st.reported_totals->size()) {
            f.reported_total = (*st.reported_totals)[i];
        }
        if (f.reported_total && f.total) f.difference = tidy(*f.reported_total - *f.total);
    }
    const auto rows = rows_by_member(st);
    auto find_row = [&](const std::string& member, int year) -> const StatRow* {
        const auto it = rows.find({member, year});
        return it == rows.end() ? nullptr : it->second;
    };
    for (std::size_t m = 0; m < cy.members.size(); ++m) {
        const StatRow* now = find_row(cy.members[m].id, cy.year);
        const StatRow* before = find_row(cy.members[m].id, cy.year - 1);
        if (before) st.has_previous_year = true;
        for (std::size_t i = 0; i < n; ++i) {
            MemberFigure& f = st.member_table[m][i];
            if (now && i < now->values.size()) f.value = now->values[i];
            if (before && i < before->values.size()) f.previous = before->values[i];
            f.growth_percent = growth(f.value, f.previous);
        }
    }
}

void derive_scoring(Scoring& sc) {
    for (Score& s : sc.scores) {
        double total = 0;
        for (std::size_t c = 0; c < sc.criteria.size() && c < s.points.size(); ++c) {
            const double p = s.points[c].value_or(0);
            total += sc.criteria[c].kind == CriterionKind::penalty ? -p : p;
        }
        s.total = tidy(total);
        s.grade.reset();
        for (const GradeBand& g : sc.grades) {
            if (s.total >= g.min) {
                s.grade = g.label;
                break;
            }
        }
    }
    // Rank 1-2-2-4: one more than the number of higher totals.
    std::vector<double> totals;
    for (const Score& s : sc.scores)
        totals.push_back(s.total);
    std::sort(totals.begin(), totals.end(), std::greater<>());
    for (Score& s : sc.scores) {
        const auto better =
            std::lower_bound(totals.begin(), totals.end(), s.total, std::greater<>());
        s.rank = static_cast<int>(better - totals.begin()) + 1;
    }
}

void derive_ballot(Ballot& b) {
    for (Tally& t : b.tallies) {
        t.percent = b.voters > 0 ? tidy(100.0 * t.votes / b.voters) : 0;
        t.passed = t.percent > b.min_percent;
    }
}

void derive_covenant(Covenant& cv) {
    cv.totals.assign(cv.commitments.size(), std::nullopt);
    for (const Pledge& p : cv.pledges) {
        for (std::size_t c = 0; c < cv.commitments.size() && c < p.values.size(); ++c) {
            if (!p.values[c]) continue;
            cv.totals[c] = tidy(cv.totals[c].value_or(0) + *p.values[c]);
        }
    }
}

} // namespace

void derive(ClusterYear& cy) {
    cy.members_by_id.resize(cy.members.size());
    for (std::size_t m = 0; m < cy.members.size(); ++m)
        cy.members_by_id[m] = m;
    std::stable_sort(
        cy.members_by_id.begin(), cy.members_by_id.end(),
        [&](std::size_t a, std::size_t b) { return cy.members[a].id < cy.members[b].id; });
    if (cy.statistics) derive_statistics(cy, *cy.statistics);
    if (cy.scoring) derive_scoring(*cy.scoring);
    for (Ballot& b : cy.ballots)
        derive_ballot(b);
    if (cy.covenant) derive_covenant(*cy.covenant);
    cy.handover.reset();
    if (cy.succession) {
        FlagHandover h;
        h.year = cy.succession->year;
        for (const Member* m : cy.heads())
            h.from.push_back(m->id);
        h.to = cy.succession->heads;
        cy.handover = h;
    }
}

} // namespace thidua::model
