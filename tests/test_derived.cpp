// The derived figures: totals by aggregate, growth, differences, score
// totals, ranks with shared places, grades, vote percentages, hand-over.
#include "support.hpp"

#include <doctest/doctest.h>

using thidua::test::with_body;
using namespace thidua;

namespace {

model::ClusterYear load_ok(const std::string& body) {
    return test::load_valid(with_body(body));
}

} // namespace

TEST_CASE("indicator totals follow the aggregate, growth compares with last year") {
    const auto cy = load_ok("  <statistics>\n"
                            "    <indicator id=\"htx\" label=\"HTX\"/>\n"
                            "    <indicator id=\"dt\" label=\"Doanh thu\" type=\"amount\" "
                            "aggregate=\"mean\"/>\n"
                            "    <indicator id=\"tl\" label=\"Tỷ lệ\" type=\"percent\"/>\n"
                            "    <row member=\"bac-kan\" htx=\"120\" dt=\"2.5\" tl=\"60\"/>\n"
                            "    <row member=\"lang-son\" htx=\"80\" dt=\"3.5\"/>\n"
                            "    <row member=\"bac-kan\" year=\"2022\" htx=\"100\" dt=\"2\"/>\n"
                            "    <row member=\"lang-son\" year=\"2022\" htx=\"100\"/>\n"
                            "    <total htx=\"200\"/>\n"
                            "  </statistics>\n");
    const model::Statistics& st = *cy.statistics;
    CHECK(st.indicators[2].aggregate == model::Aggregate::none); // percent's default
    CHECK(st.figures[0].total == 200.0);
    CHECK(st.figures[0].previous_total == 200.0);
    CHECK(st.figures[0].growth_percent == 0.0);
    CHECK(st.figures[0].reported_total == 200.0);
    CHECK(st.figures[0].difference == 0.0);
    CHECK(st.figures[0].reported_count == 2);
    CHECK(st.figures[0].compared_count == 2);
    CHECK(st.figures[0].member_count == 2); // cao-bang has the figure in neither year
    CHECK_FALSE(st.figures[0].partial_comparison());
    CHECK(st.figures[1].total == 3.0); // mean of 2.5 and 3.5, this year
    // Like for like: only bac-kan has dt in both years: 2.5 against 2.
    CHECK(st.figures[1].previous_total == 2.0);
    CHECK(st.figures[1].compared_total == 2.5);
    CHECK(st.figures[1].growth_percent == 25.0);
    CHECK(st.figures[1].compared_count == 1);
    CHECK(st.figures[1].member_count == 2);
    CHECK(st.figures[1].partial_comparison());
    CHECK_FALSE(st.figures[2].total.has_value()); // aggregate none
    CHECK_FALSE(st.figures[2].change_points.has_value());
    CHECK(st.has_previous_year);
    // members in file order: bac-kan, lang-son, cao-bang
    CHECK(st.member_table[0][0].value == 120.0);
    CHECK(st.member_table[0][0].previous == 100.0);
    CHECK(st.member_table[0][0].growth_percent == 20.0);
    CHECK(st.member_table[1][0].growth_percent == -20.0);
    CHECK_FALSE(st.member_table[1][2].value.has_value()); // not reported is not 0
    CHECK_FALSE(st.member_table[2][0].value.has_value()); // cao-bang has no row
}

TEST_CASE("the change against last year compares the members that reported both years") {
    // Cao Bằng reported 40 last year and nothing this year. Counting it
    // last year only would show 170 against 190, a fall of 10.5% that did
    // not happen; like for like it is 170 against 150: (170 - 150) / 150
    // = +13.33%.
    const auto cy = load_ok("  <statistics>\n"
                            "    <indicator id=\"tv\" label=\"Thành viên\"/>\n"
                            "    <row member=\"bac-kan\" tv=\"110\"/>\n"
                            "    <row member=\"lang-son\" tv=\"60\"/>\n"
                            "    <row member=\"bac-kan\" year=\"2022\" tv=\"100\"/>\n"
                            "    <row member=\"lang-son\" year=\"2022\" tv=\"50\"/>\n"
                            "    <row member=\"cao-bang\" year=\"2022\" tv=\"40\"/>\n"
                            "  </statistics>\n");
    const model::IndicatorFigures& f = cy.statistics->figures[0];
    CHECK(f.total == 170.0);
    CHECK(f.previous_total == 150.0);
    CHECK(f.compared_total == 170.0);
    CHECK(f.growth_percent == doctest::Approx(20.0 / 150.0 * 100.0).epsilon(1e-12));
    CHECK(f.compared_count == 2);
    CHECK(f.member_count == 3);
    CHECK(f.partial_comparison());
}

TEST_CASE("a ratio indicator's cluster figure is the ratio of the totals") {
    // Revenue per cooperative: Bắc Kạn 300,000 over 100 cooperatives (3,000
    // each), Lạng Sơn 20,000 over 20 (1,000 each). The cluster's figure is
    // 320,000 / 120 = 2,666.67, not the mean of 3,000 and 1,000 (2,000).
    // The share of good cooperatives: (60 + 5) / (100 + 20) x 100 = 54.17%
    // this year, (50 + 4) / (90 + 20) x 100 = 49.09% last year: a change of
    // 5.08 percentage points.
    const auto cy =
        load_ok("  <statistics>\n"
                "    <indicator id=\"so-htx\" label=\"Số HTX\"/>\n"
                "    <indicator id=\"dt\" label=\"Doanh thu\" type=\"amount\"/>\n"
                "    <indicator id=\"kha\" label=\"HTX khá\"/>\n"
                "    <indicator id=\"dt-bq\" label=\"Doanh thu bình quân một HTX\" type=\"amount\" "
                "numerator=\"dt\" denominator=\"so-htx\"/>\n"
                "    <indicator id=\"tl\" label=\"Tỷ lệ HTX khá\" unit=\"%\" aggregate=\"ratio\" "
                "numerator=\"kha\" denominator=\"so-htx\"/>\n"
                "    <row member=\"bac-kan\" so-htx=\"100\" dt=\"300000\" kha=\"60\"/>\n"
                "    <row member=\"lang-son\" so-htx=\"20\" dt=\"20000\" kha=\"5\"/>\n"
                "    <row member=\"cao-bang\" dt-bq=\"900\"/>\n"
                "    <row member=\"bac-kan\" year=\"2022\" so-htx=\"90\" kha=\"50\"/>\n"
                "    <row member=\"lang-son\" year=\"2022\" so-htx=\"20\" kha=\"4\"/>\n"
                "  </statistics>\n");
    const model::Statistics& st = *cy.statistics;
    CHECK(st.indicators[3].aggregate == model::Aggregate::ratio);  // implied by its parts
    CHECK(st.indicators[4].type == model::IndicatorType::percent); // unit "%"
    CHECK(st.indicators[3].precision == 1);
    CHECK(st.figures[3].total == doctest::Approx(320000.0 / 120.0).epsilon(1e-12));
    CHECK(st.figures[3].reported_count == 2);     // Cao Bằng gives the ratio, not its parts
    CHECK(st.member_table[0][3].value == 3000.0); // computed from its parts
    CHECK(st.member_table[1][3].value == 1000.0);
    CHECK(st.member_table[2][3].value == 900.0); // given as is
    CHECK(st.figures[4].total == doctest::Approx(65.0 / 120.0 * 100.0).epsilon(1e-12));
    CHECK(st.figures[4].previous_total == doctest::Approx(54.0 / 110.0 * 100.0).epsilon(1e-12));
    CHECK(*st.figures[4].change_points ==
          doctest::Approx(65.0 / 120.0 * 100.0 - 54.0 / 110.0 * 100.0).epsilon(1e-12));
    CHECK_FALSE(st.figures[4].growth_percent.has_value()); // points, not a relative change
    CHECK(st.member_table[0][4].change_points == doctest::Approx(60.0 - 50.0 / 90.0 * 100.0));
}

TEST_CASE("each indicator has one precision: written, or from its values") {
    const auto cy = load_ok(
        "  <statistics>\n"
        "    <indicator id=\"a\" label=\"A\" type=\"amount\"/>\n"
        "    <indicator id=\"b\" label=\"B\" type=\"amount\"/>\n"
        "    <indicator id=\"c\" label=\"C\"/>\n"
        "    <indicator id=\"d\" label=\"D\" type=\"amount\" decimals=\"3\"/>\n"
        "    <indicator id=\"e\" label=\"E\" aggregate=\"mean\"/>\n"
        "    <indicator id=\"f\" label=\"F\" type=\"amount\"/>\n"
        "    <row member=\"bac-kan\" a=\"12.5\" b=\"3\" c=\"4\" d=\"1\" e=\"3\" f=\"0.12345\"/>\n"
        "    <row member=\"lang-son\" a=\"3\" b=\"7.25\" c=\"5\" d=\"2\" e=\"4\" f=\"1\"/>\n"
        "    <row member=\"cao-bang\" a=\"1\" b=\"1\" c=\"1\" d=\"1\" e=\"4\" f=\"1\"/>\n"
        "  </statistics>\n");
    const auto& ind = cy.statistics->indicators;
    CHECK(ind[0].precision == 1); // 12.5
    CHECK(ind[1].precision == 2); // 7.25
    CHECK(ind[2].precision == 0); // counts
    CHECK(ind[3].precision == 3); // as written
    CHECK(ind[4].precision == 1); // a mean of whole numbers, 11 / 3 = 3.7
    CHECK(ind[5].precision == 2); // 0.12345: at most two unless written
}

TEST_CASE("a growth over a base that rounds to 0 is no figure") {
    // Last year 0.004, shown with two decimals as 0,00: no growth (never
    // +124,900%), and the cluster's figures say why.
    const auto cy = load_ok("  <statistics>\n"
                            "    <indicator id=\"v\" label=\"Vốn\" type=\"amount\"/>\n"
                            "    <row member=\"bac-kan\" v=\"5\"/>\n"
                            "    <row member=\"lang-son\" v=\"1.25\"/>\n"
                            "    <row member=\"cao-bang\" v=\"1\"/>\n"
                            "    <row member=\"bac-kan\" year=\"2022\" v=\"0.004\"/>\n"
                            "  </statistics>\n");
    const model::Statistics& st = *cy.statistics;
    CHECK(st.indicators[0].precision == 2);
    CHECK_FALSE(st.figures[0].growth_percent.has_value());
    CHECK(st.figures[0].base_is_zero);
    CHECK_FALSE(st.member_table[0][0].growth_percent.has_value());
}

TEST_CASE("covenant totals follow the commitment's aggregate and never add percentages") {
    const auto cy =
        load_ok("  <covenant>\n"
                "    <commitment id=\"htx\" label=\"HTX mới\" type=\"count\"/>\n"
                "    <commitment id=\"tl\" label=\"Tỷ lệ HTX khá, giỏi\" unit=\"%\"/>\n"
                "    <commitment id=\"dt\" label=\"Doanh thu bình quân\" unit=\"triệu đồng\" "
                "aggregate=\"mean\"/>\n"
                "    <pledge member=\"bac-kan\" htx=\"20\" tl=\"62.5\" dt=\"1200\"/>\n"
                "    <pledge member=\"lang-son\" htx=\"15\" tl=\"55\" dt=\"950.5\"/>\n"
                "  </covenant>\n");
    const model::Covenant& cv = *cy.covenant;
    CHECK(cv.commitments[1].type == model::IndicatorType::percent);
    CHECK(cv.totals[0] == 35.0);
    CHECK_FALSE(cv.totals[1].has_value()); // 62.5 + 55 means nothing
    CHECK(cv.totals[2] == (1200 + 950.5) / 2);
    CHECK(cv.commitments[2].precision == 1);
}

TEST_CASE("score totals, ranks with shared places, grades") {
    const auto cy =
        load_ok("  <scoring>\n"
                "    <criterion id=\"a\" label=\"A\" max=\"60\"/>\n"
                "    <criterion id=\"b\" label=\"B\" max=\"40\"/>\n"
                "    <criterion id=\"t\" label=\"Thưởng\" max=\"5\" kind=\"bonus\"/>\n"
                "    <criterion id=\"p\" label=\"Trừ\" max=\"5\" kind=\"penalty\"/>\n"
                "    <score member=\"bac-kan\" a=\"55.5\" b=\"30\" t=\"2\" p=\"0\"/>\n"
                "    <score member=\"lang-son\" a=\"50\" b=\"38.1\" t=\"0\" p=\"0.6\"/>\n"
                "    <score member=\"cao-bang\" a=\"50.2\" b=\"37.3\" t=\"0\" p=\"0\"/>\n"
                "    <grade min=\"87.5\" label=\"Xuất sắc\"/>\n"
                "    <grade min=\"80\" label=\"Tốt\"/>\n"
                "  </scoring>\n");
    const auto& s = cy.scoring->scores;
    CHECK(s[0].total == 87.5);
    CHECK(s[1].total == 87.5); // 50 + 38.1 - 0.6, despite binary fractions
    CHECK(s[2].total == 87.5);
    CHECK(s[0].rank == 1);
    CHECK(s[1].rank == 1);
    CHECK(s[2].rank == 1);
    CHECK(s[0].grade == "Xuất sắc");
}

TEST_CASE("ranks skip after a tie: 1, 2, 2, 4, below every band means no grade") {
    const auto cy = load_ok("  <scoring>\n"
                            "    <criterion id=\"a\" label=\"A\" max=\"100\"/>\n"
                            "    <score member=\"bac-kan\" a=\"90\"/>\n"
                            "    <score member=\"lang-son\" a=\"80\"/>\n"
                            "    <score member=\"cao-bang\" a=\"80\"/>\n"
                            "    <grade min=\"85\" label=\"Tốt\"/>\n"
                            "    <grade min=\"80\" label=\"Khá\"/>\n"
                            "  </scoring>\n");
    const auto& s = cy.scoring->scores;
    CHECK(s[0].rank == 1);
    CHECK(s[1].rank == 2);
    CHECK(s[2].rank == 2);
    CHECK(s[0].grade == "Tốt");
    CHECK(s[1].grade == "Khá");

    const auto four = load::load_text(
        "<cluster-year format=\"1\" year=\"2023\"><cluster id=\"c\" name=\"C\"/><members>"
        "<member id=\"a\" name=\"A\" role=\"head\"/><member id=\"b\" name=\"B\"/>"
        "<member id=\"c\" name=\"C\"/><member id=\"d\" name=\"D\"/></members>"
        "<scoring><criterion id=\"x\" label=\"X\" max=\"100\"/>"
        "<score member=\"a\" x=\"40\"/><score member=\"b\" x=\"70\"/>"
        "<score member=\"c\" x=\"70\"/><score member=\"d\" x=\"99\"/>"
        "<grade min=\"50\" label=\"Đạt\"/></scoring></cluster-year>",
        "four.xml");
    REQUIRE(four.model);
    const auto& f = four.model->scoring->scores;
    CHECK(f[3].rank == 1);
    CHECK(f[1].rank == 2);
    CHECK(f[2].rank == 2);
    CHECK(f[0].rank == 4);
    CHECK_FALSE(f[0].grade.has_value());
}

TEST_CASE("vote percentages, passing means strictly more than min-percent") {
    const auto cy = load_ok("  <ballot id=\"b\" title=\"B\" voters=\"6\">\n"
                            "    <tally member=\"bac-kan\" votes=\"4\"/>\n"
                            "    <tally member=\"lang-son\" votes=\"3\"/>\n"
                            "  </ballot>\n"
                            "  <ballot id=\"c\" title=\"C\" voters=\"3\" min-percent=\"66\">\n"
                            "    <tally member=\"cao-bang\" votes=\"2\"/>\n"
                            "  </ballot>\n");
    const auto& b = cy.ballots[0];
    CHECK(b.min_percent == 50.0);
    CHECK(b.tallies[0].percent == doctest::Approx(66.666667));
    CHECK(b.tallies[0].passed);
    CHECK(b.tallies[1].percent == 50.0);
    CHECK_FALSE(b.tallies[1].passed);       // exactly 50% is not "more than 50%"
    CHECK(cy.ballots[1].tallies[0].passed); // 66.67 > 66
}

TEST_CASE("defaults: covenant and succession year, authority, role, the flag hand-over") {
    const auto cy = load_ok("  <covenant>\n    <commitment id=\"htx\" label=\"HTX\"/>\n"
                            "    <commitment id=\"tv\" label=\"TV\"/>\n"
                            "    <pledge member=\"bac-kan\" htx=\"3\"/>\n"
                            "    <pledge member=\"lang-son\" htx=\"4.5\"/>\n  </covenant>\n"
                            "  <succession head=\"lang-son cao-bang\" deputy=\"bac-kan\"/>\n");
    CHECK(cy.covenant->year == 2024);
    CHECK(cy.covenant->totals[0] == 7.5);
    CHECK_FALSE(cy.covenant->totals[1].has_value());
    CHECK(cy.succession->year == 2024);
    CHECK(cy.cluster.authority == "Liên minh Hợp tác xã Việt Nam");
    CHECK(cy.members[2].role == model::Role::member);
    REQUIRE(cy.handover);
    CHECK(cy.handover->year == 2024);
    CHECK(cy.handover->from == std::vector<std::string>{"bac-kan"});
    CHECK(cy.handover->to == std::vector<std::string>{"lang-son", "cao-bang"});
}

TEST_CASE("inline bold and italic runs are kept, white space folds across them") {
    const auto cy = load_ok("  <covenant>\n    <target>  Thành lập mới <b>ít nhất\n  20</b>"
                            " HTX, <i>01 <b>Liên hiệp</b></i>  HTX </target>\n  </covenant>\n");
    const model::RichText& t = cy.covenant->targets[0];
    const model::RichText expected = {{"Thành lập mới ", false, false}, {"ít nhất 20", true, false},
                                      {" HTX, ", false, false},         {"01 ", false, true},
                                      {"Liên hiệp", true, true},        {" HTX", false, false}};
    CHECK(t == expected);
    CHECK(model::plain_text(t) == "Thành lập mới ít nhất 20 HTX, 01 Liên hiệp HTX");
}
