// <meeting>: the conference itself, its people and its proceedings.
#include "load/fields.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"

namespace thidua::load {
namespace {

model::Statement read_statement(Context& ctx, const Element* el, Need by) {
    check_shape(ctx, el);
    model::Statement s;
    s.by = text_attr(ctx, el, "by", by);
    s.title = text_attr(ctx, el, "title");
    s.paragraphs = rich_children(ctx, el, "p");
    return s;
}

std::vector<model::Delegation> read_delegations(Context& ctx, const Element* meeting) {
    std::vector<model::Delegation> out;
    SeenKeys seen;
    for (const Element* d : meeting->elements("delegation")) {
        check_shape(ctx, d);
        const auto member = member_attr(ctx, d, "member");
        const auto count = number_attr(ctx, d, "count", NumberRule::positive_whole, Need::required);
        if (member && seen.add(ctx, ctx.value_pos(d, "member"), *member,
                               "member '" + *member + "' already has a delegation", "")) {
            out.push_back({*member, static_cast<int>(count.value_or(0))});
        }
    }
    return out;
}

} // namespace

model::Meeting read_meeting(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    model::Meeting m;
    m.number = text_attr(ctx, el, "number");
    m.date = date_attr(ctx, el, "date");
    m.start = time_attr(ctx, el, "start");
    m.end = time_attr(ctx, el, "end");
    m.place = text_attr(ctx, el, "place");
    m.venue = text_attr(ctx, el, "venue");
    m.host = member_attr(ctx, el, "host", Need::optional);
    if (m.start && m.end && !(*m.end > *m.start)) {
        ctx.error(ctx.value_pos(el, "end"), "end time " + text::to_iso(*m.end) +
                                                " is not after start time " +
                                                text::to_iso(*m.start));
    }
    if (const Element* t = el->first("title")) {
        check_shape(ctx, t);
        m.title = plain_content(ctx, t);
    }
    if (const Element* c = el->first("chair")) m.chair = read_person(ctx, c);
    if (const Element* s = el->first("secretary")) m.secretary = read_person(ctx, s);
    for (const Element* g : el->elements("guest"))
        m.guests.push_back(read_person(ctx, g));
    m.delegations = read_delegations(ctx, el);
    if (const Element* a = el->first("agenda")) {
        check_shape(ctx, a);
        m.agenda = rich_children(ctx, a, "item");
    }
    if (const Element* r = el->first("report")) {
        m.report = read_statement(ctx, r, Need::optional);
    }
    if (const Element* d = el->first("discussion")) {
        check_shape(ctx, d);
        m.discussion.emplace();
        for (const Element* s : d->elements("speech")) {
            m.discussion->push_back(read_statement(ctx, s, Need::required));
        }
    }
    if (const Element* c = el->first("conclusion")) {
        m.conclusion = read_statement(ctx, c, Need::optional);
    }
    if (const Element* r = el->first("recipients")) {
        check_shape(ctx, r);
        m.recipients = rich_children(ctx, r, "to");
    }
    return m;
}

} // namespace thidua::load
