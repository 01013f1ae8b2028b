// Reading the bases data file and choosing the bases in force on a day.
#include "doc/legal_bases.hpp"

#include "text/suggest.hpp"
#include "text/utf8.hpp"
#include "xml/tree.hpp"

#include <array>

namespace thidua::doc {
namespace {

void collect(const xml::Element& el, bool bold, bool italic, model::RichText& out,
             diag::Diagnostics& diags) {
    for (const xml::Node& n : el.children) {
        if (!n.element) {
            out.push_back({n.text, bold, italic});
        } else if (n.element->name == "b" || n.element->name == "i") {
            collect(*n.element, bold || n.element->name == "b", italic || n.element->name == "i",
                    out, diags);
        } else {
            diags.error(n.element->pos, "<" + n.element->name +
                                            "> is not allowed in <basis>; only <b> and <i> are");
        }
    }
}

// White space folded across runs, NFC, empty runs dropped.
model::RichText fold(model::RichText runs) {
    model::RichText out;
    bool pending = false;
    for (model::Run& r : runs) {
        std::string text;
        for (char c : r.text) {
            if (text::is_xml_space(c)) {
                pending = true;
                continue;
            }
            if (pending && (!text.empty() || !out.empty())) text += ' ';
            pending = false;
            text += c;
        }
        if (!text.empty()) out.push_back({text::to_nfc(text), r.bold, r.italic});
    }
    return out;
}

std::optional<text::Date> date_of(const xml::Element& el, std::string_view attr,
                                  diag::Diagnostics& diags) {
    const xml::Attribute* a = el.attribute(attr);
    if (!a) return std::nullopt;
    const auto d = text::parse_date(a->value);
    if (!d) {
        diags.error(a->value_pos,
                    "'" + a->value + "' is not a date; write YYYY-MM-DD, e.g. 2024-01-01");
    }
    return d;
}

} // namespace

std::vector<LegalBasis> read_legal_bases(std::string_view xml_text, diag::Diagnostics& diags) {
    std::vector<LegalBasis> out;
    const auto root = xml::parse(xml_text, diags);
    if (!root) {
        if (!diags.has_errors()) diags.error({0, 0}, "the file holds no <bases> element");
        return out;
    }
    if (root->name != "bases") {
        diags.error(root->pos, "the bases file starts with <bases>, not <" + root->name + ">");
        return out;
    }
    for (const xml::Element* el : root->elements()) {
        if (el->name != "basis") {
            std::string msg = "<" + el->name + "> is not allowed in <bases>; write <basis>";
            diags.error(el->pos, msg);
            continue;
        }
        static const std::array<std::string, 2> known = {"from", "until"};
        for (const xml::Attribute& a : el->attributes) {
            if (a.name == "from" || a.name == "until") continue;
            std::string msg = "unknown attribute '" + a.name + "' on <basis>";
            if (const auto near = text::closest(a.name, known))
                msg += "; did you mean '" + *near + "'?";
            diags.error(a.name_pos, msg);
        }
        LegalBasis b{date_of(*el, "from", diags), date_of(*el, "until", diags), {}};
        if (b.from && b.until && *b.until < *b.from) {
            diags.error(
                el->attribute("until")->value_pos,
                "'until' is before 'from'; a basis is in force from one day to a later one");
        }
        model::RichText raw;
        collect(*el, false, false, raw, diags);
        b.text = fold(std::move(raw));
        if (b.text.empty()) diags.error(el->pos, "<basis> is empty; write the document it cites");
        out.push_back(std::move(b));
    }
    return out;
}

std::vector<model::RichText> bases_in_force(const std::vector<LegalBasis>& all, text::Date day) {
    std::vector<model::RichText> out;
    for (const LegalBasis& b : all) {
        if (b.from && day < *b.from) continue;
        if (b.until && *b.until < day) continue;
        out.push_back(b.text);
    }
    return out;
}

} // namespace thidua::doc
