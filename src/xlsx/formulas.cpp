// Formula text. No number is written into these formulas but cell
// references and ROUND's digits.
#include "xlsx/formulas.hpp"

#include "xlsx/cell_ref.hpp"

namespace thidua::xlsx {
namespace {

std::string range(Span s, bool absolute = false) {
    return range_ref(s.first, s.last, absolute);
}

bool is_empty(Span s) {
    return s.first.col > s.last.col || s.first.row > s.last.row;
}

// A group of points as a term of a sum: "C7" or "SUM(C7:F7)".
std::string term(Span s) {
    if (s.first == s.last) return cell_ref(s.first);
    return "SUM(" + range(s) + ")";
}

} // namespace

std::string text_literal(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        out += c;
        if (c == '"') out += '"';
    }
    return out + "\"";
}

std::string difference_formula(CellPos reported, CellPos total) {
    const std::string r = cell_ref(reported);
    const std::string t = cell_ref(total);
    return "IF(AND(ISNUMBER(" + r + "),ISNUMBER(" + t + "))," + r + "-" + t + ",\"\")";
}

std::string score_total_formula(Span base, Span bonus, Span penalty) {
    std::string sum;
    if (!is_empty(base)) sum = term(base);
    if (!is_empty(bonus)) sum += (sum.empty() ? "" : "+") + term(bonus);
    if (!is_empty(penalty)) sum += (sum.empty() ? "0-" : "-") + term(penalty);
    if (sum.empty()) sum = "0";
    return "ROUND(" + sum + ",6)";
}

std::string rank_formula(CellPos total, Span totals) {
    return "RANK(" + cell_ref(total) + "," + range(totals, true) + ")";
}

std::string grade_formula(CellPos total, Span minimums, Span labels) {
    return "IFERROR(LOOKUP(" + cell_ref(total) + "," + range(minimums, true) + "," +
           range(labels, true) + "),\"\")";
}

std::string percent_formula(CellPos votes, CellPos voters) {
    return "ROUND(" + cell_ref(votes) + "/" + cell_ref(voters) + ",8)";
}

std::string passed_formula(CellPos votes, CellPos voters, CellPos threshold, bool at_least,
                           std::string_view passed, std::string_view failed) {
    return "IF(" + cell_ref(votes) + (at_least ? ">=" : ">") + "ROUND(" +
           cell_ref(threshold, true) + "*" + cell_ref(voters) + ",9)," + text_literal(passed) +
           "," + text_literal(failed) + ")";
}

std::string minus_formula(CellPos a, CellPos b) {
    return cell_ref(a) + "-" + cell_ref(b);
}

} // namespace thidua::xlsx
