// Positions of attributes (with the element's as a fallback), the member
// ids, and the budget for suggestions.
#include "load/context.hpp"

#include "i18n/messages.hpp"
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
    constexpr std::size_t shown = 5;
    for (auto& [id, u] : unknown_) {
        const std::size_t others = u.other_lines.size();
        std::string message;
        if (others == 0) {
            message = i18n::trf("unknown member '{1}'", {id});
        } else {
            // "15", "15 and 17", "1, 2, 3, 4 and 5", "1, 2, 3, 4, 5 and 2 more places"
            const std::size_t listed = std::min(others, shown);
            std::string lines;
            for (std::size_t k = 0; k + 1 < listed; ++k) {
                if (k > 0) lines += ", ";
                lines += text::to_text(static_cast<long long>(u.other_lines[k]));
            }
            const std::string last =
                text::to_text(static_cast<long long>(u.other_lines[listed - 1]));
            if (others > shown) {
                lines = i18n::trf(
                    "{1} and {2} more places",
                    {lines + ", " + last, text::to_text(static_cast<long long>(others - shown))});
            } else if (listed > 1) {
                lines = i18n::trf("{1} and {2}", {lines, last});
            } else {
                lines = last;
            }
            message =
                i18n::fill(i18n::tr_n("unknown member '{1}' (also used on line {2})",
                                      "unknown member '{1}' (also used on lines {2})", others),
                           {id, lines});
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
