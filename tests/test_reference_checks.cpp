// Reference checks: unknown members, indicators, criteria and commitments;
// duplicate ids; a member given twice where once is the rule; the head.
#include "support.hpp"

#include <doctest/doctest.h>

using thidua::test::diagnose;
using thidua::test::with_body;
using Lines = std::vector<std::string>;

TEST_CASE("every member reference is checked, with a suggestion") {
    CHECK(diagnose(with_body("  <meeting host=\"bac-can\"><title>H</title>"
                             "<delegation member=\"lang-sn\" count=\"3\"/></meeting>\n")) ==
          Lines{"t.xml:9:18: error: unknown member 'bac-can'; did you mean 'bac-kan'?",
                "t.xml:9:63: error: unknown member 'lang-sn'; did you mean 'lang-son'?"});
    CHECK(diagnose(with_body("  <succession head=\"ha-giang\" deputy=\"cao-bang lang-son\"/>\n")) ==
          Lines{"t.xml:9:21: error: unknown member 'ha-giang'; the members are 'bac-kan', "
                "'lang-son', 'cao-bang'"});
    CHECK(diagnose(with_body("  <awards><award type=\"Cờ\" member=\"thai-nguyen\"/></awards>\n")) ==
          Lines{"t.xml:9:36: error: unknown member 'thai-nguyen'; the members are 'bac-kan', "
                "'lang-son', 'cao-bang'"});
    CHECK(diagnose(with_body("  <covenant><pledge member=\"cao-bng\"/></covenant>\n")) ==
          Lines{"t.xml:9:29: error: unknown member 'cao-bng'; did you mean 'cao-bang'?"});
}

TEST_CASE("an unknown member is one message, where it is first used, naming its other lines") {
    // lang-sn on lines 9, 10 and 11; ha-giang on 10; the first use of each
    // is reported, once.
    CHECK(diagnose(with_body("  <meeting host=\"lang-sn\"><title>H</title></meeting>\n"
                             "  <awards><award type=\"Cờ\" member=\"lang-sn\"/>"
                             "<award type=\"Bằng khen\" member=\"ha-giang\"/></awards>\n"
                             "  <covenant><pledge member=\"lang-sn\"/></covenant>\n")) ==
          Lines{"t.xml:9:18: error: unknown member 'lang-sn' (also used on lines 10 and 11); did "
                "you mean 'lang-son'?",
                "t.xml:10:78: error: unknown member 'ha-giang'; the members are 'bac-kan', "
                "'lang-son', 'cao-bang'"});
    // Past five other uses, the rest is counted.
    std::string many = "  <awards>\n"; // line 9; the awards on lines 10 to 17
    for (int k = 0; k < 8; ++k)
        many += "    <award type=\"Cờ\" member=\"x\"/>\n";
    const auto lines = diagnose(with_body(many + "  </awards>\n"));
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].starts_with("t.xml:10:30: error: unknown member 'x' (also used on lines 11, 12, "
                               "13, 14, 15 and 2 more places)"));
}

TEST_CASE("a member listed twice in the succession is an error") {
    CHECK(diagnose(with_body("  <succession head=\"lang-son lang-son\"/>\n")) ==
          Lines{"t.xml:9:21: error: 'lang-son' is listed twice in 'head'"});
}

TEST_CASE("unknown indicator, criterion and commitment ids on value elements") {
    CHECK(diagnose(with_body("  <statistics>\n    <indicator id=\"mo-hinh\" label=\"Mô hình\"/>\n"
                             "    <row member=\"bac-kan\" mo-hnh=\"32\"/>\n"
                             "    <total mohinh=\"109\" nam=\"1\"/>\n  </statistics>\n")) ==
          Lines{"t.xml:11:27: error: unknown indicator 'mo-hnh' on <row>; did you mean 'mo-hinh'?",
                "t.xml:12:12: error: unknown indicator 'mohinh' on <total>; did you mean "
                "'mo-hinh'?",
                "t.xml:12:25: error: unknown indicator 'nam' on <total>; the indicators are "
                "'mo-hinh'"});
    CHECK(diagnose(with_body("  <scoring><criterion id=\"tc1\" label=\"A\" max=\"5\"/>"
                             "<score member=\"bac-kan\" tc1=\"1\" tc2=\"3\"/></scoring>\n")) ==
          Lines{"t.xml:9:83: error: unknown criterion 'tc2' on <score>; did you mean 'tc1'?"});
    CHECK(diagnose(with_body("  <covenant><commitment id=\"htx-moi\" label=\"HTX mới\"/>"
                             "<pledge member=\"bac-kan\" htx=\"3\"/></covenant>\n")) ==
          Lines{"t.xml:9:80: error: unknown commitment 'htx' on <pledge>; the commitments are "
                "'htx-moi'"});
}

TEST_CASE("duplicate ids are errors naming the first one's line") {
    CHECK(diagnose("<cluster-year format=\"1\" year=\"2023\">\n  <cluster id=\"c\" name=\"C\"/>\n"
                   "  <members>\n    <member id=\"a\" name=\"A\" role=\"head\"/>\n"
                   "    <member id=\"a\" name=\"B\"/>\n  </members>\n</cluster-year>\n") ==
          Lines{"t.xml:5:17: error: duplicate member id 'a' (first defined on line 4)"});
    CHECK(diagnose(with_body("  <statistics>\n    <indicator id=\"x\" label=\"A\"/>\n"
                             "    <indicator id=\"x\" label=\"B\"/>\n  </statistics>\n")) ==
          Lines{"t.xml:11:20: error: duplicate indicator id 'x' (first defined on line 10)"});
    CHECK(diagnose(with_body("  <scoring>\n    <criterion id=\"x\" label=\"A\" max=\"1\"/>\n"
                             "    <criterion id=\"x\" label=\"B\" max=\"1\"/>\n  </scoring>\n")) ==
          Lines{"t.xml:11:20: error: duplicate criterion id 'x' (first defined on line 10)"});
    CHECK(
        diagnose(with_body("  <ballot id=\"b\" title=\"B\" voters=\"3\"><tally member=\"bac-kan\" "
                           "votes=\"2\"/></ballot>\n  <ballot id=\"b\" title=\"C\" voters=\"3\">"
                           "<tally member=\"bac-kan\" votes=\"2\"/></ballot>\n")) ==
        Lines{"t.xml:10:15: error: duplicate ballot id 'b' (first defined on line 9)"});
    CHECK(diagnose(with_body("  <covenant>\n    <commitment id=\"x\" label=\"A\"/>\n"
                             "    <commitment id=\"x\" label=\"B\"/>\n  </covenant>\n")) ==
          Lines{"t.xml:11:21: error: duplicate commitment id 'x' (first defined on line 10)"});
}

TEST_CASE("ids that would clash with the member and year attributes are refused") {
    CHECK(diagnose(
              with_body("  <statistics><indicator id=\"year\" label=\"Năm\"/></statistics>\n")) ==
          Lines{"t.xml:9:30: error: 'year' cannot be an indicator id: <row> already uses the "
                "attribute 'year'"});
}

TEST_CASE("a member appears once per statistics year, in scoring, per ballot, in pledges") {
    CHECK(diagnose(with_body("  <statistics>\n    <indicator id=\"x\" label=\"A\"/>\n"
                             "    <row member=\"bac-kan\" x=\"1\"/>\n"
                             "    <row member=\"bac-kan\" x=\"2\" year=\"2022\"/>\n"
                             "    <row member=\"bac-kan\" x=\"3\" year=\"2023\"/>\n"
                             "  </statistics>\n")) ==
          Lines{"t.xml:13:18: error: member 'bac-kan' already has a row for 2023 (line 11)"});
    CHECK(diagnose(with_body("  <scoring>\n    <criterion id=\"x\" label=\"A\" max=\"5\"/>\n"
                             "    <score member=\"cao-bang\" x=\"1\"/>\n"
                             "    <score member=\"cao-bang\" x=\"2\"/>\n  </scoring>\n")) ==
          Lines{"t.xml:12:20: error: member 'cao-bang' already has a score (line 11)"});
    CHECK(diagnose(with_body("  <ballot id=\"b\" title=\"B\" voters=\"3\">\n"
                             "    <tally member=\"lang-son\" votes=\"1\"/>\n"
                             "    <tally member=\"lang-son\" votes=\"2\"/>\n  </ballot>\n")) ==
          Lines{"t.xml:11:20: error: member 'lang-son' already has a tally in this ballot (line "
                "10)"});
    CHECK(diagnose(with_body("  <covenant>\n    <pledge member=\"bac-kan\"/>\n"
                             "    <pledge member=\"bac-kan\"/>\n  </covenant>\n")) ==
          Lines{"t.xml:11:21: error: member 'bac-kan' already has a pledge (line 10)"});
    CHECK(diagnose(with_body("  <meeting><title>H</title>\n"
                             "    <delegation member=\"bac-kan\" count=\"2\"/>\n"
                             "    <delegation member=\"bac-kan\" count=\"3\"/>\n  </meeting>\n")) ==
          Lines{"t.xml:11:25: error: member 'bac-kan' already has a delegation (line 10)"});
}

TEST_CASE("rows of other years are kept with a warning") {
    CHECK(diagnose(with_body("  <statistics>\n    <indicator id=\"x\" label=\"A\"/>\n"
                             "    <row member=\"bac-kan\" x=\"1\" year=\"2019\"/>\n"
                             "    <row member=\"bac-kan\" x=\"1\"/>\n"
                             "    <row member=\"lang-son\" x=\"1\"/>\n"
                             "    <row member=\"cao-bang\" x=\"1\"/>\n"
                             "  </statistics>\n")) ==
          Lines{"t.xml:11:39: warning: row for 2019 is neither this year (2023) nor the previous "
                "one; it is not used"});
}

TEST_CASE("a cluster needs a head") {
    CHECK(diagnose("<cluster-year format=\"1\" year=\"2023\">\n  <cluster id=\"c\" name=\"C\"/>\n"
                   "  <members>\n    <member id=\"a\" name=\"A\" role=\"deputy\"/>\n  </members>\n"
                   "</cluster-year>\n") ==
          Lines{"t.xml:3:3: error: no member has role=\"head\"; mark the cluster head with "
                "role=\"head\""});
    CHECK(diagnose("<cluster-year format=\"1\" year=\"2023\">\n  <cluster id=\"c\" name=\"C\"/>\n"
                   "  <members/>\n</cluster-year>\n") ==
          Lines{"t.xml:3:3: error: <members> needs at least one <member>"});
}

TEST_CASE("a reported total that differs from the rows is a warning, not an error") {
    const auto r = thidua::load::load_text(
        with_body(
            "  <statistics>\n    <indicator id=\"x\" label=\"A\"/>\n"
            "    <row member=\"bac-kan\" x=\"32\"/>\n    <row member=\"cao-bang\" x=\"70\"/>\n"
            "    <total x=\"109\"/>\n    <row member=\"lang-son\" x=\"0\"/>\n  </statistics>\n"),
        "t.xml");
    CHECK(r.model.has_value());
    CHECK(r.diagnostics.format() == "t.xml:13:15: warning: reported total 109 for 'x' differs "
                                    "from the sum of the rows, 102 (difference 7)\n");
}

TEST_CASE("criterion and commitment ids may not be 'member'") {
    CHECK(diagnose(with_body(
              "  <scoring><criterion id=\"member\" label=\"A\" max=\"5\"/></scoring>\n")) ==
          Lines{"t.xml:9:27: error: 'member' cannot be a criterion id: <score> already uses the "
                "attribute 'member'"});
    CHECK(diagnose(with_body("  <covenant><commitment id=\"member\" label=\"A\"/></covenant>\n")) ==
          Lines{"t.xml:9:29: error: 'member' cannot be a commitment id: <pledge> already uses the "
                "attribute 'member'"});
}

TEST_CASE("a member without figures is a warning at its <member>") {
    // Line 9 <statistics>, 10 indicator, 11.. rows. Lạng Sơn (line 6) has no
    // row this year; Cao Bằng (line 7) none last year while others have.
    CHECK(diagnose(with_body("  <statistics>\n    <indicator id=\"x\" label=\"A\"/>\n"
                             "    <row member=\"bac-kan\" x=\"1\"/>\n"
                             "    <row member=\"cao-bang\" x=\"2\"/>\n"
                             "    <row member=\"bac-kan\" year=\"2022\" x=\"1\"/>\n"
                             "    <row member=\"lang-son\" year=\"2022\" x=\"1\"/>\n"
                             "  </statistics>\n")) ==
          Lines{"t.xml:6:5: warning: member 'lang-son' has no figures for 2023; the cluster's "
                "figures leave it out and compare the other members only; add <row "
                "member=\"lang-son\" .../> if it reported",
                "t.xml:7:5: warning: member 'cao-bang' has no figures for 2022; the change "
                "against 2022 compares the other members only; add <row member=\"cao-bang\" "
                "year=\"2022\" .../> if it reported"});
}

TEST_CASE("a mean that reads like a ratio is a warning suggesting a ratio") {
    const Lines got = diagnose(with_body(
        "  <statistics>\n"
        "    <indicator id=\"dt\" label=\"Doanh thu bình quân một HTX\" type=\"amount\" "
        "aggregate=\"mean\"/>\n"
        "    <row member=\"bac-kan\" dt=\"1\"/>\n    <row member=\"lang-son\" dt=\"1\"/>\n"
        "    <row member=\"cao-bang\" dt=\"1\"/>\n  </statistics>\n"));
    REQUIRE(got.size() == 1);
    INFO(got[0]);
    CHECK(got[0].starts_with("t.xml:10:85: warning: aggregate=\"mean\" takes the unweighted "
                             "mean of the members' figures; 'Doanh thu bình quân một HTX' reads "
                             "like a ratio"));
    CHECK(got[0].find("aggregate=\"ratio\" numerator=") != std::string::npos);
    // A plain mean without such words is not questioned.
    CHECK(diagnose(with_body("  <statistics>\n"
                             "    <indicator id=\"dt\" label=\"Điểm\" type=\"amount\" "
                             "aggregate=\"mean\"/>\n"
                             "    <row member=\"bac-kan\" dt=\"1\"/>\n"
                             "    <row member=\"lang-son\" dt=\"1\"/>\n"
                             "    <row member=\"cao-bang\" dt=\"1\"/>\n  </statistics>\n"))
              .empty());
}

TEST_CASE("a ratio names two other indicators that add up") {
    auto ratio = [](const std::string& attrs, const std::string& type = "amount") {
        return diagnose(with_body("  <statistics>\n"
                                  "    <indicator id=\"n\" label=\"N\"/>\n"
                                  "    <indicator id=\"q\" label=\"Q\" type=\"" +
                                  type + "\" " + attrs + "/>\n  </statistics>\n"));
    };
    CHECK(ratio("aggregate=\"ratio\"") ==
          Lines{"t.xml:11:5: error: indicator 'q' is a ratio: name its parts, e.g. "
                "numerator=\"doanh-thu\" denominator=\"so-htx\" (two indicator ids)"});
    CHECK(ratio("numerator=\"n\" denominator=\"m\"") ==
          Lines{"t.xml:11:74: error: unknown indicator 'm' in 'denominator'; name an indicator "
                "of this file"});
    CHECK(ratio("numerator=\"q\" denominator=\"n\"") ==
          Lines{"t.xml:11:58: error: indicator 'q' cannot be a part of itself"});
    CHECK(ratio("aggregate=\"sum\" numerator=\"n\" denominator=\"n\"") ==
          Lines{"t.xml:11:74: error: 'numerator' belongs to a ratio; write aggregate=\"ratio\" "
                "or remove 'numerator'",
                "t.xml:11:90: error: 'denominator' belongs to a ratio; write "
                "aggregate=\"ratio\" or remove 'denominator'"});
    CHECK(ratio("numerator=\"n\" denominator=\"n\"", "count") ==
          Lines{"t.xml:11:57: error: a ratio is not a whole number; write type=\"amount\" (e.g. "
                "revenue per cooperative) or type=\"percent\" (a part of a whole, times 100)"});
    CHECK(ratio("decimals=\"9\"") ==
          Lines{"t.xml:11:57: error: at most 6 decimals; write e.g. decimals=\"1\""});
}
