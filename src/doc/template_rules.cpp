// The element table of the template language (documented in
// templates/README.md).
#include "doc/template_rules.hpp"

#include "i18n/messages.hpp"

namespace thidua::doc {
namespace {

const TemplateElement for_element{"for", {"each", "separator", "last-separator"}};
const TemplateElement if_element{"if", {"test"}};
const TemplateElement unless_element{"unless", {"test"}};

std::vector<TemplateElement> with_control(std::vector<TemplateElement> elements) {
    elements.push_back(for_element);
    elements.push_back(if_element);
    elements.push_back(unless_element);
    return elements;
}

} // namespace

const std::vector<TemplateElement>& elements_in(Context ctx) {
    static const std::vector<TemplateElement> document = {
        {"template",
         {"margin-top", "margin-bottom", "margin-left", "margin-right", "font-size", "line-spacing",
          "page-numbers", "title", "subject", "author", "date", "bases-file", "made-if",
          "not-made"}}};
    static const std::vector<TemplateElement> block = with_control({
        {"header", {"parent", "issuer", "number", "place-date", "nation", "motto"}},
        {"title", {"size"}},
        {"subtitle", {"size", "rule"}},
        {"heading", {"size", "align", "indent", "space-before", "space-after"}},
        {"p",
         {"align", "indent", "left", "size", "bold", "italic", "space-before", "space-after",
          "keep-with-next"}},
        {"table",
         {"widths", "size", "min-size", "key-columns", "continued", "space-before", "space-after"}},
        {"signatures",
         {"columns", "sign-space", "size", "space-before", "keep-together", "break-before"}},
        {"recipients", {"heading", "space-before"}},
        {"space", {"height"}},
        {"keep", {}},
        {"section", {"orientation", "numbering"}},
        {"choose", {"id"}},
        {"when-chosen", {"id", "option"}},
    });
    static const std::vector<TemplateElement> choose = {{"option", {}}};
    static const std::vector<TemplateElement> table =
        with_control({{"row", {"header", "bold", "total"}}});
    static const std::vector<TemplateElement> row =
        with_control({{"cell", {"align", "span", "bold", "nowrap", "width"}}});
    static const std::vector<TemplateElement> signatures = with_control({{"signer", {}}});
    static const std::vector<TemplateElement> signer = with_control({{"line", {}}, {"name", {}}});
    static const std::vector<TemplateElement> recipients = with_control({{"to", {}}});
    static const std::vector<TemplateElement> inline_text = with_control({{"b", {}}, {"i", {}}});
    switch (ctx) {
    case Context::document:
        return document;
    case Context::block:
        return block;
    case Context::choose:
        return choose;
    case Context::table:
        return table;
    case Context::row:
        return row;
    case Context::signatures:
        return signatures;
    case Context::signer:
        return signer;
    case Context::recipients:
        return recipients;
    case Context::inline_text:
        return inline_text;
    }
    return block;
}

Context inner_context(std::string_view element, Context outer) {
    if (element == "for" || element == "if" || element == "unless") return outer;
    if (element == "template" || element == "keep" || element == "section" || element == "option" ||
        element == "when-chosen")
        return Context::block;
    if (element == "choose") return Context::choose;
    if (element == "table") return Context::table;
    if (element == "row") return Context::row;
    if (element == "signatures") return Context::signatures;
    if (element == "signer") return Context::signer;
    if (element == "recipients") return Context::recipients;
    return Context::inline_text;
}

std::string_view context_name(Context ctx) {
    switch (ctx) {
    case Context::document:
        return i18n::tr("the file");
    case Context::block:
        return i18n::tr("the document body");
    case Context::choose:
        return "<choose>";
    case Context::table:
        return "<table>";
    case Context::row:
        return "<row>";
    case Context::signatures:
        return "<signatures>";
    case Context::signer:
        return "<signer>";
    case Context::recipients:
        return "<recipients>";
    case Context::inline_text:
        return i18n::tr("text");
    }
    return "";
}

} // namespace thidua::doc
