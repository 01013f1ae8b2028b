// The national figures the engine computes for the national workbook:
// indicators matched by id across the clusters of a year, where each
// cluster keeps them, and the national total by the indicator's aggregate
// (sum of the clusters' totals; mean over every member's value).
// Internal to src/xlsx.
#pragma once

#include "model/cluster_year.hpp"

#include <optional>
#include <vector>

namespace thidua::xlsx {

struct NationalIndicator {
    model::Indicator indicator;                    // as the first cluster having it defines it
    std::vector<std::optional<std::size_t>> index; // [cluster]: its place in that cluster's list
    std::optional<double> total;                   // in the model's unit (percent 0-100)
};

// In order of first appearance, the clusters taken in the given order.
std::vector<NationalIndicator> national_indicators(const std::vector<model::ClusterYear>& clusters);

} // namespace thidua::xlsx
