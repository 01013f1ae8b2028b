// Dates and times: strict parsing and Vietnamese wording.
#include "text/calendar.hpp"

#include "text/number.hpp"

namespace thidua::text {
namespace {

// Reads exactly n ASCII digits at s[pos].
std::optional<int> digits(std::string_view s, std::size_t pos, std::size_t n) {
    if (pos + n > s.size()) return std::nullopt;
    int v = 0;
    for (std::size_t k = pos; k < pos + n; ++k) {
        if (s[k] < '0' || s[k] > '9') return std::nullopt;
        v = v * 10 + (s[k] - '0');
    }
    return v;
}

std::string two_digits(int v) {
    std::string s = to_text(v);
    return s.size() < 2 ? "0" + s : s;
}

} // namespace

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

std::optional<Date> parse_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    const auto y = digits(s, 0, 4);
    const auto m = digits(s, 5, 2);
    const auto d = digits(s, 8, 2);
    if (!y || !m || !d) return std::nullopt;
    if (*m < 1 || *m > 12 || *d < 1 || *d > days_in_month(*y, *m)) return std::nullopt;
    return Date{*y, *m, *d};
}

std::optional<TimeOfDay> parse_time(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    const auto h = digits(s, 0, 2);
    const auto m = digits(s, 3, 2);
    if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
    return TimeOfDay{*h, *m};
}

std::string to_iso(const Date& d) {
    std::string y = to_text(d.year);
    while (y.size() < 4)
        y.insert(y.begin(), '0');
    return y + "-" + two_digits(d.month) + "-" + two_digits(d.day);
}

std::string to_iso(const TimeOfDay& t) {
    return two_digits(t.hour) + ":" + two_digits(t.minute);
}

std::string date_in_words(const Date& d) {
    const std::string month = d.month <= 2 ? two_digits(d.month) : to_text(d.month);
    return "ngày " + two_digits(d.day) + " tháng " + month + " năm " + to_text(d.year);
}

std::string time_in_words(const TimeOfDay& t) {
    return two_digits(t.hour) + " giờ " + two_digits(t.minute);
}

} // namespace thidua::text
