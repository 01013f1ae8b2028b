// text/: numbers, dates, UTF-8 checks, NFC, white space, suggestions.
#include "text/calendar.hpp"
#include "text/number.hpp"
#include "text/suggest.hpp"
#include "text/utf8.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace thidua::text;

TEST_CASE("numbers are parsed in the input's strict form only") {
    CHECK(parse_decimal("3057365") == 3057365.0);
    CHECK(parse_decimal("47.5") == 47.5);
    CHECK(parse_decimal("-2.25") == -2.25);
    CHECK_FALSE(parse_decimal("47,5"));
    CHECK_FALSE(parse_decimal("3.057.365"));
    CHECK_FALSE(parse_decimal("1e3"));
    CHECK_FALSE(parse_decimal("+5"));
    CHECK_FALSE(parse_decimal(".5"));
    CHECK_FALSE(parse_decimal("5."));
    CHECK_FALSE(parse_decimal(""));
    CHECK_FALSE(parse_decimal(" 5"));
}

TEST_CASE("numbers are written the Vietnamese way, whatever the C locale") {
    CHECK(format_vi(3057365, 0) == "3.057.365");
    CHECK(format_vi(47.5, 1) == "47,5");
    CHECK(format_vi(12.5, 1) == "12,5");
    CHECK(format_vi(-1234.5, 2) == "-1.234,50");
    CHECK(format_vi(999, 0) == "999");
    CHECK(format_vi(1000, 0) == "1.000");
    CHECK(format_vi(-0.0001, 1) == "0,0");
    CHECK(format_vi_auto(109) == "109");
    CHECK(format_vi_auto(7002) == "7.002");
    CHECK(format_vi_auto(12.50) == "12,5");
    CHECK(format_vi_auto(2.0 / 3.0) == "0,67");
    CHECK(to_text(47.5) == "47.5");
    CHECK(to_text(0.1 + 0.2) == "0.30000000000000004");
    CHECK(to_text(-0.0) == "0");
    CHECK(to_text(1234567LL) == "1234567");
}

TEST_CASE("dates: strict parsing and Decree 30 wording") {
    CHECK(parse_date("2023-11-24") == Date{2023, 11, 24});
    CHECK(parse_date("2024-02-29") == Date{2024, 2, 29});
    CHECK_FALSE(parse_date("2023-02-29"));
    CHECK_FALSE(parse_date("2023-13-01"));
    CHECK_FALSE(parse_date("24/11/2023"));
    CHECK_FALSE(parse_date("2023-1-05"));
    CHECK(date_in_words({2020, 1, 5}) == "ngày 05 tháng 01 năm 2020");
    CHECK(date_in_words({2019, 6, 29}) == "ngày 29 tháng 6 năm 2019");
    CHECK(date_in_words({2023, 2, 10}) == "ngày 10 tháng 02 năm 2023");
    CHECK(date_in_words({2023, 11, 24}) == "ngày 24 tháng 11 năm 2023");
    CHECK(parse_time("08:30") == TimeOfDay{8, 30});
    CHECK_FALSE(parse_time("24:00"));
    CHECK_FALSE(parse_time("8:30"));
    CHECK_FALSE(parse_time("08h30"));
    CHECK(time_in_words({8, 30}) == "08 giờ 30");
    CHECK(time_in_words({14, 0}) == "14 giờ 00");
    CHECK(to_iso(Date{2017, 12, 7}) == "2017-12-07");
}

TEST_CASE("invalid UTF-8 is found with its line, column and byte offset") {
    const std::string ok = "ab\nBắc Kạn\n";
    CHECK_FALSE(find_invalid_utf8(ok));
    const std::string bad = "ab\nBắ\xC3(c\n";
    const auto e = find_invalid_utf8(bad);
    REQUIRE(e);
    CHECK(e->line == 2);
    CHECK(e->column == 3);
    CHECK(e->byte_offset == 7);
    CHECK(e->reason == "byte 0xC3 is not followed by a valid continuation byte");
    CHECK(find_invalid_utf8("\xFF")->reason == "byte 0xFF cannot start a character");
    CHECK(find_invalid_utf8("a\xE1\xBA")->reason ==
          "the file ends in the middle of a character (byte 0xE1)");
    CHECK(find_invalid_utf8("\xC0\xAF"));         // overlong '/'
    CHECK(find_invalid_utf8("\xED\xA0\x80"));     // surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80")); // above U+10FFFF
}

TEST_CASE("NFC composes decomposed Vietnamese, white space folds") {
    // "Bắc" written as B, a, U+0306 breve, U+0301 acute, c
    CHECK(to_nfc("Ba\xCC\x86\xCC\x81"
                 "c") == "Bắc");
    CHECK(to_nfc("plain ascii") == "plain ascii");
    CHECK(fold_whitespace("  Hội \n\t nghị  ") == "Hội nghị");
    CHECK(fold_whitespace("  a  b ", false) == " a b ");
    CHECK(strip_marks_lower("Đông Bắc") == "dong bac");
    CHECK(count_code_points("Bắc Kạn") == 7);
}

TEST_CASE("suggestions catch typos, including swapped letters") {
    const std::vector<std::string> names = {"title", "chair", "secretary", "guest"};
    CHECK(closest("titel", names) == "title");
    CHECK(closest("chiar", names) == "chair");
    CHECK(closest("secretry", names) == "secretary");
    CHECK_FALSE(closest("venue", names));
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("Bắc", "Bac") == 1);
}
