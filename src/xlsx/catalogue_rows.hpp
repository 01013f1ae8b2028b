// What the catalogue's four tables need of each cluster-year, and nothing
// more: its year, cluster and leaders, its members' ids, names and roles,
// its awards and its documents' names and SHA-256, as text. The catalogue
// keeps these while it reads the archive's sources one at a time, so its
// memory holds a few strings per record, never the cluster-years themselves.
// Internal to src/xlsx.
#pragma once

#include "model/cluster_year.hpp"
#include "xlsx/index_writer.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace thidua::xlsx {

struct CatalogueMember {
    std::string id;
    std::string name;
    model::Role role = model::Role::member;
};

struct CatalogueAward {
    std::string type;
    std::string by;
    std::string member_id;
    std::string member; // the member's name (the id when unknown)
    std::string recipient;
    bool granted = false;
};

// One cluster-year; its members, awards and documents are the ranges
// [first, end) of CatalogueRows' lists.
struct CatalogueYear {
    int year = 0;
    std::string cluster_id;
    std::string cluster_name;
    std::size_t members = 0;                                // how many
    std::string heads, deputies, next_heads, next_deputies; // names, one a line
    std::size_t first_member = 0, end_member = 0;
    std::size_t first_award = 0, end_award = 0;
    std::size_t first_document = 0, end_document = 0;
};

struct CatalogueRows {
    std::vector<CatalogueYear> years; // in the order added
    std::vector<CatalogueMember> members;
    std::vector<CatalogueAward> awards;
    std::vector<ArchivedDocument> documents;

    void add(const ArchivedYear& y);
    // The cluster-years by year, then cluster id: the tables' order.
    std::vector<const CatalogueYear*> in_order() const;
};

} // namespace thidua::xlsx
