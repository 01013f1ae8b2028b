// Values keyed by ids declared elsewhere in the file.
#include "load/values.hpp"

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
        std::string msg = "unknown " + columns.what + " '" + name + "' on <" + el->name + ">";
        std::optional<std::string> near;
        if (ctx.may_suggest(columns.ids.size() + columns.fixed.size())) {
            std::vector<std::string> known = columns.ids;
            known.insert(known.end(), columns.fixed.begin(), columns.fixed.end());
            near = text::closest(name, known);
        }
        if (near) {
            msg += "; did you mean '" + *near + "'?";
        } else if (columns.ids.empty()) {
            msg += "; no " + columns.what + " is declared";
        } else if (columns.ids.size() <= 12) {
            msg += "; the " + columns.what + "s are ";
            for (std::size_t k = 0; k < columns.ids.size(); ++k) {
                msg += (k ? ", '" : "'") + columns.ids[k] + "'";
            }
        } else {
            msg += "; declare it with <" + columns.what + " id=\"" + name + "\" .../>";
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
            const char* article = what == "indicator" ? "an " : "a ";
            ctx.error(ctx.value_pos(el, "id"), "'" + id + "' cannot be " + article + what +
                                                   " id: <" + user +
                                                   "> already uses the attribute '" + id + "'");
            ok = false;
        }
    }
    ok =
        ok && seen_.add(ctx, ctx.value_pos(el, "id"), id, "duplicate " + what + " id '" + id + "'");
    if (!ok) id.clear();
    if (ok) index_.emplace(id, ids.size());
    ids.push_back(id);
    rules.push_back(rule);
}

} // namespace thidua::load
