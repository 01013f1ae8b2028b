// The derived figures: totals by aggregate, growth, differences, score
// totals, ranks with shared places, grades, vote percentages, hand-over.
#include "support.hpp"

#include <doctest/doctest.h>

using thidua::test::with_body;
using namespace thidua;

namespace {

model::ClusterYear load_ok(const std::string& body) {
    load::LoadResult r = load::load_text(with_body(body), "t.xml");
    INFO(r.diagnostics.format());
    REQUIRE(r.model.has_value());
    return std::move(*r.model);
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
    CHECK(st.figures[1].total == 3.0);          // mean of 2.5 and 3.5
    CHECK(st.figures[1].previous_total == 2.0); // only bac-kan reported in 2022
    CHECK(st.figures[1].growth_percent == 50.0);
    CHECK_FALSE(st.figures[2].total.has_value()); // aggregate none
    CHECK(st.has_previous_year);
    // members in file order: bac-kan, lang-son, cao-bang
    CHECK(st.member_table[0][0].value == 120.0);
    CHECK(st.member_table[0][0].previous == 100.0);
    CHECK(st.member_table[0][0].growth_percent == 20.0);
    CHECK(st.member_table[1][0].growth_percent == -20.0);
    CHECK_FALSE(st.member_table[1][2].value.has_value()); // not reported is not 0
    CHECK_FALSE(st.member_table[2][0].value.has_value()); // cao-bang has no row
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
