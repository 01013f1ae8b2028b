// Reading and checking templates/workbook.xml: elements, attributes, sheet
// names, placeholders; every problem with its position and, for a
// misspelt name, a suggestion.
#include "doc/workbook_labels.hpp"

#include "doc/label_text.hpp"
#include "doc/workbook_parsed.hpp"
#include "doc/workbook_schema.hpp"
#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/suggest.hpp"
#include "text/utf8.hpp"
#include "xml/tree.hpp"

#include <fstream>
#include <sstream>

namespace thidua::doc {
namespace {

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

bool is_id(std::string_view s) {
    if (s.empty() || s.size() > 40 || s[0] == '-') return false;
    for (char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    }
    return true;
}

std::vector<std::string> split_ids(std::string_view s) {
    std::vector<std::string> out;
    std::string word;
    for (char c : s) {
        if (text::is_xml_space(c)) {
            if (!word.empty()) out.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

// The prototype item of a list in the model's shape, e.g. statistics.indicators.
const Value* prototype(const Value& root, std::string_view section, std::string_view list) {
    const Value* v = root.field(section);
    if (v && !list.empty()) v = v->field(list);
    return v ? v->prototype() : nullptr;
}

class Checker {
public:
    Checker(diag::Diagnostics& diags)
        : diags_(diags), shape_(workbook_values(ModelView(model::ClusterYear{}))) {}

    std::unique_ptr<WorkbookLabels::Parsed> run(const xml::Element& root) {
        auto parsed = std::make_unique<WorkbookLabels::Parsed>();
        if (root.name != "workbook") {
            diags_.error(root.pos, i18n::trf("the workbook template starts with <workbook>, not "
                                             "<{1}>",
                                             {root.name}));
            return nullptr;
        }
        parsed->root = element(root, workbook_root_element());
        for (const xml::Element* child : children(root, workbook_root_element())) {
            const LabelElement* rule = workbook_element(child->name);
            if (child->name == "signing") {
                parsed->signing = element(*child, *rule);
                continue;
            }
            ParsedSheet sheet;
            sheet.kind = sheet_kind(child->name);
            sheet.labels = element(*child, *rule);
            for (const xml::Element* chart : children(*child, *rule))
                sheet.chart = element(*chart, *workbook_element(chart->name));
            parsed->sheets.push_back(std::move(sheet));
        }
        if (parsed->sheets.empty() && !diags_.has_errors()) {
            diags_.error(root.pos, i18n::tr("<workbook> needs at least one sheet: <statistics>, "
                                            "<scoring>, <ballots>, <awards> or <covenant>"));
        }
        if (diags_.has_errors()) return nullptr;
        return parsed;
    }

private:
    static WorkbookSheet sheet_kind(std::string_view name) {
        if (name == "scoring") return WorkbookSheet::scoring;
        if (name == "ballots") return WorkbookSheet::ballots;
        if (name == "awards") return WorkbookSheet::awards;
        if (name == "covenant") return WorkbookSheet::covenant;
        return WorkbookSheet::statistics;
    }

    // The child elements of `el` that its rule allows, once each; the others
    // reported. Text inside is reported too: the wording goes in attributes.
    std::vector<const xml::Element*> children(const xml::Element& el, const LabelElement& rule) {
        std::vector<const xml::Element*> out;
        std::vector<std::string> allowed(rule.children.begin(), rule.children.end());
        for (const xml::Node& node : el.children) {
            if (!node.element) {
                if (text::fold_whitespace(node.text).empty()) continue;
                diags_.error(node.pos, i18n::trf("text is not allowed inside <{1}>; its wording "
                                                 "goes in attributes",
                                                 {el.name}));
                continue;
            }
            const xml::Element& child = *node.element;
            bool known = false;
            for (std::string_view c : rule.children)
                known = known || c == child.name;
            if (!known) {
                std::string msg =
                    i18n::trf("unknown element <{1}> in <{2}>", {child.name, el.name});
                if (workbook_element(child.name)) {
                    msg = i18n::trf("<{1}> is not allowed in <{2}>", {child.name, el.name});
                    msg += allowed.empty() ? std::string(i18n::tr("; it takes no elements"))
                                           : suggestion(child.name, allowed, "<", ">");
                } else {
                    msg += suggestion(child.name, allowed, "<", ">");
                }
                diags_.error(child.pos, msg);
                continue;
            }
            const xml::Element* earlier = nullptr;
            for (const xml::Element* e : out)
                earlier = e->name == child.name ? e : earlier;
            if (earlier) {
                diags_.error(child.pos,
                             i18n::trf("<{1}> appears twice in <{2}>; the first is on line {3}",
                                       {child.name, el.name, text::to_text(earlier->pos.line)}));
                continue;
            }
            out.push_back(&child);
        }
        return out;
    }

    ParsedElement element(const xml::Element& el, const LabelElement& rule) {
        ParsedElement out;
        out.pos = el.pos;
        std::vector<std::string> names;
        for (const LabelAttribute& a : rule.attributes)
            names.emplace_back(a.name);
        for (const xml::Attribute& a : el.attributes) {
            const LabelAttribute* known = nullptr;
            for (const LabelAttribute& r : rule.attributes)
                known = r.name == a.name ? &r : known;
            if (!known) {
                diags_.error(a.name_pos,
                             i18n::trf("unknown attribute '{1}' on <{2}>", {a.name, el.name}) +
                                 suggestion(a.name, names, "'", "'"));
                continue;
            }
            attribute(el, a, *known, out);
        }
        for (const LabelAttribute& r : rule.attributes) {
            if (r.required && !el.attribute(r.name)) {
                diags_.error(el.pos,
                             i18n::trf("<{1}> needs the attribute '{2}'", {el.name, r.name}));
            }
        }
        return out;
    }

    void attribute(const xml::Element& el, const xml::Attribute& a, const LabelAttribute& rule,
                   ParsedElement& out) {
        const std::string name(rule.name);
        switch (rule.kind) {
        case LabelKind::sheet_name:
            if (auto sheet = sheet_name(el, a)) out.plain.emplace(name, std::move(*sheet));
            return;
        case LabelKind::id_list: {
            const std::vector<std::string> ids = split_ids(a.value);
            for (const std::string& id : ids) {
                if (!is_id(id)) {
                    diags_.error(a.value_pos, i18n::trf("'{1}' is not an id; name indicators by "
                                                        "their id, e.g. indicator=\"htx-moi\"",
                                                        {id}));
                }
            }
            std::string joined;
            for (const std::string& id : ids)
                joined += (joined.empty() ? "" : " ") + id;
            out.plain.emplace(name, joined);
            return;
        }
        case LabelKind::text:
            break;
        }
        LabelValues shape;
        shape.root = &shape_;
        shape.footer = rule.scope == LabelScope::footer;
        shape.item_name = scope_item_name(rule.scope);
        if (rule.scope == LabelScope::indicator)
            shape.item = prototype(shape_, "statistics", "indicators");
        if (rule.scope == LabelScope::criterion)
            shape.item = prototype(shape_, "scoring", "criteria");
        if (rule.scope == LabelScope::ballot) shape.item = prototype(shape_, "ballots", "");
        if (rule.scope == LabelScope::award) shape.item = prototype(shape_, "awards", "");
        if (rule.scope == LabelScope::commitment)
            shape.item = prototype(shape_, "covenant", "commitments");
        if (rule.scope == LabelScope::member) shape.item = prototype(shape_, "members", "");
        if (auto t = LabelText::parse(a.value, a.value_pos, shape, diags_)) {
            out.texts.emplace(name, std::move(*t));
        }
    }

    // A sheet name Excel accepts: 1 to 31 characters, none of []:*?/\, no
    // apostrophe at either end, not "History", unique whatever the case.
    std::optional<std::string> sheet_name(const xml::Element& el, const xml::Attribute& a) {
        const std::string name = text::to_nfc(text::fold_whitespace(a.value));
        const auto fail = [&](const std::string& why) {
            diags_.error(a.value_pos, i18n::trf("the sheet name '{1}' {2}", {name, why}));
            return std::nullopt;
        };
        if (name.empty()) {
            diags_.error(a.value_pos,
                         i18n::tr("the sheet name is empty; write e.g. sheet=\"Thống kê\""));
            return std::nullopt;
        }
        if (utf16_length(name) > 31) {
            return fail(i18n::trf("is {1} characters long; a sheet name has at most 31",
                                  {text::to_text(utf16_length(name))}));
        }
        if (name.find_first_of("[]:*?/\\") != std::string::npos) {
            return fail(i18n::trf("contains '{1}'; a sheet name cannot contain [ ] : * ? / \\",
                                  {std::string(1, name[name.find_first_of("[]:*?/\\")])}));
        }
        if (name.find('{') != std::string::npos) {
            return fail(i18n::tr("has a placeholder; a sheet name is plain text"));
        }
        if (name.front() == '\'' || name.back() == '\'') {
            return fail(i18n::tr("starts or ends with an apostrophe, which a sheet name cannot"));
        }
        const std::string folded = text::to_lower(name);
        if (folded == "history") return fail(i18n::tr("is reserved by Excel"));
        for (const auto& [other, line] : used_names_) {
            if (other == folded) {
                return fail(i18n::trf("is already used on line {1}; each sheet needs its own name",
                                      {text::to_text(line)}));
            }
        }
        used_names_.emplace_back(folded, el.pos.line);
        return name;
    }

    diag::Diagnostics& diags_;
    Value shape_;
    std::vector<std::pair<std::string, int>> used_names_;
};

} // namespace

WorkbookLabels::WorkbookLabels() = default;
WorkbookLabels::~WorkbookLabels() = default;
WorkbookLabels::WorkbookLabels(WorkbookLabels&&) noexcept = default;
WorkbookLabels& WorkbookLabels::operator=(WorkbookLabels&&) noexcept = default;

std::unique_ptr<WorkbookLabels> WorkbookLabels::parse(std::string_view text,
                                                      diag::Diagnostics& diags) {
    auto root = xml::parse(text, diags);
    if (diags.has_errors()) return nullptr;
    if (!root) {
        diags.error({0, 0}, i18n::tr("the workbook template contains no element; it starts with "
                                     "<workbook>"));
        return nullptr;
    }
    auto parsed = Checker(diags).run(*root);
    if (!parsed) return nullptr;
    std::unique_ptr<WorkbookLabels> labels(new WorkbookLabels());
    labels->parsed_ = std::move(parsed);
    return labels;
}

std::unique_ptr<WorkbookLabels> WorkbookLabels::load(const std::filesystem::path& file,
                                                     diag::Diagnostics& diags) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diags.error({0, 0},
                    i18n::tr("cannot open the workbook template; check that the file exists"));
        return nullptr;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return parse(bytes.str(), diags);
}

} // namespace thidua::doc
