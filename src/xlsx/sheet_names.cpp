// Valid, unique sheet names, and references across sheets.
#include "xlsx/sheet_names.hpp"

#include "text/number.hpp"
#include "text/utf8.hpp"
#include "xlsx/cell_ref.hpp"

#include <algorithm>

namespace thidua::xlsx {
namespace {

constexpr int most_units = 31;

// The longest prefix of `s`, on code point boundaries, of at most `units`
// UTF-16 units.
std::string cut(const std::string& s, int units) {
    int n = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t next = i;
        n += text::next_code_point(s, next) > 0xFFFF ? 2 : 1;
        if (n > units) break;
        i = next;
    }
    return s.substr(0, i);
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.front() == '\'' || s.front() == ' '))
        s.erase(s.begin());
    while (!s.empty() && (s.back() == '\'' || s.back() == ' '))
        s.pop_back();
    return s;
}

} // namespace

SheetNames::SheetNames(const std::vector<std::string>& taken) {
    for (const std::string& t : taken)
        folded_.push_back(text::to_lower(t));
}

std::string SheetNames::add(const std::string& wanted) {
    std::string base = text::to_nfc(text::fold_whitespace(wanted));
    std::replace_if(
        base.begin(), base.end(),
        [](char c) { return std::string_view("[]:*?/\\").find(c) != std::string_view::npos; }, '-');
    base = trimmed(cut(trimmed(base), most_units));
    if (base.empty() || text::to_lower(base) == "history") base = "Sheet";
    std::string name = base;
    for (int k = 2;
         std::find(folded_.begin(), folded_.end(), text::to_lower(name)) != folded_.end(); ++k) {
        const std::string suffix = " (" + text::to_text(k) + ")";
        name = trimmed(cut(base, most_units - static_cast<int>(suffix.size()))) + suffix;
    }
    folded_.push_back(text::to_lower(name));
    return name;
}

std::string sheet_ref(const std::string& sheet, CellPos p) {
    std::string quoted = "'";
    for (char c : sheet)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'!" + cell_ref(p);
}

std::string sheet_range(const std::string& sheet, CellPos first, CellPos last) {
    return sheet_ref(sheet, first) + ":" + cell_ref(last);
}

} // namespace thidua::xlsx
