// Positions of attributes (with the element's as a fallback), the member
// ids, and the budget for suggestions.
#include "load/context.hpp"

namespace thidua::load {

diag::Pos Context::value_pos(const Element* el, std::string_view attr) const {
    const xml::Attribute* a = el->attribute(attr);
    return a ? a->value_pos : el->pos;
}

diag::Pos Context::name_pos(const Element* el, std::string_view attr) const {
    const xml::Attribute* a = el->attribute(attr);
    return a ? a->name_pos : el->pos;
}

void Context::add_member(const std::string& id) {
    member_ids.push_back(id);
    member_set_.insert(id);
}

bool Context::may_suggest(std::size_t candidates) {
    if (candidates > suggestion_budget_) return false;
    suggestion_budget_ -= candidates;
    return true;
}

} // namespace thidua::load
