// Workbook label text: placeholder lookup (fields, the scope's item, page
// codes), formatters, and filling in.
#include "doc/label_text.hpp"

#include "doc/formatters.hpp"
#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/suggest.hpp"
#include "text/utf8.hpp"

namespace thidua::doc {
namespace {

bool is_page_code(const LabelValues& v, std::string_view name) {
    return v.footer && (name == "page" || name == "pages");
}

// The value a placeholder names after its formatters, or nullopt with the
// reason in `problem`.
std::optional<Value> evaluate(const Placeholder& p, const LabelValues& v, std::string& problem) {
    const std::string& first = p.path[0];
    const Value* current = nullptr;
    if (!v.item_name.empty() && first == v.item_name) current = v.item;
    if (!current && v.root) current = v.root->field(first);
    if (!current) {
        std::vector<std::string> known = v.root->keys();
        if (!v.item_name.empty()) known.emplace_back(v.item_name);
        if (v.footer) known.insert(known.end(), {"page", "pages"});
        problem = i18n::trf("unknown field '{1}'", {first}) + text::did_you_mean(first, known);
        return std::nullopt;
    }
    for (std::size_t k = 1; k < p.path.size(); ++k) {
        const std::string so_far = dotted(p.path, k);
        if (current->kind == Value::Kind::list) {
            problem =
                i18n::trf("'{1}' is a list; a workbook text can name only single values", {so_far});
            return std::nullopt;
        }
        const Value* next = current->field(p.path[k]);
        if (!next) {
            if (current->kind == Value::Kind::object) {
                problem = i18n::trf("unknown field '{1}' in '{2}'", {p.path[k], so_far}) +
                          text::did_you_mean(p.path[k], current->keys());
            } else {
                problem = i18n::trf("'{1}' has no fields, so '{2}' does not exist",
                                    {so_far, dotted(p.path, p.path.size())});
            }
            return std::nullopt;
        }
        current = next;
    }
    Value out = *current;
    const auto names = formatter_names();
    const std::vector<std::string> known(names.begin(), names.end());
    for (const Formatter& f : p.formatters) {
        bool found = false;
        for (const std::string& n : known)
            found = found || n == f.name;
        if (!found) {
            problem = i18n::trf("unknown formatter '{1}' in {{2}}", {f.name, p.source}) +
                      text::did_you_mean(f.name, known);
            return std::nullopt;
        }
        const auto [lo, hi] = formatter_arity(f.name);
        if (f.args.size() < lo || f.args.size() > hi) {
            const std::string low = text::to_text(static_cast<long long>(lo));
            const std::string high = text::to_text(static_cast<long long>(hi));
            problem = i18n::fill(
                i18n::tr_n("the formatter '{1}' takes {2} argument (written {1}:'...'), in {{3}}",
                           "the formatter '{1}' takes {2} arguments (written {1}:'...'), in {{3}}",
                           hi),
                {f.name, lo == hi ? low : i18n::trf("{1} to {2}", {low, high}), p.source});
            return std::nullopt;
        }
        out = apply_formatter(out, f);
    }
    return out;
}

std::string doubled_ampersands(std::string_view s) {
    std::string out;
    for (char c : s) {
        out += c;
        if (c == '&') out += '&';
    }
    return out;
}

} // namespace

Value workbook_values(const ModelView& view) {
    ValueObject fields = *view.value().fields();
    fields.insert_or_assign("previous_year",
                            Value::of_number(view.cluster_year().year - 1, NumberKind::year));
    return Value::of_object(std::move(fields));
}

std::optional<LabelText> LabelText::parse(std::string_view source, diag::Pos pos,
                                          const LabelValues& shape, diag::Diagnostics& diags) {
    std::string problem;
    auto parsed = parse_text_template(source, problem);
    if (!parsed) {
        diags.error(pos, problem);
        return std::nullopt;
    }
    bool ok = true;
    for (const auto& part : parsed->parts) {
        const auto* p = std::get_if<Placeholder>(&part);
        if (!p) continue;
        if (is_page_code(shape, p->path[0])) {
            if (p->path.size() > 1 || !p->formatters.empty()) {
                diags.error(pos, i18n::trf("{{1}} is the page code; write it alone, as {{1}}",
                                           {p->path[0]}));
                ok = false;
            }
            continue;
        }
        if (!evaluate(*p, shape, problem)) {
            diags.error(pos, problem);
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    LabelText t;
    t.template_ = std::move(*parsed);
    return t;
}

std::string LabelText::fill(const LabelValues& values) const {
    std::string out;
    for (const auto& part : template_.parts) {
        if (const auto* literal = std::get_if<std::string>(&part)) {
            out += values.footer ? doubled_ampersands(*literal) : *literal;
            continue;
        }
        const auto& p = std::get<Placeholder>(part);
        if (is_page_code(values, p.path[0])) {
            out += p.path[0] == "page" ? "&P" : "&N";
            continue;
        }
        std::string ignored;
        const auto v = evaluate(p, values, ignored);
        const std::string text = v ? to_plain_text(*v) : std::string();
        out += values.footer ? doubled_ampersands(text) : text;
    }
    return text::to_nfc(text::fold_whitespace(out));
}

} // namespace thidua::doc
