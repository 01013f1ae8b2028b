// Look-ups on the cluster-year (members by id, heads, deputies).
#include "model/cluster_year.hpp"

#include <algorithm>

namespace thidua::model {

std::string plain_text(const RichText& rich) {
    std::string out;
    for (const Run& r : rich)
        out += r.text;
    return out;
}

const Member* ClusterYear::find_member(std::string_view id) const {
    if (members_by_id.size() == members.size()) {
        const auto it = std::lower_bound(
            members_by_id.begin(), members_by_id.end(), id,
            [&](std::size_t m, std::string_view key) { return members[m].id < key; });
        if (it != members_by_id.end() && members[*it].id == id) return &members[*it];
    }
    for (const Member& m : members) { // before derive(), or members changed since
        if (m.id == id) return &m;
    }
    return nullptr;
}

std::vector<const Member*> ClusterYear::heads() const {
    std::vector<const Member*> out;
    for (const Member& m : members) {
        if (m.role == Role::head) out.push_back(&m);
    }
    return out;
}

std::vector<const Member*> ClusterYear::deputies() const {
    std::vector<const Member*> out;
    for (const Member& m : members) {
        if (m.role == Role::deputy) out.push_back(&m);
    }
    return out;
}

} // namespace thidua::model
