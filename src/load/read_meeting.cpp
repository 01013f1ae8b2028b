// <meeting>: the conference itself, its people and its proceedings.
#include "i18n/messages.hpp"
#include "load/fields.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

#include <array>

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

// "Ông", "Bà" or "Đồng chí" (any case); absent: none.
std::optional<std::string> honorific_attr(Context& ctx, const Element* el) {
    static const std::array<std::string, 3> words = {"Ông", "Bà", "Đồng chí"};
    const auto value = text_attr(ctx, el, "honorific");
    if (!value) return std::nullopt;
    for (const std::string& w : words) {
        if (text::to_lower(*value) == text::to_lower(w)) return w;
    }
    ctx.error(ctx.value_pos(el, "honorific"),
              i18n::trf("'{1}' is not an honorific; write Ông, Bà or Đồng chí, or leave "
                        "honorific out to print the name alone",
                        {*value}));
    return std::nullopt;
}

// A person at the conference: name, title and honorific.
model::Person read_attendee(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    model::Person p;
    p.name = text_attr(ctx, el, "name", Need::required).value_or("");
    p.title = text_attr(ctx, el, "title");
    p.honorific = honorific_attr(ctx, el);
    return p;
}

std::vector<model::Delegation> read_delegations(Context& ctx, const Element* meeting) {
    std::vector<model::Delegation> out;
    SeenKeys seen;
    for (const Element* d : meeting->elements("delegation")) {
        check_shape(ctx, d);
        const auto member = member_attr(ctx, d, "member");
        const auto count = number_attr(ctx, d, "count", NumberRule::positive_whole, Need::required);
        std::vector<model::Person> leaders;
        for (const Element* l : d->elements("leader"))
            leaders.push_back(read_attendee(ctx, l));
        if (count && leaders.size() > static_cast<std::size_t>(*count)) {
            ctx.error(ctx.value_pos(d, "count"),
                      i18n::trf("the delegation lists {1} leaders but count=\"{2}\"; count is "
                                "every delegate, the leaders included",
                                {text::to_text(static_cast<int>(leaders.size())),
                                 text::to_text(*count)}));
        }
        if (member && seen.add(ctx, ctx.value_pos(d, "member"), *member,
                               i18n::trf("member '{1}' already has a delegation", {*member}), "")) {
            out.push_back({*member, static_cast<int>(count.value_or(0)), std::move(leaders)});
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
        ctx.error(ctx.value_pos(el, "end"),
                  i18n::trf("end time {1} is not after start time {2}",
                            {text::to_iso(*m.end), text::to_iso(*m.start)}));
    }
    if (const Element* t = el->first("title")) {
        check_shape(ctx, t);
        m.title = plain_content(ctx, t);
    }
    if (const Element* c = el->first("chair")) m.chair = read_attendee(ctx, c);
    if (const Element* s = el->first("secretary")) m.secretary = read_attendee(ctx, s);
    for (const Element* g : el->elements("guest"))
        m.guests.push_back(read_attendee(ctx, g));
    m.delegations = read_delegations(ctx, el);
    if (const Element* a = el->first("agenda")) {
        check_shape(ctx, a);
        m.agenda = rich_children(ctx, a, "item");
    }
    if (const Element* o = el->first("opening")) {
        m.opening = read_statement(ctx, o, Need::optional);
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
