// Warnings about the derived figures, given once the file has no errors.
// Internal to the loader.
#pragma once

#include "load/context.hpp"
#include "model/cluster_year.hpp"

namespace thidua::load {

void warn_about_figures(Context& ctx, const Element* root, const model::ClusterYear& cy);

} // namespace thidua::load
