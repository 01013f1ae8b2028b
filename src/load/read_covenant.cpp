// <awards>, <covenant> and <succession>: what the cluster proposes or was
// granted (and the route a proposal takes), pledges for next year, and who
// leads it next.
#include "i18n/messages.hpp"
#include "load/fields.hpp"
#include "load/figure_attrs.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"
#include "load/values.hpp"
#include "text/utf8.hpp"

#include <array>

namespace thidua::load {
namespace {

// "a b c" -> member ids, each checked; reports duplicates in the list.
std::vector<std::string> member_list(Context& ctx, const Element* el, std::string_view name,
                                     Need need) {
    std::vector<std::string> out;
    const auto value = text_attr(ctx, el, name, need);
    if (!value) return out;
    if (value->find_first_of(",;") != std::string::npos) {
        // "quang-binh, ha-tinh": ids are separated by spaces alone.
        std::string spaced;
        for (const char c : *value) {
            const bool gap = c == ',' || c == ';' || c == ' ';
            if (gap && (spaced.empty() || spaced.back() == ' ')) continue;
            spaced += gap ? ' ' : c;
        }
        while (!spaced.empty() && spaced.back() == ' ')
            spaced.pop_back();
        ctx.error(ctx.value_pos(el, name),
                  i18n::trf("member ids are separated by spaces, not commas or semicolons; "
                            "write '{1}'",
                            {spaced}));
        return out;
    }
    std::size_t start = 0;
    while (start < value->size()) {
        std::size_t end = value->find(' ', start);
        if (end == std::string::npos) end = value->size();
        const std::string id = value->substr(start, end - start);
        start = end + 1;
        if (!check_member_ref(ctx, ctx.value_pos(el, name), id)) continue;
        bool repeated = false;
        for (const std::string& o : out)
            repeated = repeated || o == id;
        if (repeated) {
            ctx.error(ctx.value_pos(el, name),
                      i18n::trf("'{1}' is listed twice in '{2}'", {id, name}));
            continue;
        }
        out.push_back(id);
    }
    return out;
}

// "A; B": the bodies a proposal goes through, in order; none empty or
// repeated, none the body that grants the award.
std::vector<std::string> route_list(Context& ctx, const Element* el,
                                    const std::optional<std::string>& by) {
    std::vector<std::string> out;
    const auto value = text_attr(ctx, el, "via");
    if (!value) return out;
    const diag::Pos pos = ctx.value_pos(el, "via");
    if (!by) {
        ctx.error(ctx.name_pos(el, "via"),
                  i18n::tr("via names the bodies that submit the award on to the one that "
                           "grants it; add by=\"...\" (who grants it, e.g. by=\"Thủ tướng Chính "
                           "phủ\")"));
        return out;
    }
    std::size_t start = 0;
    while (start <= value->size()) {
        std::size_t end = value->find(';', start);
        if (end == std::string::npos) end = value->size();
        const std::string body = clean(value->substr(start, end - start));
        start = end + 1;
        if (body.empty()) {
            ctx.error(pos, i18n::tr("an empty name in 'via'; separate the bodies with ';', e.g. "
                                    "via=\"Liên minh HTX Việt Nam; Thủ tướng Chính phủ\""));
            return {};
        }
        if (text::to_lower(body) == text::to_lower(*by)) {
            ctx.error(pos, i18n::trf("'{1}' grants the award (by); via lists only the bodies "
                                     "between the cluster and it: leave '{1}' out of via",
                                     {body}));
            return {};
        }
        for (const std::string& o : out) {
            if (text::to_lower(o) == text::to_lower(body)) {
                ctx.error(pos, i18n::trf("'{1}' is listed twice in '{2}'", {body, "via"}));
                return {};
            }
        }
        out.push_back(body);
    }
    return out;
}

} // namespace

std::vector<model::Award> read_awards(Context& ctx, const Element* el) {
    static const std::array<std::string, 2> statuses = {"proposed", "granted"};
    check_shape(ctx, el);
    std::vector<model::Award> out;
    for (const Element* a : el->elements("award")) {
        check_shape(ctx, a);
        model::Award award;
        award.type = text_attr(ctx, a, "type", Need::required).value_or("");
        award.by = text_attr(ctx, a, "by");
        award.via = route_list(ctx, a, award.by);
        award.member = member_attr(ctx, a, "member").value_or("");
        award.recipient = text_attr(ctx, a, "recipient");
        if (auto s = choice_attr(ctx, a, "status", statuses)) {
            award.status = static_cast<model::AwardStatus>(*s);
        }
        award.reason = text_attr(ctx, a, "reason");
        out.push_back(std::move(award));
    }
    return out;
}

model::Covenant read_covenant(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    model::Covenant cv;
    cv.year = year_attr(ctx, el, "year").value_or(ctx.file_year + 1);
    cv.number = text_attr(ctx, el, "number");
    cv.date = date_attr(ctx, el, "date");
    cv.place = text_attr(ctx, el, "place");
    cv.bases = rich_children(ctx, el, "basis");
    static const std::array<std::string, 2> modes = {"add", "replace"};
    cv.bases_replace_defaults = choice_attr(ctx, el, "bases", modes) == std::size_t{1};
    if (cv.bases_replace_defaults) {
        ctx.warning(ctx.value_pos(el, "bases"),
                    i18n::tr("bases=\"replace\": the covenant cites only this file's <basis> "
                             "elements, none of the laws and decrees of templates/bases.xml; leave "
                             "bases out (or write bases=\"add\") to cite both"));
    }
    cv.targets = rich_children(ctx, el, "target");
    ValueColumns columns{N_("commitment"), "pledge", {"member"}};
    for (const Element* c : el->elements("commitment")) {
        check_shape(ctx, c);
        model::Commitment com;
        com.id = id_attr(ctx, c, "id").value_or("");
        com.label = text_attr(ctx, c, "label", Need::required).value_or("");
        com.unit = text_attr(ctx, c, "unit");
        const FigureAttrs f =
            figure_attrs(ctx, c, com.unit, com.label, model::IndicatorType::amount, false, false);
        com.type = f.type;
        com.aggregate = f.aggregate;
        com.decimals = f.decimals;
        columns.declare(ctx, c, com.id,
                        com.type == model::IndicatorType::count ? NumberRule::whole
                                                                : NumberRule::decimal);
        cv.commitments.push_back(std::move(com));
    }
    SeenKeys members;
    for (const Element* p : el->elements("pledge")) {
        check_shape(ctx, p);
        const auto member = member_attr(ctx, p, "member");
        auto values = read_values(ctx, p, columns);
        if (!member ||
            !members.add(ctx, ctx.value_pos(p, "member"), *member,
                         i18n::trf("member '{1}' already has a pledge", {*member}), "")) {
            continue;
        }
        cv.pledges.push_back({*member, std::move(values)});
    }
    return cv;
}

model::Succession read_succession(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    model::Succession s;
    s.year = year_attr(ctx, el, "year").value_or(ctx.file_year + 1);
    s.heads = member_list(ctx, el, "head", Need::required);
    s.deputies = member_list(ctx, el, "deputy", Need::optional);
    return s;
}

} // namespace thidua::load
