// The catalogue sheet. Columns: STT, year, cluster, members, heads,
// deputies, next year's heads and deputies, award, member, recipient,
// status (proposed or granted), document, SHA-256. A cluster-year takes as many rows as its longest
// list (members, awards, documents); its own facts are on its first row.
#include "xlsx/index_sheets.hpp"
#include "xlsx/sheets.hpp"

#include <algorithm>
#include <array>

namespace thidua::xlsx {
namespace {

constexpr int columns = 14;

std::vector<std::string> ids_of(const std::vector<const model::Member*>& members) {
    std::vector<std::string> out;
    for (const model::Member* m : members)
        out.push_back(m->id);
    return out;
}

} // namespace

std::string member_names(const model::ClusterYear& cy, const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids) {
        const model::Member* m = cy.find_member(id);
        out += (out.empty() ? "" : "\n") + (m ? m->name : id);
    }
    return out;
}

SheetPlan catalogue_sheet(const std::vector<ArchivedYear>& years, const doc::IndexText& text,
                          const TextWidth& measure) {
    SheetBuilder b(text.catalogue_sheet, measure, columns);
    b.limit(2, 170);
    for (int c : {3, 4, 5, 6, 7, 9})
        b.limit(c, 150);
    b.limit(8, 110);
    b.limit(10, 170);
    b.limit(11, 110);
    b.limit(13, 420);
    const int h = b.title_block(text.parent, text.issuer, text.catalogue_title);
    const std::array<const std::string*, columns> headings = {
        &text.number,    &text.year,       &text.cluster,       &text.members, &text.heads,
        &text.deputies,  &text.next_heads, &text.next_deputies, &text.award,   &text.member,
        &text.recipient, &text.status,     &text.document,      &text.sha256};
    for (int c = 0; c < columns; ++c)
        b.heading(h, c, *headings[static_cast<std::size_t>(c)]);
    CellStyle hash = styles::text();
    hash.size = 10;
    int r = h + 1;
    for (std::size_t k = 0; k < years.size(); ++k) {
        const model::ClusterYear& cy = years[k].cy;
        const auto& docs = years[k].documents;
        const int rows = static_cast<int>(
            std::max({std::size_t{1}, cy.members.size(), cy.awards.size(), docs.size()}));
        for (int i = 0; i < rows; ++i) {
            for (int c = 0; c < columns; ++c)
                b.blank(r + i, c, c == 13 ? hash : styles::text());
        }
        b.number(r, 0, static_cast<double>(k + 1), styles::centred());
        b.number(r, 1, static_cast<double>(cy.year), styles::centred());
        b.text(r, 2, cy.cluster.name, styles::text());
        b.text(r, 4, member_names(cy, ids_of(cy.heads())), styles::text());
        b.text(r, 5, member_names(cy, ids_of(cy.deputies())), styles::text());
        if (cy.succession) {
            b.text(r, 6, member_names(cy, cy.succession->heads), styles::text());
            b.text(r, 7, member_names(cy, cy.succession->deputies), styles::text());
        }
        for (std::size_t i = 0; i < cy.members.size(); ++i)
            b.text(r + static_cast<int>(i), 3, cy.members[i].name, styles::text());
        for (std::size_t i = 0; i < cy.awards.size(); ++i) {
            const model::Award& a = cy.awards[i];
            const std::string member = member_names(cy, {a.member});
            const int row = r + static_cast<int>(i);
            b.text(row, 8, a.type, styles::text());
            b.text(row, 9, member, styles::text());
            b.text(row, 10, a.recipient.value_or(member), styles::text());
            b.text(row, 11, a.status == model::AwardStatus::granted ? text.granted : text.proposed,
                   styles::text());
        }
        for (std::size_t i = 0; i < docs.size(); ++i) {
            b.text(r + static_cast<int>(i), 12, docs[i].name, styles::text());
            b.text(r + static_cast<int>(i), 13, docs[i].sha256, hash);
        }
        r += rows;
    }
    place_note(b, r, text.catalogue_note);
    b.freeze(h + 1, 3);
    b.repeat_rows(h, h);
    return b.finish();
}

} // namespace thidua::xlsx
