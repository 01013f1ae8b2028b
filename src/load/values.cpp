// Values keyed by ids declared elsewhere in the file.
#include "load/values.hpp"

#include "text/suggest.hpp"

namespace thidua::load {

std::vector<std::optional<double>> read_values(Context& ctx, const Element* el,
                                               const ValueColumns& columns) {
    std::vector<std::optional<double>> out(columns.ids.size());
    std::vector<std::string> known = columns.ids;
    known.insert(known.end(), columns.fixed.begin(), columns.fixed.end());
    for (const xml::Attribute& a : el->attributes) {
        const std::string& name = a.name;
        bool fixed = false;
        for (const std::string& f : columns.fixed)
            fixed = fixed || f == name;
        if (fixed || name.starts_with("xmlns") || name.starts_with("xml:")) continue;
        bool found = false;
        for (std::size_t k = 0; k < columns.ids.size(); ++k) {
            if (columns.ids[k] != name) continue;
            found = true;
            out[k] = number_value(ctx, a.value_pos, a.value, columns.rules[k]);
        }
        if (found) continue;
        std::string msg = "unknown " + columns.what + " '" + name + "' on <" + el->name + ">";
        if (const auto near = text::closest(name, known)) {
            msg += "; did you mean '" + *near + "'?";
        } else if (columns.ids.empty()) {
            msg += "; no " + columns.what + " is declared";
        } else {
            msg += "; the " + columns.what + "s are ";
            for (std::size_t k = 0; k < columns.ids.size(); ++k) {
                msg += (k ? ", '" : "'") + columns.ids[k] + "'";
            }
        }
        ctx.error(ctx.name_pos(el, name), msg);
    }
    return out;
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
    ids.push_back(id);
    rules.push_back(rule);
}

} // namespace thidua::load
