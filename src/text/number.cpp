// Locale-free number parsing and formatting.
#include "text/number.hpp"

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

std::string format_vi(double value, int decimals) {
    std::array<char, 64> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), value,
                                 std::chars_format::fixed, decimals);
    std::string_view plain(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
    bool negative = !plain.empty() && plain.front() == '-';
    if (negative) plain.remove_prefix(1);
    const std::size_t dot = plain.find('.');
    const std::string_view whole = plain.substr(0, dot);
    std::string out;
    for (std::size_t k = 0; k < whole.size(); ++k) {
        if (k > 0 && (whole.size() - k) % 3 == 0) out += '.';
        out += whole[k];
    }
    if (dot != std::string_view::npos) {
        out += ',';
        out += plain.substr(dot + 1);
    }
    const bool all_zero = out.find_first_not_of("0.,") == std::string::npos;
    if (negative && !all_zero) out.insert(out.begin(), '-');
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
