// Taking a cluster-year's catalogue rows (see catalogue_rows.hpp).
#include "xlsx/catalogue_rows.hpp"

#include "xlsx/index_sheets.hpp"

#include <algorithm>
#include <tuple>

namespace thidua::xlsx {

void CatalogueRows::add(const ArchivedYear& y) {
    const model::ClusterYear& cy = y.cy;
    CatalogueYear row;
    row.year = cy.year;
    row.cluster_id = cy.cluster.id;
    row.cluster_name = cy.cluster.name;
    row.members = cy.members.size();
    row.heads = member_names(cy, cy.heads());
    row.deputies = member_names(cy, cy.deputies());
    if (cy.succession) {
        row.next_heads = member_names(cy, cy.succession->heads);
        row.next_deputies = member_names(cy, cy.succession->deputies);
    }
    row.first_member = members.size();
    for (const model::Member& m : cy.members)
        members.push_back({m.id, m.name, m.role});
    row.end_member = members.size();
    row.first_award = awards.size();
    for (const model::Award& a : cy.awards) {
        std::string member = member_names(cy, {a.member});
        std::string recipient = a.recipient.value_or(member);
        awards.push_back({a.type, a.by.value_or(""), a.member, std::move(member),
                          std::move(recipient), a.status == model::AwardStatus::granted});
    }
    row.end_award = awards.size();
    row.first_document = documents.size();
    documents.insert(documents.end(), y.documents.begin(), y.documents.end());
    row.end_document = documents.size();
    years.push_back(std::move(row));
}

std::vector<const CatalogueYear*> CatalogueRows::in_order() const {
    std::vector<const CatalogueYear*> out;
    out.reserve(years.size());
    for (const CatalogueYear& y : years)
        out.push_back(&y);
    std::stable_sort(out.begin(), out.end(), [](const CatalogueYear* a, const CatalogueYear* b) {
        return std::tie(a->year, a->cluster_id) < std::tie(b->year, b->cluster_id);
    });
    return out;
}

} // namespace thidua::xlsx
