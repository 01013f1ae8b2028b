// The catalogue's four tables, each on its sheet, one record a row: the
// cluster-years (how many members, heads and deputies of the year and of
// the next), their members (id, name, role), their awards (type, who
// grants it, member, recipient, status) and their documents (file name,
// SHA-256). Names of several members share a cell, one a line.
#include "xlsx/catalogue_table.hpp"
#include "xlsx/index_sheets.hpp"

namespace thidua::xlsx {
namespace {

constexpr int own = CatalogueTable::first_own;
constexpr double names_limit_pt = 150;
constexpr double recipient_limit_pt = 170;
constexpr double sha256_limit_pt = 420; // a SHA-256 on one line
constexpr int sha256_size = 10;

const std::string& role_word(const doc::CatalogueMembersText& text, model::Role role) {
    switch (role) {
    case model::Role::head:
        return text.head;
    case model::Role::deputy:
        return text.deputy;
    case model::Role::member:
        break;
    }
    return text.ordinary;
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

std::string member_names(const model::ClusterYear& cy,
                         const std::vector<const model::Member*>& members) {
    std::vector<std::string> ids;
    for (const model::Member* m : members)
        ids.push_back(m->id);
    return member_names(cy, ids);
}

SheetPlan catalogue_cluster_years(const std::vector<ArchivedYear>& years,
                                  const doc::IndexText& text, const TextWidth& measure) {
    const doc::CatalogueYearsText& t = text.cluster_years;
    CatalogueTable table(text, t, {t.members, t.heads, t.deputies, t.next_heads, t.next_deputies},
                         measure);
    SheetBuilder& b = table.cells();
    for (int c = own + 1; c <= own + 4; ++c)
        b.limit(c, names_limit_pt);
    for (const ArchivedYear& y : years) {
        const model::ClusterYear& cy = y.cy;
        const int r = table.record(cy);
        b.number(r, own, static_cast<double>(cy.members.size()),
                 styles::number(NumberFormat::count));
        b.text(r, own + 1, member_names(cy, cy.heads()), styles::text());
        b.text(r, own + 2, member_names(cy, cy.deputies()), styles::text());
        b.text(r, own + 3, cy.succession ? member_names(cy, cy.succession->heads) : "",
               styles::text());
        b.text(r, own + 4, cy.succession ? member_names(cy, cy.succession->deputies) : "",
               styles::text());
    }
    return table.finish();
}

SheetPlan catalogue_members(const std::vector<ArchivedYear>& years, const doc::IndexText& text,
                            const TextWidth& measure) {
    const doc::CatalogueMembersText& t = text.members;
    CatalogueTable table(text, t, {t.member_id, t.member, t.role}, measure);
    SheetBuilder& b = table.cells();
    b.limit(own + 1, names_limit_pt);
    for (const ArchivedYear& y : years) {
        for (const model::Member& m : y.cy.members) {
            const int r = table.record(y.cy);
            b.text(r, own, m.id, styles::text());
            b.text(r, own + 1, m.name, styles::text());
            b.text(r, own + 2, role_word(t, m.role), styles::text());
        }
    }
    return table.finish();
}

SheetPlan catalogue_awards(const std::vector<ArchivedYear>& years, const doc::IndexText& text,
                           const TextWidth& measure) {
    const doc::CatalogueAwardsText& t = text.awards;
    CatalogueTable table(text, t, {t.award, t.by, t.member_id, t.member, t.recipient, t.status},
                         measure);
    SheetBuilder& b = table.cells();
    b.limit(own + 3, names_limit_pt);
    b.limit(own + 4, recipient_limit_pt);
    for (const ArchivedYear& y : years) {
        for (const model::Award& a : y.cy.awards) {
            const int r = table.record(y.cy);
            const std::string member = member_names(y.cy, {a.member});
            b.text(r, own, a.type, styles::text());
            b.text(r, own + 1, a.by.value_or(""), styles::text());
            b.text(r, own + 2, a.member, styles::text());
            b.text(r, own + 3, member, styles::text());
            b.text(r, own + 4, a.recipient.value_or(member), styles::text());
            b.text(r, own + 5, a.status == model::AwardStatus::granted ? t.granted : t.proposed,
                   styles::text());
        }
    }
    return table.finish();
}

SheetPlan catalogue_documents(const std::vector<ArchivedYear>& years, const doc::IndexText& text,
                              const TextWidth& measure) {
    const doc::CatalogueDocumentsText& t = text.documents;
    CatalogueTable table(text, t, {t.document, t.sha256}, measure);
    SheetBuilder& b = table.cells();
    b.limit(own + 1, sha256_limit_pt);
    CellStyle hash = styles::text();
    hash.size = sha256_size;
    for (const ArchivedYear& y : years) {
        for (const ArchivedDocument& d : y.documents) {
            const int r = table.record(y.cy);
            b.text(r, own, d.name, styles::text());
            b.text(r, own + 1, d.sha256, hash);
        }
    }
    return table.finish();
}

} // namespace thidua::xlsx
