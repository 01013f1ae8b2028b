// The national figures the engine computes for the national workbook:
// indicators matched by id across the clusters of a year (the clusters
// define each id alike: `thidua national` refuses them otherwise), where
// each cluster keeps them, and the national total by the aggregate:
//   sum   the sum of the clusters' totals (never for a percentage);
//   mean  the unweighted mean of every member's figure in every cluster
//         (not the mean of the clusters' means);
//   ratio the national total of the numerator over that of the
//         denominator (x100 for a percentage), both over the members that
//         have both parts, as a cluster's ratio is made: never a sum or a
//         mean of the clusters' ratios;
//   none  no national total.
// With each total, how many clusters' figures it covers.
// Internal to src/xlsx.
#pragma once

#include "model/cluster_year.hpp"

#include <optional>
#include <vector>

namespace thidua::xlsx {

struct NationalIndicator {
    model::Indicator indicator; // as the first cluster having it defines it, but its
                                // precision the most decimals any cluster shows it with
    std::vector<std::optional<std::size_t>> index; // [cluster]: its place in that cluster's list
    // For a ratio: [cluster] the places of its numerator and denominator.
    std::vector<std::optional<std::size_t>> numerator;
    std::vector<std::optional<std::size_t>> denominator;
    std::optional<double> total; // in the model's unit (percent 0-100), unrounded
    int covered = 0;             // clusters with a figure in the total
};

// Whether the national row has a total for this indicator at all (the
// aggregate allows one: not none, not a percentage summed).
bool has_national_total(const model::Indicator& ind);

// In order of first appearance, the clusters taken in the given order.
std::vector<NationalIndicator> national_indicators(const std::vector<model::ClusterYear>& clusters);

} // namespace thidua::xlsx
