// Matching indicators by id and the national totals, rounded as the
// spreadsheet's ROUND keeps them (a millionth of the model's unit).
#include "xlsx/national_figures.hpp"

#include <cmath>

namespace thidua::xlsx {
namespace {

double rounded(double v) {
    return std::round(v * 1e6) / 1e6;
}

std::optional<double> total(const NationalIndicator& n,
                            const std::vector<model::ClusterYear>& clusters) {
    double sum = 0;
    int count = 0;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        if (!n.index[c]) continue;
        const model::Statistics& st = *clusters[c].statistics;
        const std::size_t i = *n.index[c];
        if (n.indicator.aggregate == model::Aggregate::sum) {
            if (const auto& t = st.figures[i].total) {
                sum += *t;
                ++count;
            }
            continue;
        }
        for (const auto& row : st.member_table) {
            if (const auto& v = row[i].value) {
                sum += *v;
                ++count;
            }
        }
    }
    if (n.indicator.aggregate == model::Aggregate::none || count == 0) return std::nullopt;
    if (n.indicator.aggregate == model::Aggregate::mean) sum /= count;
    return rounded(sum);
}

} // namespace

std::vector<NationalIndicator>
national_indicators(const std::vector<model::ClusterYear>& clusters) {
    std::vector<NationalIndicator> out;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        if (!clusters[c].statistics) continue;
        const auto& indicators = clusters[c].statistics->indicators;
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            NationalIndicator* n = nullptr;
            for (NationalIndicator& known : out)
                n = known.indicator.id == indicators[i].id ? &known : n;
            if (!n) {
                out.push_back({indicators[i],
                               std::vector<std::optional<std::size_t>>(clusters.size()),
                               std::nullopt});
                n = &out.back();
            }
            n->index[c] = i;
        }
    }
    for (NationalIndicator& n : out)
        n.total = total(n, clusters);
    return out;
}

} // namespace thidua::xlsx
