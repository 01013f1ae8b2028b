// Reading the bases data file and choosing the bases in force on a day.
#include "doc/legal_bases.hpp"

#include "i18n/messages.hpp"
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
            diags.error(n.element->pos, i18n::trf("<{1}> is not allowed in <basis>; only <b> and "
                                                  "<i> are",
                                                  {n.element->name}));
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
        diags.error(
            a->value_pos,
            i18n::trf("'{1}' is not a date; write YYYY-MM-DD, e.g. 2024-01-01", {a->value}));
    }
    return d;
}

} // namespace

std::vector<LegalBasis> read_legal_bases(std::string_view xml_text, diag::Diagnostics& diags) {
    std::vector<LegalBasis> out;
    const auto root = xml::parse(xml_text, diags);
    if (!root) {
        if (!diags.has_errors()) diags.error({0, 0}, i18n::tr("the file holds no <bases> element"));
        return out;
    }
    if (root->name != "bases") {
        diags.error(root->pos,
                    i18n::trf("the bases file starts with <bases>, not <{1}>", {root->name}));
        return out;
    }
    for (const xml::Element* el : root->elements()) {
        if (el->name != "basis") {
            diags.error(el->pos,
                        i18n::trf("<{1}> is not allowed in <bases>; write <basis>", {el->name}));
            continue;
        }
        static const std::array<std::string, 2> known = {"from", "until"};
        for (const xml::Attribute& a : el->attributes) {
            if (a.name == "from" || a.name == "until") continue;
            std::string msg = i18n::trf("unknown attribute '{1}' on <{2}>", {a.name, "basis"});
            if (const auto near = text::closest(a.name, known))
                msg += i18n::trf("; did you mean '{1}'?", {*near});
            diags.error(a.name_pos, msg);
        }
        LegalBasis b{date_of(*el, "from", diags), date_of(*el, "until", diags), {}};
        if (b.from && b.until && *b.until < *b.from) {
            diags.error(
                el->attribute("until")->value_pos,
                i18n::tr("'until' is before 'from'; a basis is in force from one day to a later "
                         "one"));
        }
        model::RichText raw;
        collect(*el, false, false, raw, diags);
        b.text = fold(std::move(raw));
        if (b.text.empty())
            diags.error(el->pos, i18n::tr("<basis> is empty; write the document it cites"));
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

std::string cited_document(const model::RichText& basis) {
    const std::string text = text::to_lower(model::plain_text(basis));
    // A number: digits, '/', then letters (upper case in the source).
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of(" ,;", start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        const bool numbered = !word.empty() && word[0] >= '0' && word[0] <= '9' &&
                              word.find('/') != std::string::npos &&
                              word.find_first_not_of("0123456789/.") != std::string::npos;
        if (numbered) return word;
        start = end + 1;
    }
    if (text.starts_with("luật ")) return text.substr(0, text.find(" ngày "));
    std::string whole = text;
    while (!whole.empty() && (whole.back() == '.' || whole.back() == ';' || whole.back() == ' '))
        whole.pop_back();
    return whole;
}

std::vector<model::RichText> covenant_bases(std::vector<model::RichText> defaults,
                                            const std::vector<model::RichText>& from_file,
                                            bool replace_defaults) {
    if (replace_defaults) return from_file;
    std::vector<model::RichText> extra;
    for (const model::RichText& b : from_file) {
        const std::string cited = cited_document(b);
        bool replaced = false;
        for (model::RichText& d : defaults) {
            if (cited_document(d) != cited) continue;
            d = b;
            replaced = true;
            break;
        }
        bool repeated = false;
        for (const model::RichText& e : extra)
            repeated = repeated || cited_document(e) == cited;
        if (!replaced && !repeated) extra.push_back(b);
    }
    defaults.insert(defaults.end(), extra.begin(), extra.end());
    return defaults;
}

} // namespace thidua::doc
