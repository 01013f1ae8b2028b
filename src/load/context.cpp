// Positions of attributes, with the element's as a fallback.
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

} // namespace thidua::load
