// Positions of attributes (with the element's as a fallback), the member
// ids, and the budget for suggestions.
#include "load/context.hpp"

#include "text/number.hpp"

#include <algorithm>

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

bool Context::repeat_of_unknown(diag::Pos pos, const std::string& id) {
    const auto found = unknown_index_.find(id);
    if (found == unknown_index_.end()) return false;
    unknown_[found->second].second.other_lines.push_back(pos.line);
    return true;
}

void Context::unknown_member(diag::Pos pos, const std::string& id, const std::string& advice) {
    if (repeat_of_unknown(pos, id)) return;
    unknown_index_[id] = unknown_.size();
    unknown_.push_back({id, {pos, advice, {}}});
}

void Context::report_unknown_members() {
    for (auto& [id, u] : unknown_) {
        std::string message = "unknown member '" + id + "'";
        const std::size_t others = u.other_lines.size();
        if (others > 0) {
            message += " (also used on line";
            message += others > 1 ? "s " : " ";
            constexpr std::size_t shown = 5;
            for (std::size_t k = 0; k < std::min(others, shown); ++k) {
                if (k > 0)
                    message += k + 1 == std::min(others, shown) && others <= shown ? " and " : ", ";
                message += text::to_text(static_cast<long long>(u.other_lines[k]));
            }
            if (others > shown)
                message += " and " + text::to_text(static_cast<long long>(others - shown)) +
                           " more places";
            message += ")";
        }
        diags_.error(u.first, message + u.advice);
    }
    unknown_.clear();
    unknown_index_.clear();
}

bool Context::may_suggest(std::size_t candidates) {
    if (candidates > suggestion_budget_) return false;
    suggestion_budget_ -= candidates;
    return true;
}

} // namespace thidua::load
