// Number format codes and shown numbers, through std::to_chars.
#include "xlsx/number_text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace thidua::xlsx {
namespace {

// Fixed notation with `decimals` digits, thousands grouped with ','.
std::string grouped(double value, int decimals) {
    char buf[64];
    const auto r =
        std::to_chars(buf, buf + sizeof buf, std::abs(value), std::chars_format::fixed, decimals);
    std::string digits(buf, r.ptr);
    const std::size_t dot = digits.find('.');
    std::string whole = digits.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? "" : digits.substr(dot);
    for (int k = static_cast<int>(whole.size()) - 3; k > 0; k -= 3)
        whole.insert(static_cast<std::size_t>(k), ",");
    const bool negative =
        value < 0 && (whole + fraction).find_first_not_of("0.,") != std::string::npos;
    return (negative ? "-" : "") + whole + fraction;
}

} // namespace

const char* format_code(NumberFormat f) {
    switch (f) {
    case NumberFormat::count:
        return "#,##0";
    case NumberFormat::amount:
        return "#,##0.0";
    case NumberFormat::percent:
        return "0.0%";
    case NumberFormat::none:
        return "";
    }
    return "";
}

std::string shown(double value, NumberFormat f) {
    switch (f) {
    case NumberFormat::count:
        return grouped(value, 0);
    case NumberFormat::amount:
        return grouped(value, 1);
    case NumberFormat::percent: {
        std::string s = grouped(value * 100, 1);
        s.erase(std::remove(s.begin(), s.end(), ','), s.end());
        return s + "%";
    }
    case NumberFormat::none:
        break;
    }
    return grouped(value, 2);
}

} // namespace thidua::xlsx
