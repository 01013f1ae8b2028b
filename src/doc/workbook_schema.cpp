// The elements and attributes of templates/workbook.xml (documented in
// templates/README.md, section "The workbook").
#include "doc/workbook_schema.hpp"

#include <array>

namespace thidua::doc {
namespace {

using A = LabelAttribute;
using S = LabelScope;
using K = LabelKind;

// What every sheet element starts with.
std::vector<A> sheet(std::vector<A> more) {
    std::vector<A> out = {
        {"sheet", true, S::workbook, K::sheet_name}, {"title"}, {"note", false}, {"number"}};
    out.insert(out.end(), more.begin(), more.end());
    return out;
}

const std::array<LabelElement, 8>& elements() {
    static const std::array<LabelElement, 8> all = {{
        {"workbook",
         {{"title"},
          {"subject"},
          {"author"},
          {"parent"},
          {"issuer"},
          {"footer", true, S::footer},
          {"no-data"}},
         {"statistics", "scoring", "ballots", "awards", "covenant", "signing"}},
        {"statistics",
         sheet({{"member"},
                {"indicator", true, S::indicator},
                {"unit", true, S::indicator},
                {"this-year"},
                {"previous-year"},
                {"growth"},
                {"total"},
                {"reported"},
                {"difference"},
                {"points"},
                {"partial", true, S::indicator},
                {"zero-base", true, S::indicator}}),
         {"chart"}},
        {"chart",
         {{"indicator", false, S::workbook, K::id_list}, {"title", true, S::indicator}},
         {}},
        {"scoring",
         sheet({{"member"},
                {"base"},
                {"bonus"},
                {"penalty"},
                {"criterion", true, S::criterion},
                {"total"},
                {"rank"},
                {"grade"},
                {"grades"},
                {"grade-min"},
                {"grade-label"}}),
         {}},
        {"ballots",
         sheet({{"caption", true, S::ballot},
                {"threshold", true, S::ballot},
                {"threshold-at-least", true, S::ballot},
                {"issued"},
                {"returned"},
                {"valid"},
                {"invalid"},
                {"tellers", true, S::ballot},
                {"teller-head"},
                {"teller-deputy"},
                {"teller-secretary"},
                {"teller-member"},
                {"member"},
                {"votes"},
                {"voters"},
                {"percent"},
                {"result"},
                {"passed"},
                {"failed"}}),
         {}},
        {"awards",
         sheet({{"granted-title"},
                {"mixed-title"},
                {"type"},
                {"by"},
                {"member"},
                {"recipient"},
                {"status"},
                {"reason"},
                {"proposed", true, S::award},
                {"proposed-via", true, S::award},
                {"granted", true, S::award}}),
         {}},
        {"covenant",
         sheet({{"member"},
                {"commitment", true, S::commitment},
                {"unit", true, S::commitment},
                {"total"}}),
         {}},
        // Under every sheet's table: the place and date, the preparer's
        // signature, and each head's (Cụm trưởng), its lines naming the
        // head member as `member`.
        {"signing",
         {{"place-date"},
          {"preparer"},
          {"preparer-note", false},
          {"head", true, S::member},
          {"organisation", true, S::member},
          {"authority", true, S::member},
          {"title", true, S::member},
          {"name", true, S::member}},
         {}},
    }};
    return all;
}

} // namespace

const LabelElement& workbook_root_element() {
    return elements()[0];
}

const LabelElement* workbook_element(std::string_view name) {
    for (const LabelElement& e : elements()) {
        if (e.name == name) return &e;
    }
    return nullptr;
}

std::string_view scope_item_name(LabelScope scope) {
    switch (scope) {
    case S::indicator:
        return "indicator";
    case S::criterion:
        return "criterion";
    case S::ballot:
        return "ballot";
    case S::award:
        return "award";
    case S::commitment:
        return "commitment";
    case S::member:
        return "member";
    case S::workbook:
    case S::footer:
        return "";
    }
    return "";
}

} // namespace thidua::doc
