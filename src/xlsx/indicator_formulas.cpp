// Formula text of the indicator figures (see indicator_formulas.hpp).
// Like-for-like sums are SUMPRODUCT over a mask of the rows where every
// column involved holds a number: ISNUMBER(C7:C12)*ISNUMBER(D7:D12).
#include "xlsx/indicator_formulas.hpp"

#include "text/number.hpp"
#include "xlsx/cell_ref.hpp"

#include <vector>

namespace thidua::xlsx {
namespace {

std::string range(Span s) {
    return range_ref(s.first, s.last);
}

// "*100", "/100" or "" for a factor of 1.
std::string times(double factor) {
    if (factor == 1) return "";
    if (factor > 0 && factor < 1) return "/" + text::to_text(1 / factor);
    return "*" + text::to_text(factor);
}

// The columns a member needs numbers in to count for the year.
std::vector<Span> needed(const YearColumns& year) {
    if (year.how == model::Aggregate::ratio) return {year.numerator, year.denominator};
    return {year.values};
}

// 1 for the rows where every span holds a number, else 0.
std::string mask(const std::vector<Span>& spans) {
    std::string m;
    for (const Span& s : spans)
        m += (m.empty() ? "ISNUMBER(" : "*ISNUMBER(") + range(s) + ")";
    return spans.size() == 1 ? "--" + m : m;
}

std::string sum_over(const std::string& m, Span values) {
    return "SUMPRODUCT(" + m + "," + range(values) + ")";
}

// The year's figure over the rows of mask `m`, and the test that there is
// none (no member counts, or a ratio's denominator adds up to 0).
struct Figure {
    std::string value;
    std::string none;
};

Figure over(const std::string& m, const YearColumns& year) {
    switch (year.how) {
    case model::Aggregate::sum:
        return {sum_over(m, year.values), "SUMPRODUCT(" + m + ")=0"};
    case model::Aggregate::mean:
        return {sum_over(m, year.values) + "/SUMPRODUCT(" + m + ")", "SUMPRODUCT(" + m + ")=0"};
    case model::Aggregate::ratio:
        return {sum_over(m, year.numerator) + "/" + sum_over(m, year.denominator) +
                    times(year.factor),
                sum_over(m, year.denominator) + "=0"};
    case model::Aggregate::none:
        break;
    }
    return {"", "TRUE"};
}

// The mask of the members that count in both years.
std::string both(const YearColumns& now, const YearColumns& before) {
    std::vector<Span> spans = needed(now);
    for (const Span& s : needed(before))
        spans.push_back(s);
    return mask(spans);
}

// (now - previous) / previous over the members of both years; "" when
// either figure is none or the base rounds to 0 at `decimals`.
std::string growth(const YearColumns& now, const YearColumns& before, const Figure& previous,
                   int decimals) {
    const Figure f = over(both(now, before), now);
    const std::string& p = previous.value;
    return "IF(" + previous.none + ",\"\",IF(ROUND(" + p + "," + text::to_text(decimals) +
           ")<>0,IF(" + f.none + ",\"\",(" + f.value + "-" + p + ")/(" + p + ")),\"\"))";
}

// (now - previous) * 100: the change of a percentage stored as a fraction.
std::string points(const YearColumns& now, const YearColumns& before, const Figure& previous) {
    const Figure f = over(both(now, before), now);
    return "IF(OR(" + previous.none + "," + f.none + "),\"\",(" + f.value + "-(" + previous.value +
           "))*100)";
}

} // namespace

std::string year_total_formula(const YearColumns& year) {
    if (year.how == model::Aggregate::none) return "";
    if (year.how == model::Aggregate::ratio) {
        const Figure f = over(mask(needed(year)), year);
        return "IF(" + f.none + ",\"\"," + f.value + ")";
    }
    const std::string r = range(year.values);
    const std::string f = year.how == model::Aggregate::mean ? "AVERAGE" : "SUM";
    return "IF(COUNT(" + r + ")=0,\"\"," + f + "(" + r + "))";
}

std::string compared_previous_formula(const YearColumns& now, const YearColumns& before) {
    if (now.how == model::Aggregate::none) return "";
    const Figure f = over(both(now, before), before);
    return "IF(" + f.none + ",\"\"," + f.value + ")";
}

std::string compared_growth_formula(const YearColumns& now, const YearColumns& before,
                                    CellPos previous, int decimals) {
    if (now.how == model::Aggregate::none) return "";
    const std::string p = cell_ref(previous);
    return growth(now, before, {p, "NOT(ISNUMBER(" + p + "))"}, decimals);
}

std::string compared_growth_formula(const YearColumns& now, const YearColumns& before,
                                    int decimals) {
    if (now.how == model::Aggregate::none) return "";
    return growth(now, before, over(both(now, before), before), decimals);
}

std::string compared_points_formula(const YearColumns& now, const YearColumns& before,
                                    CellPos previous) {
    if (now.how == model::Aggregate::none) return "";
    const std::string p = cell_ref(previous);
    return points(now, before, {p, "NOT(ISNUMBER(" + p + "))"});
}

std::string compared_points_formula(const YearColumns& now, const YearColumns& before) {
    if (now.how == model::Aggregate::none) return "";
    return points(now, before, over(both(now, before), before));
}

std::string member_growth_formula(CellPos now, CellPos before, int decimals) {
    const std::string n = cell_ref(now);
    const std::string b = cell_ref(before);
    return "IF(AND(ISNUMBER(" + n + "),ISNUMBER(" + b + ")),IF(ROUND(" + b + "," +
           text::to_text(decimals) + ")<>0,(" + n + "-" + b + ")/" + b + ",\"\"),\"\")";
}

std::string member_points_formula(CellPos now, CellPos before) {
    const std::string n = cell_ref(now);
    const std::string b = cell_ref(before);
    return "IF(AND(ISNUMBER(" + n + "),ISNUMBER(" + b + ")),(" + n + "-" + b + ")*100,\"\")";
}

std::string member_ratio_formula(CellPos numerator, CellPos denominator, double factor) {
    const std::string n = cell_ref(numerator);
    const std::string d = cell_ref(denominator);
    return "IF(AND(ISNUMBER(" + n + "),ISNUMBER(" + d + ")),IF(" + d + "<>0," + n + "/" + d +
           times(factor) + ",\"\"),\"\")";
}

} // namespace thidua::xlsx
