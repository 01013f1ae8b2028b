// Matching indicators by id and the national totals, unrounded (the
// workbook stores full values and formats them; see national_figures.hpp
// for the rule of each aggregate).
#include "xlsx/national_figures.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace thidua::xlsx {
namespace {

std::optional<std::size_t> index_of(const model::Statistics& st,
                                    const std::optional<std::string>& id) {
    if (!id) return std::nullopt;
    for (std::size_t k = 0; k < st.indicators.size(); ++k) {
        if (st.indicators[k].id == *id) return k;
    }
    return std::nullopt;
}

// Sums over the clusters having the indicator; `covered` counts those that
// add something.
struct Sums {
    double part = 0;
    double whole = 0;
    int values = 0;
    int covered = 0;
};

Sums sums(const NationalIndicator& n, const std::vector<model::ClusterYear>& clusters) {
    Sums s;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        if (!n.index[c]) continue;
        const model::Statistics& st = *clusters[c].statistics;
        const std::size_t i = *n.index[c];
        const int before = s.values;
        switch (n.indicator.aggregate) {
        case model::Aggregate::sum:
            if (const auto& t = st.figures[i].total) {
                s.part += *t;
                ++s.values;
            }
            break;
        case model::Aggregate::mean:
            for (const auto& row : st.member_table) {
                if (!row[i].value) continue;
                s.part += *row[i].value;
                ++s.values;
            }
            break;
        case model::Aggregate::ratio:
            if (!n.numerator[c] || !n.denominator[c]) break;
            for (const auto& row : st.member_table) {
                const auto& num = row[*n.numerator[c]].value;
                const auto& den = row[*n.denominator[c]].value;
                if (!num || !den) continue;
                s.part += *num;
                s.whole += *den;
                ++s.values;
            }
            break;
        case model::Aggregate::none:
            break;
        }
        if (s.values > before) ++s.covered;
    }
    return s;
}

void set_total(NationalIndicator& n, const std::vector<model::ClusterYear>& clusters) {
    if (!has_national_total(n.indicator)) return;
    const Sums s = sums(n, clusters);
    n.covered = s.covered;
    if (s.values == 0) return;
    switch (n.indicator.aggregate) {
    case model::Aggregate::sum:
        n.total = s.part;
        break;
    case model::Aggregate::mean:
        n.total = s.part / s.values;
        break;
    case model::Aggregate::ratio:
        if (s.whole != 0)
            n.total =
                s.part / s.whole * (n.indicator.type == model::IndicatorType::percent ? 100 : 1);
        break;
    case model::Aggregate::none:
        break;
    }
}

} // namespace

bool has_national_total(const model::Indicator& ind) {
    switch (ind.aggregate) {
    case model::Aggregate::sum:
        return ind.type != model::IndicatorType::percent;
    case model::Aggregate::mean:
    case model::Aggregate::ratio:
        return true;
    case model::Aggregate::none:
        break;
    }
    return false;
}

std::vector<NationalIndicator>
national_indicators(const std::vector<model::ClusterYear>& clusters) {
    std::vector<NationalIndicator> out;
    std::map<std::string, std::size_t, std::less<>> by_id; // place in `out`
    const std::size_t size = clusters.size();
    for (std::size_t c = 0; c < size; ++c) {
        if (!clusters[c].statistics) continue;
        const model::Statistics& st = *clusters[c].statistics;
        for (std::size_t i = 0; i < st.indicators.size(); ++i) {
            const auto [at, added] = by_id.emplace(st.indicators[i].id, out.size());
            if (added) {
                using Places = std::vector<std::optional<std::size_t>>;
                out.push_back(
                    {st.indicators[i], Places(size), Places(size), Places(size), std::nullopt, 0});
            }
            NationalIndicator* n = &out[at->second];
            n->indicator.precision = std::max(n->indicator.precision, st.indicators[i].precision);
            n->index[c] = i;
            n->numerator[c] = index_of(st, st.indicators[i].numerator);
            n->denominator[c] = index_of(st, st.indicators[i].denominator);
        }
    }
    for (NationalIndicator& n : out)
        set_total(n, clusters);
    return out;
}

} // namespace thidua::xlsx
