// Excel's rules for table names and column headings (see table_rules.hpp).
#include "doc/table_rules.hpp"

#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

namespace thidua::doc {
namespace {

constexpr int longest = 255;

bool ascii_letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool digit(char c) {
    return c >= '0' && c <= '9';
}

// "A1" .. "XFD1048576" in shape: one to three letters, then digits.
bool a1_reference(std::string_view s) {
    std::size_t letters = 0;
    while (letters < s.size() && ascii_letter(s[letters]))
        ++letters;
    if (letters == 0 || letters > 3 || letters == s.size()) return false;
    for (std::size_t i = letters; i < s.size(); ++i) {
        if (!digit(s[i])) return false;
    }
    return true;
}

// "R", "C", "R1", "C2", "R1C1", "RC" in any case.
bool r1c1_reference(std::string_view s) {
    std::size_t i = 0;
    const auto part = [&](char letter) {
        if (i >= s.size() || (s[i] != letter && s[i] != letter - 'A' + 'a')) return false;
        ++i;
        while (i < s.size() && digit(s[i]))
            ++i;
        return true;
    };
    const bool row = part('R');
    const bool col = part('C');
    return (row || col) && i == s.size();
}

} // namespace

std::optional<std::string> table_name_problem(std::string_view name) {
    if (name.empty()) return i18n::tr("is empty; write e.g. table=\"ThanhVien\"");
    if (static_cast<int>(name.size()) > longest) {
        return i18n::trf("is {1} characters long; a table name has at most 255",
                         {text::to_text(static_cast<int>(name.size()))});
    }
    for (std::size_t i = 0; i < name.size();) {
        const std::size_t at = i;
        const char32_t cp = text::next_code_point(name, i);
        const char c = cp < 0x80 ? static_cast<char>(cp) : '\0';
        const std::string shown(name.substr(at, i - at));
        if (at == 0 && !ascii_letter(c) && c != '_') {
            return i18n::trf("starts with '{1}'; a table name starts with a letter (without "
                             "marks) or '_'",
                             {shown});
        }
        if (!ascii_letter(c) && !digit(c) && c != '_' && c != '.') {
            return i18n::trf("contains '{1}'; a table name has only letters without marks, "
                             "digits, '_' and '.', e.g. ThanhVien",
                             {shown});
        }
    }
    if (a1_reference(name) || r1c1_reference(name))
        return i18n::tr("is a cell reference, which a table name cannot be");
    return std::nullopt;
}

std::optional<std::string> column_heading_problem(std::string_view heading) {
    if (heading.empty()) return i18n::tr("is empty; every column of a table needs a heading");
    const int length = text::count_code_points(heading);
    if (length > longest) {
        return i18n::trf("is {1} characters long; a table's column heading has at most 255",
                         {text::to_text(length)});
    }
    return std::nullopt;
}

} // namespace thidua::doc
