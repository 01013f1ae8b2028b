// Numbers as text, locale-free (std::to_chars / std::from_chars): the plain
// form used in messages and the Vietnamese form used in documents.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace thidua::text {

// "42", "-7".
std::string to_text(long long value);
inline std::string to_text(int value) {
    return to_text(static_cast<long long>(value));
}

// Shortest form that reads back as the same double: "47.5", "109", "0.1".
std::string to_text(double value);

// A decimal as the input format writes it: -?[0-9]+(\.[0-9]+)?  Nothing else
// (no exponent, no '+', no spaces, no separators).
std::optional<double> parse_decimal(std::string_view s);

// Vietnamese form: '.' groups thousands, ',' marks decimals, exactly
// `decimals` digits after the comma: format_vi(3057365, 0) == "3.057.365",
// format_vi(47.5, 1) == "47,5".
std::string format_vi(double value, int decimals);

// The value with exactly `decimals` digits after the point (0-15), rounded
// half away from zero on its shortest decimal form, as a spreadsheet shows
// it: fixed_decimal(2.675, 2) == "2.68", fixed_decimal(-0.05, 1) == "-0.1";
// never "-0". Not a finite number: "0".
std::string fixed_decimal(double value, int decimals);

// The decimals of the shortest decimal form of the value, written without
// an exponent: 12 -> 0, 47.5 -> 1, 0.125 -> 3, 1e-300 -> 300.
int decimals_of(double value);

// The same rounding as a number: round_half_away(2.675, 2) == 2.68.
double round_half_away(double value, int decimals);

// format_vi with a '+' before a figure above zero (a change): "+2,4", "-4,9", "0,0".
std::string format_vi_signed(double value, int decimals);

// Vietnamese form with as many decimals as the value needs (at most
// max_decimals, trailing zeros dropped): 109 -> "109", 12.50 -> "12,5".
std::string format_vi_auto(double value, int max_decimals = 2);

} // namespace thidua::text
