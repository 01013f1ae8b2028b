// Calendar dates and times of day: parsing the input's YYYY-MM-DD and HH:MM,
// and writing them the Vietnamese way ("ngày 05 tháng 01 năm 2020").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace thidua::text {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    friend auto operator<=>(const Date&, const Date&) = default;
};

struct TimeOfDay {
    int hour = 0;
    int minute = 0;
    friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Exactly YYYY-MM-DD and a real calendar date.
std::optional<Date> parse_date(std::string_view s);
// Exactly HH:MM, 00:00 to 23:59.
std::optional<TimeOfDay> parse_time(std::string_view s);

// "2023-11-24", "08:30".
std::string to_iso(const Date& d);
std::string to_iso(const TimeOfDay& t);

// Decree 30: leading zero for days 1-9 and months 1-2 only.
// "ngày 05 tháng 01 năm 2020", "ngày 29 tháng 6 năm 2019".
std::string date_in_words(const Date& d);
// "08 giờ 30", "14 giờ 00".
std::string time_in_words(const TimeOfDay& t);

} // namespace thidua::text
