// The shape of the format as data: which attributes and children each
// element may have, how many, and whether it holds text. check_shape reports
// everything that does not fit, with "did you mean" suggestions.
#pragma once

#include "load/context.hpp"

#include <string_view>
#include <vector>

namespace thidua::load {

enum class Count { one, optional, any, at_least_one };
enum class Content { none, text, rich };

struct ChildRule {
    std::string_view name;
    Count count;
};

struct ElementRule {
    std::string_view name;
    std::vector<std::string_view> attributes; // known fixed attributes
    std::vector<ChildRule> children;
    Content content = Content::none;
    bool open_attributes = false; // also takes indicator/criterion/commitment ids
};

// The rule for an element name, or nullptr.
const ElementRule* rule_for(std::string_view name);

// Checks attributes (unless open), children, their counts and stray text.
// Unknown children are reported and should then be skipped by the caller.
void check_shape(Context& ctx, const Element* el);

// Whether a child is one the rule allows (callers skip the others).
bool allowed_child(const Element* parent, const Element* child);

} // namespace thidua::load
