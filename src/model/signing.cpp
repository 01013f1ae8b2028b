// Signing authority: abbreviations and deputies' titles.
#include "model/signing.hpp"

#include "text/utf8.hpp"

#include <array>

namespace thidua::model {
namespace {

constexpr std::string_view deputy_word = "phó ";

// Words after a deputy's title that say which deputy, not whose: "Phó Chủ
// tịch Thường trực" signs for the "Chủ tịch".
constexpr std::array<std::string_view, 2> deputy_qualifiers = {" thường trực", " phụ trách"};

} // namespace

std::string_view authority_abbreviation(Authority a) {
    switch (a) {
    case Authority::kt:
        return "KT.";
    case Authority::tl:
        return "TL.";
    case Authority::tuq:
        return "TUQ.";
    case Authority::q:
        return "Q.";
    case Authority::none:
        return "";
    }
    return "";
}

bool is_deputy_title(std::string_view title) {
    const std::string lower = text::to_lower(text::fold_whitespace(title));
    return lower.starts_with(deputy_word) && lower.size() > deputy_word.size();
}

std::optional<std::string> head_title_of(std::string_view deputy_title) {
    if (!is_deputy_title(deputy_title)) return std::nullopt;
    std::string head = text::fold_whitespace(deputy_title).substr(deputy_word.size());
    for (std::string_view q : deputy_qualifiers) {
        const std::string lower = text::to_lower(head);
        if (lower.size() > q.size() && lower.ends_with(q)) {
            head.resize(head.size() - q.size());
            break;
        }
    }
    return head;
}

bool same_title(std::string_view a, std::string_view b) {
    return text::to_lower(text::fold_whitespace(a)) == text::to_lower(text::fold_whitespace(b));
}

} // namespace thidua::model
