// The element table of format 1 and the generic shape check.
#include "load/schema.hpp"

#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/suggest.hpp"
#include "text/utf8.hpp"

#include <array>
#include <string>

namespace thidua::load {
namespace {

using enum Count;

const std::vector<ElementRule>& rules() {
    static const std::vector<ElementRule> table = {
        {"cluster-year",
         {"format", "year"},
         {{"cluster", one},
          {"members", one},
          {"meeting", optional},
          {"statistics", optional},
          {"scoring", optional},
          {"ballot", any},
          {"awards", optional},
          {"covenant", optional},
          {"succession", optional}}},
        {"cluster", {"id", "name", "authority"}, {}},
        {"members", {}, {{"member", at_least_one}}},
        {"member", {"id", "name", "short-name", "place", "role"}, {{"representative", optional}}},
        {"representative", {"name", "title", "authority", "for"}, {}},
        {"meeting",
         {"number", "date", "start", "end", "place", "venue", "host"},
         {{"title", one},
          {"chair", optional},
          {"secretary", optional},
          {"guest", any},
          {"delegation", any},
          {"opening", optional},
          {"agenda", optional},
          {"report", optional},
          {"discussion", optional},
          {"conclusion", optional},
          {"recipients", optional}}},
        {"title", {}, {}, Content::text},
        {"chair", {"name", "title", "honorific"}, {}},
        {"secretary", {"name", "title", "honorific"}, {}},
        {"guest", {"name", "title", "honorific"}, {}},
        {"delegation", {"member", "count"}, {{"leader", any}}},
        {"leader", {"name", "title", "honorific"}, {}},
        {"agenda", {}, {{"item", at_least_one}}},
        {"item", {}, {}, Content::rich},
        {"opening", {"by", "title"}, {{"p", any}}},
        {"report", {"by", "title"}, {{"p", at_least_one}}},
        {"discussion", {}, {{"speech", any}}},
        {"speech", {"by", "title"}, {{"p", at_least_one}}},
        {"conclusion", {"by", "title"}, {{"p", at_least_one}}},
        {"recipients", {}, {{"to", at_least_one}}},
        {"p", {}, {}, Content::rich},
        {"to", {}, {}, Content::rich},
        {"statistics", {}, {{"indicator", at_least_one}, {"row", any}, {"total", optional}}},
        {"indicator",
         {"id", "label", "unit", "type", "aggregate", "numerator", "denominator", "decimals"},
         {}},
        {"row", {"member", "year"}, {}, Content::none, true},
        {"total", {}, {}, Content::none, true},
        {"scoring", {}, {{"criterion", at_least_one}, {"score", any}, {"grade", any}}},
        {"criterion", {"id", "label", "max", "kind"}, {}},
        {"score", {"member"}, {}, Content::none, true},
        {"grade", {"min", "label"}, {}},
        {"ballot",
         {"id", "title", "voters", "min-percent", "min-fraction", "pass", "issued", "returned",
          "valid", "invalid"},
         {{"tally", at_least_one}, {"teller", any}}},
        {"tally", {"member", "votes"}, {}},
        {"teller", {"name", "title", "role"}, {}},
        {"awards", {}, {{"award", at_least_one}}},
        {"award", {"type", "by", "via", "member", "recipient", "status", "reason"}, {}},
        {"covenant",
         {"year", "number", "date", "place", "bases"},
         {{"basis", any}, {"target", any}, {"commitment", any}, {"pledge", any}}},
        {"basis", {}, {}, Content::rich},
        {"target", {}, {}, Content::rich},
        {"commitment", {"id", "label", "unit", "type", "aggregate", "decimals"}, {}},
        {"pledge", {"member"}, {}, Content::none, true},
        {"succession", {"year", "head", "deputy"}, {}},
        {"b", {}, {}, Content::rich},
        {"i", {}, {}, Content::rich},
    };
    return table;
}

std::string quote_list(const std::vector<std::string>& names, std::string_view open,
                       std::string_view close) {
    std::string out;
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (k > 0) out += ", ";
        out += std::string(open) + names[k] + std::string(close);
    }
    return out;
}

// Elements that may hold the named one (for "it belongs inside <ballot>").
std::vector<std::string> parents_of(std::string_view child) {
    std::vector<std::string> out;
    for (const ElementRule& r : rules()) {
        for (const ChildRule& c : r.children) {
            if (c.name == child) out.emplace_back(r.name);
        }
    }
    return out;
}

bool is_namespace_attribute(std::string_view name) {
    return name == "xmlns" || name.starts_with("xmlns:") || name.starts_with("xml:");
}

void check_attributes(Context& ctx, const Element* el, const ElementRule& rule) {
    if (rule.open_attributes) return;
    std::vector<std::string> known(rule.attributes.begin(), rule.attributes.end());
    for (const xml::Attribute& a : el->attributes) {
        const std::string& name = a.name;
        if (is_namespace_attribute(name)) continue;
        bool ok = false;
        for (std::string_view k : rule.attributes)
            ok = ok || k == name;
        if (ok) continue;
        const std::string element(rule.name);
        std::string msg = i18n::trf("unknown attribute '{1}' on <{2}>", {name, element});
        if (const auto near = text::closest(name, known)) {
            msg += i18n::trf("; did you mean '{1}'?", {*near});
        } else if (known.empty()) {
            msg += i18n::trf("; <{1}> takes no attributes", {element});
        } else {
            msg += i18n::trf("; it takes {1}", {quote_list(known, "'", "'")});
        }
        ctx.error(ctx.name_pos(el, name), msg);
    }
}

void report_unknown_child(Context& ctx, const Element* child, const ElementRule& rule) {
    const std::string& name = child->name;
    const std::string parent(rule.name);
    std::vector<std::string> allowed;
    for (const ChildRule& c : rule.children)
        allowed.emplace_back(c.name);
    if (rule.content == Content::rich) allowed = {"b", "i"};
    std::string msg;
    const std::vector<std::string> homes = parents_of(name);
    if (!homes.empty() && rule_for(name) != nullptr) {
        msg = i18n::trf("<{1}> cannot be inside <{2}>; it belongs inside {3}",
                        {name, parent, quote_list(homes, "<", ">")});
    } else {
        msg = i18n::trf("unknown element <{1}> in <{2}>", {name, parent});
        if (const auto near = text::closest(name, allowed)) {
            msg += i18n::trf("; did you mean <{1}>?", {*near});
        } else if (allowed.empty()) {
            msg += i18n::trf("; <{1}> holds no elements", {parent});
        } else {
            msg += i18n::trf("; allowed here: {1}", {quote_list(allowed, "<", ">")});
        }
    }
    ctx.error(ctx.pos(child), msg);
}

void check_children(Context& ctx, const Element* el, const ElementRule& rule) {
    const std::string parent(rule.name);
    for (const Element* c : el->elements()) {
        if (!allowed_child(el, c)) report_unknown_child(ctx, c, rule);
    }
    for (const ChildRule& c : rule.children) {
        const auto found = el->elements(c.name);
        const std::string name(c.name);
        if (found.empty() && (c.count == one || c.count == at_least_one)) {
            ctx.error(ctx.pos(el),
                      c.count == one ? i18n::trf("<{1}> needs a <{2}> element", {parent, name})
                                     : i18n::trf("<{1}> needs at least one <{2}>", {parent, name}));
        }
        if (found.size() > 1 && (c.count == one || c.count == optional)) {
            for (std::size_t k = 1; k < found.size(); ++k) {
                ctx.error(ctx.pos(found[k]),
                          i18n::trf("<{1}> may appear only once in <{2}> (first on line {3})",
                                    {name, parent, text::to_text(ctx.line(found[0]))}));
            }
        }
    }
    if (rule.content == Content::none && el->has_text()) {
        ctx.error(ctx.pos(el), i18n::trf("text is not allowed directly inside <{1}>", {parent}));
    }
}

} // namespace

const ElementRule* rule_for(std::string_view name) {
    for (const ElementRule& r : rules()) {
        if (r.name == name) return &r;
    }
    return nullptr;
}

bool allowed_child(const Element* parent, const Element* child) {
    const ElementRule* rule = rule_for(parent->name);
    if (rule == nullptr) return false;
    const std::string_view name = child->name;
    if (rule->content == Content::rich) return name == "b" || name == "i";
    for (const ChildRule& c : rule->children) {
        if (c.name == name) return true;
    }
    return false;
}

void check_shape(Context& ctx, const Element* el) {
    const ElementRule* rule = rule_for(el->name);
    if (rule == nullptr) return;
    check_attributes(ctx, el, *rule);
    check_children(ctx, el, *rule);
}

} // namespace thidua::load
