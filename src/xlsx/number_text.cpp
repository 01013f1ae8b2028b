// Number format codes and shown numbers (fractions too), through std::to_chars.
#include "xlsx/number_text.hpp"

#include "text/number.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace thidua::xlsx {
namespace {

// Fixed notation with `decimals` digits, thousands grouped with ','.
std::string grouped(double value, int decimals) {
    char buf[400];
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

std::string ungrouped(double value, int decimals) {
    std::string s = grouped(value, decimals);
    s.erase(std::remove(s.begin(), s.end(), ','), s.end());
    return s;
}

// "0", "0.0", "0.00": the digits part of a format code.
std::string digits_code(int decimals) {
    return decimals > 0 ? "0." + std::string(static_cast<std::size_t>(decimals), '0') : "0";
}

// Text in a format code: quoted, a quote inside written \" between quotes.
std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\\\"\"") : std::string(1, c);
    return out + "\"";
}

// libxlsxwriter keeps a format code in 128 bytes with its terminating 0.
constexpr std::size_t longest_code = 127;

// Positive, negative and zero sections: "+X;-X;X"; a code too long for the
// writer drops the zero section ("+0.0" for zero), then the words.
std::string signed_code(const std::string& digits, const std::string& words) {
    const std::string x = digits + (words.empty() ? "" : quoted(" " + words));
    if (const std::string all = "+" + x + ";-" + x + ";" + x; all.size() <= longest_code)
        return all;
    if (const std::string two = "+" + x + ";-" + x; two.size() <= longest_code) return two;
    return "+" + digits + ";-" + digits + ";" + digits;
}

// The fraction nearest the value whose denominator has at most `digits`
// digits, as a spreadsheet's "?/?" format shows it: 0.6667 -> "2/3".
std::string as_fraction(double value, int digits) {
    long long most = 1;
    for (int k = 0; k < std::clamp(digits, 1, 6); ++k)
        most *= 10;
    long long best_n = 0;
    long long best_d = 1;
    double best = std::abs(value);
    for (long long d = 1; d < most && best > 0; ++d) {
        const long long n = std::llround(value * static_cast<double>(d));
        const double off = std::abs(value - static_cast<double>(n) / static_cast<double>(d));
        if (off < best) {
            best = off;
            best_n = n;
            best_d = d;
        }
    }
    return text::to_text(best_n) + "/" + text::to_text(best_d);
}

} // namespace

std::string format_code(const NumberFormat& f) {
    const int d = std::clamp(f.decimals, 0, 15);
    switch (f.kind) {
    case NumberFormat::Kind::fixed:
        return "#,##" + digits_code(d);
    case NumberFormat::Kind::percent:
        return digits_code(d) + "%";
    case NumberFormat::Kind::growth:
        return signed_code(digits_code(d) + "%", "");
    case NumberFormat::Kind::points:
        return signed_code(digits_code(d), f.words);
    case NumberFormat::Kind::fraction: {
        const std::string q(static_cast<std::size_t>(std::clamp(f.decimals, 1, 6)), '?');
        return q + "/" + q;
    }
    case NumberFormat::Kind::none:
        break;
    }
    return "";
}

std::string shown(double value, const NumberFormat& f) {
    const int d = std::clamp(f.decimals, 0, 15);
    const auto sign = [&](const std::string& s) { return value > 0 ? "+" + s : s; };
    switch (f.kind) {
    case NumberFormat::Kind::fixed:
        return grouped(value, d);
    case NumberFormat::Kind::percent:
        return ungrouped(value * 100, d) + "%";
    case NumberFormat::Kind::growth:
        return sign(ungrouped(value * 100, d)) + "%";
    case NumberFormat::Kind::points:
        return sign(ungrouped(value, d)) + (f.words.empty() ? "" : " " + f.words);
    case NumberFormat::Kind::fraction:
        return as_fraction(value, d);
    case NumberFormat::Kind::none:
        break;
    }
    return grouped(value, 2);
}

} // namespace thidua::xlsx
