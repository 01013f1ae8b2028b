// Pairs tinyxml2's elements with the scanner's tag positions (both are in
// document order) and turns offsets into LINE:COLUMN.
#include "load/context.hpp"

namespace thidua::load {
namespace {

void pair_up(const Element* el, const MarkupScan& scan, std::size_t& next,
             std::unordered_map<const Element*, const TagSpan*>& out) {
    for (; el != nullptr; el = el->NextSiblingElement()) {
        if (next < scan.tags.size() && scan.tags[next].name == el->Name()) {
            out[el] = &scan.tags[next];
        }
        ++next;
        pair_up(el->FirstChildElement(), scan, next, out);
    }
}

} // namespace

Context::Context(std::string_view text, const MarkupScan& scan, const tinyxml2::XMLDocument& doc,
                 diag::Diagnostics& diags)
    : lines_(text), diags_(diags) {
    std::size_t next = 0;
    pair_up(doc.FirstChildElement(), scan, next, spans_);
}

diag::Pos Context::at(std::size_t offset) const {
    return {lines_.line_of(offset), lines_.column_of(offset)};
}

diag::Pos Context::pos(const Element* el) const {
    const auto it = spans_.find(el);
    if (it != spans_.end()) return at(it->second->offset);
    return {el->GetLineNum(), 1};
}

diag::Pos Context::value_pos(const Element* el, std::string_view attr) const {
    const auto it = spans_.find(el);
    if (it != spans_.end()) {
        if (const AttrSpan* a = it->second->find(attr)) return at(a->value_offset);
    }
    return pos(el);
}

diag::Pos Context::name_pos(const Element* el, std::string_view attr) const {
    const auto it = spans_.find(el);
    if (it != spans_.end()) {
        if (const AttrSpan* a = it->second->find(attr)) return at(a->name_offset);
    }
    return pos(el);
}

} // namespace thidua::load
