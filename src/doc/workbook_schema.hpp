// The vocabulary of templates/workbook.xml as data: its elements, where
// each may stand, and the attributes each takes. Internal to doc/.
#pragma once

#include <string_view>
#include <vector>

namespace thidua::doc {

// The names a piece of template text may use besides the cluster-year's
// own fields: the item a heading describes, or the footer's page codes.
enum class LabelScope { workbook, indicator, criterion, ballot, award, commitment, member, footer };

enum class LabelKind {
    text,       // template text with placeholders
    sheet_name, // plain text, a valid and unique sheet name
    id_list,    // ids separated by spaces
};

struct LabelAttribute {
    std::string_view name;
    bool required = true;
    LabelScope scope = LabelScope::workbook;
    LabelKind kind = LabelKind::text;
};

struct LabelElement {
    std::string_view name;
    std::vector<LabelAttribute> attributes;
    std::vector<std::string_view> children; // each at most once
};

// The root element, <workbook>.
const LabelElement& workbook_root_element();

// An element by name (any level), or nullptr.
const LabelElement* workbook_element(std::string_view name);

// The name of the item a scope binds ("indicator", ...); empty for none.
std::string_view scope_item_name(LabelScope scope);

} // namespace thidua::doc
