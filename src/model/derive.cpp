// The derived figures: indicator totals by aggregate (sum, mean, ratio of
// totals), like-for-like growth and percentage-point changes, precisions,
// score totals, ranks, grades, vote percentages and results, the papers a
// ballot leaves out, the route of an award, covenant totals and the flag
// hand-over.
#include "model/cluster_year.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace thidua::model {
namespace {

// Sums of decimals carry binary noise (0.1 + 0.2); scores, vote shares and
// differences are kept to a millionth so that equal totals compare equal
// and ranks can tie. Indicator figures stay exact: they are rounded once,
// when shown, at the indicator's precision.
double tidy(double v) {
    return std::round(v * 1e6) / 1e6;
}

// Relative change in percent; none when the base, at the figure's
// precision, is 0 (a growth over nothing is no figure).
std::optional<double> growth(std::optional<double> now, std::optional<double> before, int precision,
                             bool* base_is_zero = nullptr) {
    if (!now || !before) return std::nullopt;
    if (text::round_half_away(*before, precision) == 0) {
        if (base_is_zero) *base_is_zero = true;
        return std::nullopt;
    }
    return (*now - *before) / *before * 100.0;
}

std::optional<double> points(std::optional<double> now, std::optional<double> before) {
    if (!now || !before) return std::nullopt;
    return *now - *before;
}

// One member's rows of this year and last year, by member index.
struct MemberRows {
    const StatRow* now = nullptr;
    const StatRow* before = nullptr;
};

std::vector<MemberRows> rows_of_members(const ClusterYear& cy, const Statistics& st) {
    std::map<std::pair<std::string_view, int>, const StatRow*> by_key;
    for (const StatRow& r : st.rows)
        by_key.emplace(std::make_pair(std::string_view(r.member), r.year), &r);
    auto find = [&](const std::string& member, int year) -> const StatRow* {
        const auto it = by_key.find({member, year});
        return it == by_key.end() ? nullptr : it->second;
    };
    std::vector<MemberRows> out;
    out.reserve(cy.members.size());
    for (const Member& m : cy.members)
        out.push_back({find(m.id, cy.year), find(m.id, cy.year - 1)});
    return out;
}

std::optional<double> value_in(const StatRow* row, std::optional<std::size_t> i) {
    if (!row || !i || *i >= row->values.size()) return std::nullopt;
    return row->values[*i];
}

std::optional<std::size_t> index_of(const Statistics& st, const std::optional<std::string>& id) {
    if (!id) return std::nullopt;
    for (std::size_t k = 0; k < st.indicators.size(); ++k) {
        if (st.indicators[k].id == *id) return k;
    }
    return std::nullopt;
}

// What one indicator needs to know about one member in one year: its
// figure as shown, and what it adds to the cluster's figure (for a ratio,
// both parts; otherwise the figure itself).
struct Contribution {
    std::optional<double> shown;
    bool counts = false;
    double part = 0;  // the value, or the ratio's numerator
    double whole = 0; // the ratio's denominator
};

class IndicatorRule {
public:
    IndicatorRule(const Statistics& st, std::size_t i)
        : ind_(st.indicators[i]), i_(i), num_(index_of(st, ind_.numerator)),
          den_(index_of(st, ind_.denominator)),
          scale_(ind_.type == IndicatorType::percent ? 100.0 : 1.0) {}

    bool is_ratio() const { return ind_.aggregate == Aggregate::ratio && num_ && den_; }

    Contribution of(const StatRow* row) const {
        Contribution c;
        c.shown = value_in(row, i_);
        if (!is_ratio()) {
            c.counts = c.shown.has_value();
            c.part = c.shown.value_or(0);
            return c;
        }
        const auto n = value_in(row, num_);
        const auto d = value_in(row, den_);
        if (!n || !d) return c;
        c.counts = true;
        c.part = *n;
        c.whole = *d;
        if (!c.shown && *d != 0) c.shown = *n / *d * scale_;
        return c;
    }

    // The cluster's figure over the members that count.
    std::optional<double> aggregate(const std::vector<Contribution>& cs) const {
        double part = 0;
        double whole = 0;
        int n = 0;
        for (const Contribution& c : cs) {
            if (!c.counts) continue;
            part += c.part;
            whole += c.whole;
            ++n;
        }
        if (n == 0) return std::nullopt;
        switch (ind_.aggregate) {
        case Aggregate::sum:
            return part;
        case Aggregate::mean:
            return part / n;
        case Aggregate::ratio:
            if (!is_ratio() || whole == 0) return std::nullopt;
            return part / whole * scale_;
        case Aggregate::none:
            break;
        }
        return std::nullopt;
    }

private:
    const Indicator& ind_;
    std::size_t i_;
    std::optional<std::size_t> num_;
    std::optional<std::size_t> den_;
    double scale_;
};

// The decimals an indicator's figures are shown with: as the file says;
// else none for counts, one for ratios and means (at least), otherwise the
// most any value in the file has, at most two.
int precision_of(const Indicator& ind, std::size_t i, const Statistics& st) {
    if (ind.decimals) return *ind.decimals;
    if (ind.type == IndicatorType::count && ind.aggregate == Aggregate::sum) return 0;
    if (ind.aggregate == Aggregate::ratio) return 1;
    int most = ind.aggregate == Aggregate::mean ? 1 : 0;
    for (const StatRow& r : st.rows) {
        if (i < r.values.size() && r.values[i])
            most = std::max(most, std::min(text::decimals_of(*r.values[i]), max_default_decimals));
    }
    return most;
}

void derive_indicator(Statistics& st, std::size_t i, const std::vector<MemberRows>& rows) {
    Indicator& ind = st.indicators[i];
    ind.precision = precision_of(ind, i, st);
    const IndicatorRule rule(st, i);
    const bool in_points = ind.type == IndicatorType::percent;
    std::vector<Contribution> now(rows.size());
    std::vector<Contribution> before(rows.size());
    for (std::size_t m = 0; m < rows.size(); ++m) {
        now[m] = rule.of(rows[m].now);
        before[m] = rule.of(rows[m].before);
        MemberFigure& f = st.member_table[m][i];
        f.value = now[m].shown;
        f.previous = before[m].shown;
        if (in_points) {
            f.change_points = points(f.value, f.previous);
        } else {
            f.growth_percent = growth(f.value, f.previous, ind.precision);
        }
    }
    IndicatorFigures& f = st.figures[i];
    f.total = rule.aggregate(now);
    // Like for like: only the members that count in both years.
    std::vector<Contribution> now_compared;
    std::vector<Contribution> before_compared;
    for (std::size_t m = 0; m < rows.size(); ++m) {
        if (now[m].counts) ++f.reported_count;
        if (now[m].counts || before[m].counts) ++f.member_count;
        if (!now[m].counts || !before[m].counts) continue;
        ++f.compared_count;
        now_compared.push_back(now[m]);
        before_compared.push_back(before[m]);
    }
    f.previous_total = rule.aggregate(before_compared);
    f.compared_total = rule.aggregate(now_compared);
    if (in_points) {
        f.change_points = points(f.compared_total, f.previous_total);
    } else {
        f.growth_percent =
            growth(f.compared_total, f.previous_total, ind.precision, &f.base_is_zero);
    }
    if (st.reported_totals && i < st.reported_totals->size()) {
        f.reported_total = (*st.reported_totals)[i];
    }
    if (f.reported_total && f.total) f.difference = tidy(*f.reported_total - *f.total);
}

void derive_statistics(const ClusterYear& cy, Statistics& st) {
    const std::size_t n = st.indicators.size();
    st.figures.assign(n, {});
    st.member_table.assign(cy.members.size(), std::vector<MemberFigure>(n));
    const std::vector<MemberRows> rows = rows_of_members(cy, st);
    st.has_previous_year = std::any_of(rows.begin(), rows.end(),
                                       [](const MemberRows& r) { return r.before != nullptr; });
    for (std::size_t i = 0; i < n; ++i)
        derive_indicator(st, i, rows);
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

Share reduced(long long numerator, long long denominator) {
    const long long g = std::gcd(numerator, denominator);
    return g > 1 ? Share{numerator / g, denominator / g} : Share{numerator, denominator};
}

// A percentage as an exact fraction, kept to a millionth of a point:
// 70 -> 7/10, 50.5 -> 101/200, 66.666667 -> 66666667/100000000.
Share share_of_percent(double percent) {
    const int decimals = std::min(text::decimals_of(percent), 6);
    long long scale = 1;
    for (int k = 0; k < decimals; ++k)
        scale *= 10;
    const long long numerator =
        std::llround(text::round_half_away(percent, decimals) * static_cast<double>(scale));
    return reduced(numerator, 100 * scale);
}

// Passing compares whole numbers, votes x denominator against numerator x
// voters, so 14 of 20 is exactly 70% and 6 of 9 exactly two thirds.
void derive_ballot(Ballot& b) {
    b.threshold = b.min_fraction ? *b.min_fraction : share_of_percent(b.min_percent);
    if (b.min_fraction && b.min_fraction->denominator > 0) {
        b.min_percent = tidy(100.0 * static_cast<double>(b.min_fraction->numerator) /
                             static_cast<double>(b.min_fraction->denominator));
    }
    for (Tally& t : b.tallies) {
        t.percent = b.voters > 0 ? tidy(100.0 * t.votes / b.voters) : 0;
        const long long share = static_cast<long long>(t.votes) * b.threshold.denominator;
        const long long needed = b.threshold.numerator * static_cast<long long>(b.voters);
        t.passed =
            b.voters > 0 && (b.pass == PassRule::at_least ? share >= needed : share > needed);
    }
    const BallotPapers& p = b.papers;
    b.valid_computed.reset();
    b.invalid_computed.reset();
    if (p.returned && !p.valid && p.invalid && *p.invalid <= *p.returned)
        b.valid_computed = *p.returned - *p.invalid;
    if (p.returned && p.valid && !p.invalid && *p.valid <= *p.returned)
        b.invalid_computed = *p.returned - *p.valid;
}

// The route a proposal of one of the state's awards takes when the file
// names none: the cluster's authority considers it and submits it to the
// Prime Minister (or the Government); the President's awards go on from the
// Prime Minister.
std::vector<std::string> default_route(const std::optional<std::string>& by,
                                       const std::string& authority) {
    if (!by) return {};
    const std::string key = text::to_lower(*by);
    if (key == "thủ tướng chính phủ" || key == "thủ tướng" || key == "chính phủ")
        return {authority};
    if (key == "chủ tịch nước") return {authority, "Thủ tướng Chính phủ"};
    return {};
}

void derive_covenant(Covenant& cv) {
    cv.totals.assign(cv.commitments.size(), std::nullopt);
    for (std::size_t c = 0; c < cv.commitments.size(); ++c) {
        Commitment& k = cv.commitments[c];
        int most = k.aggregate == Aggregate::mean ? 1 : 0;
        double sum = 0;
        int n = 0;
        for (const Pledge& p : cv.pledges) {
            if (c >= p.values.size() || !p.values[c]) continue;
            sum += *p.values[c];
            ++n;
            most = std::max(most, std::min(text::decimals_of(*p.values[c]), max_default_decimals));
        }
        k.precision = k.decimals.value_or(k.type == IndicatorType::count ? 0 : most);
        if (n == 0 || k.aggregate == Aggregate::none || k.aggregate == Aggregate::ratio) continue;
        cv.totals[c] = k.aggregate == Aggregate::mean ? sum / n : sum;
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
    for (Award& a : cy.awards)
        a.route = a.via.empty() ? default_route(a.by, cy.cluster.authority) : a.via;
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
