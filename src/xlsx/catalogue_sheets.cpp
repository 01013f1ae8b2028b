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

SheetPlan catalogue_cluster_years(const CatalogueRows&, const TablePart& part,
                                  const doc::IndexText& text, const TextWidth& measure) {
    const doc::CatalogueYearsText& t = text.cluster_years;
    CatalogueTable table(text, t, {t.members, t.heads, t.deputies, t.next_heads, t.next_deputies},
                         measure, part);
    SheetBuilder& b = table.cells();
    for (int c = own + 1; c <= own + 4; ++c)
        b.limit(c, names_limit_pt);
    for (const CatalogueYear* y : part.years) {
        const int r = table.record(*y);
        b.number(r, own, static_cast<double>(y->members), styles::number(NumberFormat::count));
        b.text(r, own + 1, y->heads, styles::text());
        b.text(r, own + 2, y->deputies, styles::text());
        b.text(r, own + 3, y->next_heads, styles::text());
        b.text(r, own + 4, y->next_deputies, styles::text());
    }
    return table.finish();
}

SheetPlan catalogue_members(const CatalogueRows& rows, const TablePart& part,
                            const doc::IndexText& text, const TextWidth& measure) {
    const doc::CatalogueMembersText& t = text.members;
    CatalogueTable table(text, t, {t.member_id, t.member, t.role}, measure, part);
    SheetBuilder& b = table.cells();
    b.limit(own + 1, names_limit_pt);
    for (const CatalogueYear* y : part.years) {
        for (std::size_t k = y->first_member; k < y->end_member; ++k) {
            const CatalogueMember& m = rows.members[k];
            const int r = table.record(*y);
            b.text(r, own, m.id, styles::text());
            b.text(r, own + 1, m.name, styles::text());
            b.text(r, own + 2, role_word(t, m.role), styles::text());
        }
    }
    return table.finish();
}

SheetPlan catalogue_awards(const CatalogueRows& rows, const TablePart& part,
                           const doc::IndexText& text, const TextWidth& measure) {
    const doc::CatalogueAwardsText& t = text.awards;
    CatalogueTable table(text, t, {t.award, t.by, t.member_id, t.member, t.recipient, t.status},
                         measure, part);
    SheetBuilder& b = table.cells();
    b.limit(own + 3, names_limit_pt);
    b.limit(own + 4, recipient_limit_pt);
    for (const CatalogueYear* y : part.years) {
        for (std::size_t k = y->first_award; k < y->end_award; ++k) {
            const CatalogueAward& a = rows.awards[k];
            const int r = table.record(*y);
            b.text(r, own, a.type, styles::text());
            b.text(r, own + 1, a.by, styles::text());
            b.text(r, own + 2, a.member_id, styles::text());
            b.text(r, own + 3, a.member, styles::text());
            b.text(r, own + 4, a.recipient, styles::text());
            b.text(r, own + 5, a.granted ? t.granted : t.proposed, styles::text());
        }
    }
    return table.finish();
}

SheetPlan catalogue_documents(const CatalogueRows& rows, const TablePart& part,
                              const doc::IndexText& text, const TextWidth& measure) {
    const doc::CatalogueDocumentsText& t = text.documents;
    CatalogueTable table(text, t, {t.document, t.sha256}, measure, part);
    SheetBuilder& b = table.cells();
    b.limit(own + 1, sha256_limit_pt);
    CellStyle hash = styles::text();
    hash.size = sha256_size;
    for (const CatalogueYear* y : part.years) {
        for (std::size_t k = y->first_document; k < y->end_document; ++k) {
            const ArchivedDocument& d = rows.documents[k];
            const int r = table.record(*y);
            b.text(r, own, d.name, styles::text());
            b.text(r, own + 1, d.sha256, hash);
        }
    }
    return table.finish();
}

} // namespace thidua::xlsx
