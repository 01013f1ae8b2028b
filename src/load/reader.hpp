// The section readers: each turns one part of the checked tree into model
// data, reporting what is wrong as it goes. Internal to the loader.
#pragma once

#include "load/context.hpp"
#include "model/cluster_year.hpp"

namespace thidua::load {

model::ClusterYear read_cluster_year(Context& ctx, const Element* root);

model::Cluster read_cluster(Context& ctx, const Element* el);
model::Person read_person(Context& ctx, const Element* el);
model::Representative read_representative(Context& ctx, const Element* el);
std::vector<model::Member> read_members(Context& ctx, const Element* el);
model::Meeting read_meeting(Context& ctx, const Element* el);
model::Statistics read_statistics(Context& ctx, const Element* el);
model::Scoring read_scoring(Context& ctx, const Element* el);
model::Ballot read_ballot(Context& ctx, const Element* el);
std::vector<model::Award> read_awards(Context& ctx, const Element* el);
model::Covenant read_covenant(Context& ctx, const Element* el);
model::Succession read_succession(Context& ctx, const Element* el);

} // namespace thidua::load
