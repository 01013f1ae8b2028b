// Value checks: ids, numbers, dates, times, choices and the numeric limits
// (score <= max, votes <= voters, grade order, ...).
#include "support.hpp"

#include <doctest/doctest.h>

using thidua::test::diagnose;
using thidua::test::with_body;
using Lines = std::vector<std::string>;

namespace {

// A statistics block with one count and one amount indicator; `row` on line 12.
std::string stats_with_row(const std::string& row) {
    return with_body("  <statistics>\n"
                     "    <indicator id=\"htx\" label=\"Số HTX\"/>\n"
                     "    <indicator id=\"von\" label=\"Vốn\" type=\"amount\"/>\n" +
                     row + "\n  </statistics>\n");
}

} // namespace

TEST_CASE("ids: lower-case letters, digits and '-', at most 40, with a suggestion") {
    CHECK(diagnose(with_body("  <ballot id=\"Bầu Cụm trưởng\" title=\"B\" voters=\"3\">"
                             "<tally member=\"bac-kan\" votes=\"3\"/></ballot>\n")) ==
          Lines{"t.xml:9:15: error: 'Bầu Cụm trưởng' is not a valid id; use lower-case letters "
                "a-z, digits and '-' (at most 40), e.g. 'bau-cum-truong'"});
    const std::string long_id(41, 'a');
    CHECK(diagnose(with_body("  <ballot id=\"" + long_id +
                             "\" title=\"B\" voters=\"3\">"
                             "<tally member=\"bac-kan\" votes=\"3\"/></ballot>\n")) ==
          Lines{"t.xml:9:15: error: '" + long_id +
                "' is not a valid id; use lower-case letters a-z, digits and '-' (at most 40), "
                "e.g. '" +
                std::string(40, 'a') + "'"});
    CHECK(diagnose(with_body("  <ballot id=\"-b\" title=\"B\" voters=\"3\">"
                             "<tally member=\"bac-kan\" votes=\"3\"/></ballot>\n"))
              .size() == 1);
}

TEST_CASE("whole-number indicators: '7.002' gets the no-separators message") {
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" htx=\"7.002\"/>")) ==
          Lines{"t.xml:12:32: error: '7.002' is not a whole number; write 7002 (no thousands "
                "separators)"});
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" htx=\"3.057.365\"/>")) ==
          Lines{"t.xml:12:32: error: '3.057.365' is not a number; write 3057365 (no thousands "
                "separators)"});
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" htx=\"3,057,365\"/>")) ==
          Lines{"t.xml:12:32: error: '3,057,365' is not a number; write 3057365 (no thousands "
                "separators)"});
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" htx=\"3.5\"/>")) ==
          Lines{"t.xml:12:32: error: '3.5' is not a whole number; this value counts whole units"});
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" htx=\"-3\"/>")) ==
          Lines{"t.xml:12:32: error: '-3' is negative; this value cannot be below 0"});
}

TEST_CASE("decimals use a dot, other text is not a number") {
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" von=\"47,5\"/>")) ==
          Lines{"t.xml:12:32: error: '47,5' is not a number; use a dot for decimals: 47.5"});
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" von=\"nhiều\"/>")) ==
          Lines{"t.xml:12:32: error: 'nhiều' is not a number; write digits with a dot for "
                "decimals, e.g. 109 or 47.5"});
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" von=\"\"/>")) ==
          Lines{"t.xml:12:32: error: the number is missing; write digits, e.g. 109"});
    // (every member has a row: a member without figures is a warning)
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" von=\"-47.5\"/>\n"
                                  "    <row member=\"lang-son\" htx=\"1\"/>\n"
                                  "    <row member=\"cao-bang\" htx=\"2\"/>"))
              .empty());
}

TEST_CASE("dates, times, and the end after the start") {
    CHECK(diagnose(with_body("  <meeting date=\"24/11/2023\" start=\"8h30\" end=\"11:30\">"
                             "<title>H</title></meeting>\n")) ==
          Lines{"t.xml:9:18: error: '24/11/2023' is not a date; write YYYY-MM-DD, e.g. 2023-11-24",
                "t.xml:9:37: error: '8h30' is not a time; write 08:30 (HH:MM, two digits each)"});
    CHECK(diagnose(
              with_body("  <meeting start=\"11:30\" end=\"08:00\"><title>H</title></meeting>\n")) ==
          Lines{"t.xml:9:31: error: end time 08:00 is not after start time 11:30"});
    CHECK(diagnose(
              with_body("  <meeting start=\"08:00\" end=\"08:00\"><title>H</title></meeting>\n")) ==
          Lines{"t.xml:9:31: error: end time 08:00 is not after start time 08:00"});
    CHECK(
        diagnose(with_body("  <covenant date=\"2023-02-29\"/>\n")) ==
        Lines{"t.xml:9:19: error: '2023-02-29' is not a date; write YYYY-MM-DD, e.g. 2023-11-24"});
}

TEST_CASE("choices: role, type, aggregate, kind, status") {
    CHECK(diagnose(with_body("  <statistics><indicator id=\"a\" label=\"A\" type=\"percentage\" "
                             "aggregate=\"average\"/></statistics>\n")) ==
          Lines{"t.xml:9:49: error: 'percentage' is not a valid type; write count, amount or "
                "percent (did you mean 'percent'?)",
                "t.xml:9:72: error: 'average' is not a valid aggregate; write sum, mean, none or "
                "ratio"});
    CHECK(
        diagnose(with_body("  <scoring><criterion id=\"c\" label=\"C\" max=\"10\" kind=\"bonnus\"/>"
                           "</scoring>\n")) ==
        Lines{"t.xml:9:55: error: 'bonnus' is not a valid kind; write base, bonus or penalty "
              "(did you mean 'bonus'?)"});
    CHECK(diagnose(with_body("  <awards><award type=\"Cờ\" member=\"bac-kan\" status=\"done\"/>"
                             "</awards>\n")) ==
          Lines{"t.xml:9:53: error: 'done' is not a valid status; write proposed or granted"});
}

TEST_CASE("scores stay between 0 and the criterion's max, max is more than 0") {
    const std::string head = "  <scoring>\n    <criterion id=\"tc1\" label=\"A\" max=\"10\"/>\n";
    CHECK(
        diagnose(with_body(head + "    <score member=\"bac-kan\" tc1=\"12\"/>\n  </scoring>\n")) ==
        Lines{"t.xml:11:34: error: score 12 for 'tc1' exceeds its maximum of 10"});
    CHECK(
        diagnose(with_body(head + "    <score member=\"bac-kan\" tc1=\"-1\"/>\n  </scoring>\n")) ==
        Lines{"t.xml:11:34: error: '-1' is negative; this value cannot be below 0"});
    CHECK(
        diagnose(with_body("  <scoring><criterion id=\"c\" label=\"C\" max=\"0\"/></scoring>\n")) ==
        Lines{"t.xml:9:45: error: max must be more than 0"});
}

TEST_CASE("a score missing a criterion is a warning and counts as 0") {
    const auto lines =
        diagnose(with_body("  <scoring>\n    <criterion id=\"a\" label=\"A\" max=\"10\"/>\n"
                           "    <criterion id=\"b\" label=\"B\" max=\"10\"/>\n"
                           "    <score member=\"bac-kan\" a=\"5\"/>\n  </scoring>\n"));
    CHECK(lines == Lines{"t.xml:12:5: warning: no score for 'b'; counted as 0"});
}

TEST_CASE("votes may not exceed voters, voters and min-percent are checked") {
    CHECK(diagnose(with_body("  <ballot id=\"b\" title=\"B\" voters=\"11\">\n"
                             "    <tally member=\"bac-kan\" votes=\"12\"/>\n  </ballot>\n")) ==
          Lines{"t.xml:10:36: error: votes 12 exceed the 11 voters"});
    CHECK(diagnose(with_body("  <ballot id=\"b\" title=\"B\" voters=\"0\" min-percent=\"120\">\n"
                             "    <tally member=\"bac-kan\" votes=\"0\"/>\n  </ballot>\n")) ==
          Lines{"t.xml:9:36: error: '0' must be more than 0",
                "t.xml:9:52: error: min-percent 120 is outside 0 to 100"});
}

TEST_CASE("grade bands go highest first") {
    CHECK(diagnose(with_body("  <scoring>\n    <criterion id=\"a\" label=\"A\" max=\"100\"/>\n"
                             "    <grade min=\"70\" label=\"Khá\"/>\n"
                             "    <grade min=\"90\" label=\"Xuất sắc\"/>\n  </scoring>\n")) ==
          Lines{"t.xml:12:17: error: grade bands go highest first: min 90 must be below the band "
                "before it (min 70)"});
}

TEST_CASE("delegation counts are whole numbers above 0") {
    CHECK(
        diagnose(with_body("  <meeting><title>H</title><delegation member=\"bac-kan\" count=\"0\"/>"
                           "</meeting>\n")) == Lines{"t.xml:9:64: error: '0' must be more than 0"});
}

TEST_CASE("numbers as Vietnamese staff write them get the form to write instead") {
    // Dots between thousands and a decimal comma, the Vietnamese way.
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" von=\"3.250,5\"/>")) ==
          Lines{"t.xml:12:32: error: '3.250,5' is not a number; write 3250.5 (a dot for decimals, "
                "no thousands separators)"});
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" von=\"1.234.567,89\"/>")) ==
          Lines{"t.xml:12:32: error: '1.234.567,89' is not a number; write 1234567.89 (a dot for "
                "decimals, no thousands separators)"});
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" von=\"3 250,5\"/>")) ==
          Lines{"t.xml:12:32: error: '3 250,5' is not a number; write 3250.5 (a dot for decimals, "
                "no thousands separators)"});
    // Commas between thousands and a decimal dot.
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" von=\"3,250.5\"/>")) ==
          Lines{"t.xml:12:32: error: '3,250.5' is not a number; write 3250.5 (no thousands "
                "separators)"});
    // A percent sign: the unit belongs to the indicator.
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" von=\"65%\"/>")) ==
          Lines{"t.xml:12:32: error: '65%' is not a number; write 65 without '%' (the unit is "
                "given where the indicator is defined)"});
}

TEST_CASE("times without a leading zero or with 'h' get the HH:MM to write") {
    const auto start = [](const std::string& time) {
        return diagnose(
            with_body("  <meeting start=\"" + time + "\"><title>H</title></meeting>\n"));
    };
    CHECK(start("8:00") ==
          Lines{"t.xml:9:19: error: '8:00' is not a time; write 08:00 (HH:MM, two digits each)"});
    CHECK(start("08h30") ==
          Lines{"t.xml:9:19: error: '08h30' is not a time; write 08:30 (HH:MM, two digits each)"});
    CHECK(start("14h") ==
          Lines{"t.xml:9:19: error: '14h' is not a time; write 14:00 (HH:MM, two digits each)"});
    CHECK(start("25:00") ==
          Lines{"t.xml:9:19: error: '25:00' is not a time; write HH:MM, e.g. 08:30"});
    CHECK(start("sáng") ==
          Lines{"t.xml:9:19: error: 'sáng' is not a time; write HH:MM, e.g. 08:30"});
}

TEST_CASE("ids separated by commas get the list written with spaces") {
    CHECK(diagnose(with_body("  <succession year=\"2024\" head=\"lang-son, cao-bang\"/>\n")) ==
          Lines{"t.xml:9:33: error: member ids are separated by spaces, not commas or semicolons; "
                "write 'lang-son cao-bang'"});
    CHECK(diagnose(with_body(
              "  <succession year=\"2024\" head=\"lang-son\" deputy=\"cao-bang;bac-kan\"/>\n")) ==
          Lines{"t.xml:9:51: error: member ids are separated by spaces, not commas or semicolons; "
                "write 'cao-bang bac-kan'"});
}

TEST_CASE("a row's wrong year is its only error, not also a second row of the year") {
    CHECK(diagnose(stats_with_row("    <row member=\"bac-kan\" htx=\"1\"/>\n"
                                  "    <row member=\"bac-kan\" year=\"23\" htx=\"2\"/>\n"
                                  "    <row member=\"lang-son\" htx=\"1\"/>\n"
                                  "    <row member=\"cao-bang\" htx=\"1\"/>")) ==
          Lines{"t.xml:13:33: error: '23' is not a year; write four digits, e.g. 2023"});
}
