// What `thidua national` checks across the files of one year before it
// writes anything: the clusters' indicators are matched by id, so one id
// must mean one figure everywhere.
#pragma once

#include "diag/diagnostics.hpp"
#include "model/cluster_year.hpp"

#include <filesystem>
#include <vector>

namespace thidua::cli {

// A checked file of the year and its cluster-year.
struct Loaded {
    std::filesystem::path file;
    model::ClusterYear model;
};

// Each indicator against its first definition (the files taken in the
// given order): a different unit, type or aggregate, or a ratio of other
// parts, is an error at the later <indicator> (FILE:LINE:COLUMN) naming the
// first one (FILE:LINE), saying what to write; nothing is converted. A
// different label is a warning naming both. Every file's diagnostics are
// kept with its name.
diag::Diagnostics check_indicators(const std::vector<Loaded>& files);

} // namespace thidua::cli
