// <cluster> and <members>: who the cluster is and who belongs to it.
#include "i18n/messages.hpp"
#include "load/fields.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"

#include <array>

namespace thidua::load {

model::Cluster read_cluster(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    model::Cluster c;
    c.id = id_attr(ctx, el, "id").value_or("");
    c.name = text_attr(ctx, el, "name", Need::required).value_or("");
    if (auto a = text_attr(ctx, el, "authority")) c.authority = *a;
    return c;
}

model::Person read_person(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    return {
        text_attr(ctx, el, "name", Need::required).value_or(""), text_attr(ctx, el, "title"), {}};
}

std::vector<model::Member> read_members(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    static const std::array<std::string, 3> roles = {"head", "deputy", "member"};
    std::vector<model::Member> out;
    SeenKeys ids;
    bool role_unreadable = false;
    for (const Element* m : el->elements("member")) {
        check_shape(ctx, m);
        model::Member member;
        if (auto id = id_attr(ctx, m, "id")) {
            if (ids.add(ctx, ctx.value_pos(m, "id"), *id,
                        i18n::trf("duplicate member id '{1}'", {*id}))) {
                member.id = *id;
                ctx.add_member(*id);
            }
        }
        member.name = text_attr(ctx, m, "name", Need::required).value_or("");
        member.short_name = text_attr(ctx, m, "short-name");
        member.place = text_attr(ctx, m, "place");
        if (auto role = choice_attr(ctx, m, "role", roles)) {
            member.role = static_cast<model::Role>(*role);
        } else if (m->value("role") != nullptr) {
            role_unreadable = true; // already reported; "no head" would only repeat it
        }
        if (const Element* r = m->first("representative")) {
            member.representative = read_representative(ctx, r);
        }
        out.push_back(std::move(member));
    }
    bool has_head = false;
    for (const model::Member& m : out)
        has_head = has_head || m.role == model::Role::head;
    if (!out.empty() && !has_head && !role_unreadable) {
        ctx.error(ctx.pos(el), i18n::tr("no member has role=\"head\"; mark the cluster head with "
                                        "role=\"head\""));
    }
    return out;
}

} // namespace thidua::load
