// Reading and checking a wording template: known elements and attributes
// (misspellings get a suggestion), every required one present, {names}
// known to their attribute, sheet and table names valid in Excel and
// unique, a table's column headings valid and unique in their element.
#include "doc/sheet_wording.hpp"

#include "doc/table_rules.hpp"
#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/suggest.hpp"
#include "text/utf8.hpp"
#include "xml/tree.hpp"

#include <fstream>
#include <sstream>

namespace thidua::doc {
namespace {

// "; did you mean 'x'?" with the word between `open` and `close` (quotes,
// <>, {}), or nothing.
std::string suggestion(std::string_view word, const std::vector<std::string>& known,
                       std::string_view open, std::string_view close) {
    if (const auto near = text::closest(word, known)) {
        return i18n::trf("; did you mean {1}?", {std::string(open) + *near + std::string(close)});
    }
    return "";
}

// Excel counts a sheet name's length in UTF-16 units.
int utf16_length(std::string_view s) {
    int n = 0;
    for (std::size_t i = 0; i < s.size();)
        n += text::next_code_point(s, i) > 0xFFFF ? 2 : 1;
    return n;
}

// The position `bytes` into an attribute value starting at `start`.
diag::Pos offset(diag::Pos start, std::string_view value, std::size_t bytes) {
    start.column += text::count_code_points(value.substr(0, bytes));
    return start;
}

class Checker {
public:
    Checker(const WordingSchema& schema, diag::Diagnostics& diags)
        : schema_(schema), diags_(diags) {}

    using Texts = std::map<std::pair<std::string, std::string>, Wording::Text, std::less<>>;

    std::optional<Texts> run(const xml::Element& root) {
        if (root.name != schema_.root.name) {
            diags_.error(root.pos, i18n::trf("the template starts with <{1}>, not <{2}>",
                                             {schema_.root.name, root.name}));
            return std::nullopt;
        }
        element(root, schema_.root);
        std::vector<std::string> names;
        for (const WordingElement& e : schema_.children)
            names.emplace_back(e.name);
        std::map<std::string, int, std::less<>> seen;
        for (const xml::Node& node : root.children) {
            if (!node.element) {
                if (!text::fold_whitespace(node.text).empty()) {
                    diags_.error(node.pos, i18n::trf("text is not allowed inside <{1}>; the "
                                                     "wording goes in attributes",
                                                     {root.name}));
                }
                continue;
            }
            const xml::Element& child = *node.element;
            const WordingElement* rule = nullptr;
            for (const WordingElement& e : schema_.children)
                rule = e.name == child.name ? &e : rule;
            if (!rule) {
                diags_.error(child.pos,
                             i18n::trf("unknown element <{1}> in <{2}>", {child.name, root.name}) +
                                 suggestion(child.name, names, "<", ">"));
                continue;
            }
            if (const auto it = seen.find(child.name); it != seen.end()) {
                diags_.error(child.pos, i18n::trf("<{1}> appears twice; the first is on line {2}",
                                                  {child.name, text::to_text(it->second)}));
                continue;
            }
            seen.emplace(child.name, child.pos.line);
            element(child, *rule);
            for (const xml::Node& inner : child.children) {
                if (inner.element) {
                    diags_.error(inner.element->pos,
                                 i18n::trf("<{1}> takes no elements; its wording goes in "
                                           "attributes",
                                           {child.name}));
                } else if (!text::fold_whitespace(inner.text).empty()) {
                    diags_.error(inner.pos, i18n::trf("text is not allowed inside <{1}>; the "
                                                      "wording goes in attributes",
                                                      {child.name}));
                }
            }
        }
        for (const WordingElement& e : schema_.children) {
            if (!seen.contains(e.name)) {
                diags_.error(root.pos,
                             i18n::trf("<{1}> needs the element <{2}>", {root.name, e.name}));
            }
        }
        if (diags_.has_errors()) return std::nullopt;
        return std::move(texts_);
    }

private:
    void element(const xml::Element& el, const WordingElement& rule) {
        std::vector<std::string> names;
        for (const WordingAttribute& a : rule.attributes)
            names.emplace_back(a.name);
        for (const xml::Attribute& a : el.attributes) {
            const WordingAttribute* known = nullptr;
            for (const WordingAttribute& r : rule.attributes)
                known = r.name == a.name ? &r : known;
            if (!known) {
                diags_.error(a.name_pos,
                             i18n::trf("unknown attribute '{1}' on <{2}>", {a.name, el.name}) +
                                 suggestion(a.name, names, "'", "'"));
                continue;
            }
            if (auto t = attribute(el, a, *known)) texts_.emplace(std::pair(el.name, a.name), *t);
        }
        for (const WordingAttribute& r : rule.attributes) {
            if (!el.attribute(r.name)) {
                diags_.error(el.pos,
                             i18n::trf("<{1}> needs the attribute '{2}'", {el.name, r.name}));
            }
        }
    }

    std::optional<Wording::Text> attribute(const xml::Element& el, const xml::Attribute& a,
                                           const WordingAttribute& rule) {
        Wording::Text out;
        out.kind = rule.kind;
        if (rule.kind == WordingKind::sheet_name || rule.kind == WordingKind::table_name ||
            rule.kind == WordingKind::column) {
            const bool valid = rule.kind == WordingKind::sheet_name   ? sheet_name(el, a)
                               : rule.kind == WordingKind::table_name ? table_name(a)
                                                                      : column(el, a);
            if (!valid) return std::nullopt;
            out.pieces.push_back({false, text::to_nfc(text::fold_whitespace(a.value))});
            return out;
        }
        std::vector<std::string> allowed(rule.names.begin(), rule.names.end());
        if (rule.kind == WordingKind::footer) {
            allowed.emplace_back("page");
            allowed.emplace_back("pages");
        }
        const std::string& v = a.value;
        bool ok = true;
        std::size_t at = 0;
        while (at < v.size()) {
            const std::size_t open = v.find_first_of("{}", at);
            if (open == std::string::npos) {
                out.pieces.push_back({false, v.substr(at)});
                break;
            }
            if (open > at) out.pieces.push_back({false, v.substr(at, open - at)});
            const std::size_t close = v.find('}', open + 1);
            if (v[open] == '}' || close == std::string::npos) {
                diags_.error(offset(a.value_pos, v, open),
                             i18n::trf("'{1}' without its pair; a name is written {year}",
                                       {std::string(1, v[open])}));
                ok = false;
                break;
            }
            const std::string name = v.substr(open + 1, close - open - 1);
            bool known = false;
            for (const std::string& n : allowed)
                known = known || n == name;
            if (!known) {
                std::string msg = i18n::trf("unknown name {{1}} in '{2}'", {name, a.name});
                msg += allowed.empty() ? std::string(i18n::tr("; this text takes no {names}"))
                                       : suggestion(name, allowed, "{", "}");
                diags_.error(offset(a.value_pos, v, open + 1), msg);
                ok = false;
            }
            out.pieces.push_back({true, name});
            at = close + 1;
        }
        if (!ok) return std::nullopt;
        return out;
    }

    // 1 to 31 characters, none of []:*?/\, no apostrophe at either end, not
    // "History", unique whatever the case.
    bool sheet_name(const xml::Element& el, const xml::Attribute& a) {
        const std::string name = text::to_nfc(text::fold_whitespace(a.value));
        const auto fail = [&](const std::string& why) {
            diags_.error(a.value_pos, i18n::trf("the sheet name '{1}' {2}", {name, why}));
            return false;
        };
        if (name.empty()) {
            diags_.error(a.value_pos,
                         i18n::tr("the sheet name is empty; write e.g. sheet=\"Tổng hợp\""));
            return false;
        }
        if (utf16_length(name) > 31) {
            return fail(i18n::trf("is {1} characters long; a sheet name has at most 31",
                                  {text::to_text(utf16_length(name))}));
        }
        if (const auto bad = name.find_first_of("[]:*?/\\{}"); bad != std::string::npos) {
            return fail(i18n::trf("contains '{1}'; a sheet name is plain text without [ ] : * ? "
                                  "/ \\ { }",
                                  {std::string(1, name[bad])}));
        }
        if (name.front() == '\'' || name.back() == '\'')
            return fail(i18n::tr("starts or ends with an apostrophe, which a sheet name cannot"));
        const std::string folded = text::to_lower(name);
        if (folded == "history") return fail(i18n::tr("is reserved by Excel"));
        for (const auto& [other, line] : used_) {
            if (other == folded) {
                return fail(i18n::trf("is already used on line {1}; each sheet needs its own name",
                                      {text::to_text(line)}));
            }
        }
        used_.emplace_back(folded, el.pos.line);
        return true;
    }

    // Excel's rules (table_rules.hpp), unique in the workbook whatever the case.
    bool table_name(const xml::Attribute& a) {
        const std::string name = text::to_nfc(text::fold_whitespace(a.value));
        if (const auto problem = table_name_problem(name)) {
            diags_.error(a.value_pos, i18n::trf("the table name '{1}' {2}", {name, *problem}));
            return false;
        }
        return unique(tables_, text::to_lower(name), a,
                      N_("the table name '{1}' is already used on line {2}; each table needs its "
                         "own name"),
                      name);
    }

    // Not empty, unique among the column headings of its element whatever
    // the case (Excel renames a repeated one, LibreOffice refuses it).
    bool column(const xml::Element& el, const xml::Attribute& a) {
        const std::string heading = text::to_nfc(text::fold_whitespace(a.value));
        if (const auto problem = column_heading_problem(heading)) {
            diags_.error(a.value_pos,
                         i18n::trf("the column heading '{1}' {2}", {a.name, *problem}));
            return false;
        }
        return unique(columns_[el.name], text::to_lower(heading), a,
                      N_("the column heading '{1}' is already that of another column on line "
                         "{2}; each column of a table needs its own heading"),
                      heading);
    }

    // `folded` not yet in `used` (else the error `message`, {1} the name as
    // written, {2} the line of the first); then it is.
    bool unique(std::vector<std::pair<std::string, int>>& used, const std::string& folded,
                const xml::Attribute& a, const char* message, const std::string& name) {
        for (const auto& [other, line] : used) {
            if (other == folded) {
                diags_.error(a.value_pos, i18n::trf(message, {name, text::to_text(line)}));
                return false;
            }
        }
        used.emplace_back(folded, a.value_pos.line);
        return true;
    }

    const WordingSchema& schema_;
    diag::Diagnostics& diags_;
    Texts texts_;
    std::vector<std::pair<std::string, int>> used_;                           // sheet names
    std::vector<std::pair<std::string, int>> tables_;                         // table names
    std::map<std::string, std::vector<std::pair<std::string, int>>> columns_; // by element
};

} // namespace

std::optional<Wording> Wording::parse(std::string_view text, const WordingSchema& schema,
                                      diag::Diagnostics& diags) {
    auto root = xml::parse(text, diags);
    if (diags.has_errors()) return std::nullopt;
    if (!root) {
        diags.error({0, 0}, i18n::trf("the template contains no element; it starts with <{1}>",
                                      {schema.root.name}));
        return std::nullopt;
    }
    auto texts = Checker(schema, diags).run(*root);
    if (!texts) return std::nullopt;
    Wording w;
    w.texts_ = std::move(*texts);
    return w;
}

std::optional<Wording> Wording::load(const std::filesystem::path& file, const WordingSchema& schema,
                                     diag::Diagnostics& diags) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diags.error({0, 0}, i18n::tr("cannot open the template; check that the file exists"));
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return parse(bytes.str(), schema, diags);
}

std::string Wording::fill(std::string_view element, std::string_view attribute,
                          const WordingValues& values) const {
    const auto it = texts_.find(std::pair(std::string(element), std::string(attribute)));
    if (it == texts_.end()) return "";
    const bool footer = it->second.kind == WordingKind::footer;
    std::string out;
    for (const Piece& p : it->second.pieces) {
        if (p.name && footer && (p.text == "page" || p.text == "pages")) {
            out += p.text == "page" ? "&P" : "&N";
            continue;
        }
        std::string s = p.name ? "" : p.text;
        if (p.name) {
            if (const auto v = values.find(p.text); v != values.end()) s = v->second;
        }
        if (footer) {
            for (char c : s)
                out += c == '&' ? std::string("&&") : std::string(1, c);
        } else {
            out += s;
        }
    }
    return text::to_nfc(text::fold_whitespace(out));
}

} // namespace thidua::doc
