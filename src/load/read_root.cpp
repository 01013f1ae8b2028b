// <cluster-year>: the root. Members are read first so that every other
// section can check its member references, whatever order the file uses.
#include "i18n/messages.hpp"
#include "load/fields.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"

namespace thidua::load {

model::ClusterYear read_cluster_year(Context& ctx, const Element* root) {
    check_shape(ctx, root);
    model::ClusterYear cy;
    if (auto format = text_attr(ctx, root, "format", Need::required); format && *format != "1") {
        ctx.error(ctx.value_pos(root, "format"),
                  i18n::trf("format \"{1}\" is not supported; this version of thidua reads "
                            "format=\"1\"",
                            {*format}));
    }
    cy.year = year_attr(ctx, root, "year", Need::required).value_or(0);
    ctx.file_year = cy.year;
    if (const Element* c = root->first("cluster")) cy.cluster = read_cluster(ctx, c);
    if (const Element* m = root->first("members")) cy.members = read_members(ctx, m);
    if (const Element* m = root->first("meeting")) cy.meeting = read_meeting(ctx, m);
    if (const Element* s = root->first("statistics")) cy.statistics = read_statistics(ctx, s);
    if (const Element* s = root->first("scoring")) cy.scoring = read_scoring(ctx, s);
    SeenKeys ballot_ids;
    for (const Element* b : root->elements("ballot")) {
        model::Ballot ballot = read_ballot(ctx, b);
        if (!ballot.id.empty()) {
            ballot_ids.add(ctx, ctx.value_pos(b, "id"), ballot.id,
                           i18n::trf("duplicate ballot id '{1}'", {ballot.id}));
        }
        cy.ballots.push_back(std::move(ballot));
    }
    if (const Element* a = root->first("awards")) cy.awards = read_awards(ctx, a);
    if (const Element* c = root->first("covenant")) cy.covenant = read_covenant(ctx, c);
    if (const Element* s = root->first("succession")) cy.succession = read_succession(ctx, s);
    return cy;
}

} // namespace thidua::load
