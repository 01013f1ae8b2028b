// Locale-free number parsing and formatting.
#include "text/number.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace thidua::text {

std::string to_text(long long value) {
    std::array<char, 24> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    return std::string(buf.data(), r.ptr);
}

std::string to_text(double value) {
    if (value == 0) value = 0; // no "-0"
    std::array<char, 32> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    return std::string(buf.data(), r.ptr);
}

std::optional<double> parse_decimal(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') ++i;
    const std::size_t int_start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9')
        ++i;
    if (i == int_start) return std::nullopt;
    if (i < s.size() && s[i] == '.') {
        const std::size_t frac_start = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == frac_start) return std::nullopt;
    }
    if (i != s.size()) return std::nullopt;
    double value = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), value);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
    return value;
}

std::string fixed_decimal(double value, int decimals) {
    if (!std::isfinite(value)) return "0";
    decimals = std::clamp(decimals, 0, 15);
    // The shortest decimal that reads back as the value, in plain digits
    // (up to 309 before the point), then rounded on those digits: 2.675
    // with 2 decimals is 2.68, as a spreadsheet shows it, not the 2.67 of
    // the binary value 2.67499999…
    std::array<char, 400> buf{};
    const auto r =
        std::to_chars(buf.data(), buf.data() + buf.size(), value, std::chars_format::fixed);
    if (r.ec != std::errc()) return "0";
    std::string plain(buf.data(), r.ptr);
    const bool negative = plain.front() == '-';
    if (negative) plain.erase(plain.begin());
    std::size_t dot = plain.find('.');
    if (dot == std::string::npos) {
        dot = plain.size();
        plain += '.';
    }
    plain.append(static_cast<std::size_t>(decimals) + 1, '0');
    const bool up = plain[dot + 1 + static_cast<std::size_t>(decimals)] >= '5';
    plain.resize(dot + 1 + static_cast<std::size_t>(decimals));
    if (up) {
        std::size_t k = plain.size();
        while (k-- > 0) {
            if (plain[k] == '.') continue;
            if (plain[k] != '9') {
                ++plain[k];
                break;
            }
            plain[k] = '0';
            if (k == 0) plain.insert(plain.begin(), '1');
        }
    }
    if (plain.back() == '.') plain.pop_back();
    const bool zero = plain.find_first_not_of("0.") == std::string::npos;
    return (negative && !zero ? "-" : "") + plain;
}

int decimals_of(double value) {
    if (!std::isfinite(value)) return 0;
    std::array<char, 400> buf{};
    const auto r =
        std::to_chars(buf.data(), buf.data() + buf.size(), value, std::chars_format::fixed);
    if (r.ec != std::errc()) return 0;
    const std::string_view s(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
    const std::size_t dot = s.find('.');
    return dot == std::string_view::npos ? 0 : static_cast<int>(s.size() - dot - 1);
}

double round_half_away(double value, int decimals) {
    const std::string s = fixed_decimal(value, decimals);
    double out = 0;
    std::from_chars(s.data(), s.data() + s.size(), out);
    return out;
}

std::string format_vi(double value, int decimals) {
    const std::string fixed = fixed_decimal(value, decimals);
    std::string_view plain(fixed);
    const bool negative = plain.front() == '-';
    if (negative) plain.remove_prefix(1);
    const std::size_t dot = plain.find('.');
    const std::string_view whole = plain.substr(0, dot);
    std::string out = negative ? "-" : "";
    for (std::size_t k = 0; k < whole.size(); ++k) {
        if (k > 0 && (whole.size() - k) % 3 == 0) out += '.';
        out += whole[k];
    }
    if (dot != std::string_view::npos) {
        out += ',';
        out += plain.substr(dot + 1);
    }
    return out;
}

std::string format_vi_signed(double value, int decimals) {
    std::string out = format_vi(value, decimals);
    if (out.front() != '-' && out.find_first_not_of("0.,") != std::string::npos)
        out.insert(out.begin(), '+');
    return out;
}

std::string format_vi_auto(double value, int max_decimals) {
    std::string out = format_vi(value, max_decimals);
    if (max_decimals > 0) {
        while (out.back() == '0')
            out.pop_back();
        if (out.back() == ',') out.pop_back();
    }
    return out;
}

} // namespace thidua::text
