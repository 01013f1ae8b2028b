// Values keyed by ids declared elsewhere in the file.
#include "load/values.hpp"

#include "i18n/messages.hpp"
#include "text/suggest.hpp"

namespace thidua::load {

std::vector<std::optional<double>> read_values(Context& ctx, const Element* el,
                                               const ValueColumns& columns) {
    std::vector<std::optional<double>> out(columns.ids.size());
    for (const xml::Attribute& a : el->attributes) {
        const std::string& name = a.name;
        if (columns.is_fixed(name) || name.starts_with("xmlns") || name.starts_with("xml:")) {
            continue;
        }
        if (const auto k = columns.find(name)) {
            out[*k] = number_value(ctx, a.value_pos, a.value, columns.rules[*k]);
            continue;
        }
        const char* what = i18n::tr(columns.what.c_str());
        std::string msg = i18n::trf("unknown {1} '{2}' on <{3}>", {what, name, el->name});
        std::optional<std::string> near;
        if (ctx.may_suggest(columns.ids.size() + columns.fixed.size())) {
            std::vector<std::string> known = columns.ids;
            known.insert(known.end(), columns.fixed.begin(), columns.fixed.end());
            near = text::closest(name, known);
        }
        if (near) {
            msg += i18n::trf("; did you mean '{1}'?", {*near});
        } else if (columns.ids.empty()) {
            msg += i18n::trf("; no {1} is declared", {what});
        } else if (columns.ids.size() <= 12) {
            std::string list;
            for (std::size_t k = 0; k < columns.ids.size(); ++k) {
                list += (k ? ", '" : "'") + columns.ids[k] + "'";
            }
            msg += i18n::trf("; the {1}s are {2}", {what, list});
        } else {
            msg += i18n::trf("; declare it with <{1} id=\"{2}\" .../>", {columns.what, name});
        }
        ctx.error(a.name_pos, msg);
    }
    return out;
}

std::optional<std::size_t> ValueColumns::find(const std::string& id) const {
    const auto it = index_.find(id);
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

bool ValueColumns::is_fixed(const std::string& name) const {
    for (const std::string& f : fixed) {
        if (f == name) return true;
    }
    return false;
}

void ValueColumns::declare(Context& ctx, const Element* el, std::string& id, NumberRule rule) {
    bool ok = !id.empty();
    for (const std::string& f : fixed) {
        if (ok && f == id) {
            ctx.error(ctx.value_pos(el, "id"),
                      i18n::trf(what == "indicator"
                                    ? N_("'{1}' cannot be an indicator id: <{2}> already uses the "
                                         "attribute '{1}'")
                                : what == "criterion"
                                    ? N_("'{1}' cannot be a criterion id: <{2}> already uses the "
                                         "attribute '{1}'")
                                    : N_("'{1}' cannot be a commitment id: <{2}> already uses the "
                                         "attribute '{1}'"),
                                {id, user}));
            ok = false;
        }
    }
    ok = ok && seen_.add(ctx, ctx.value_pos(el, "id"), id,
                         i18n::trf("duplicate {1} id '{2}'", {i18n::tr(what.c_str()), id}));
    if (!ok) id.clear();
    if (ok) index_.emplace(id, ids.size());
    ids.push_back(id);
    rules.push_back(rule);
}

} // namespace thidua::load
