// The derived figures as the documents print them (pdftotext): like-for-like
// change with its note, ratios of totals, percentage points, one precision
// per indicator rounded half away from zero, covenant totals that never add
// percentages. Every expected figure is worked out by hand in the comments.
#include "support.hpp"

#include <cctype>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using thidua::test::folded;
using thidua::test::pdf_text;
using thidua::test::run_thidua;
using thidua::test::shell;
using thidua::test::TempDir;
using thidua::test::with_body;
namespace fs = std::filesystem;

namespace {

// Three members; Cao Bằng reported for 2022 only.
//              tv   so-htx  dt       kha | 2022: tv  so-htx  dt      kha
// Bắc Kạn     110   100     300000   60  |       100  90     240000  50
// Lạng Sơn     60    20      20000    5  |        50  20      16000   4
// Cao Bằng      -     -          -    -  |        40  30      30000  10
const char* const statistics =
    "  <statistics>\n"
    "    <indicator id=\"tv\" label=\"Thành viên\" unit=\"người\"/>\n"
    "    <indicator id=\"so-htx\" label=\"Số HTX\" unit=\"HTX\"/>\n"
    "    <indicator id=\"dt\" label=\"Doanh thu\" unit=\"triệu đồng\" type=\"amount\"/>\n"
    "    <indicator id=\"dt-bq\" label=\"Doanh thu bình quân một HTX\" unit=\"triệu đồng\" "
    "type=\"amount\" numerator=\"dt\" denominator=\"so-htx\"/>\n"
    "    <indicator id=\"kha\" label=\"HTX khá\" unit=\"HTX\"/>\n"
    "    <indicator id=\"tl\" label=\"Tỷ lệ HTX khá\" unit=\"%\" numerator=\"kha\" "
    "denominator=\"so-htx\"/>\n"
    "    <row member=\"bac-kan\" tv=\"110\" so-htx=\"100\" dt=\"300000\" kha=\"60\"/>\n"
    "    <row member=\"lang-son\" tv=\"60\" so-htx=\"20\" dt=\"20000\" kha=\"5\"/>\n"
    "    <row member=\"bac-kan\" year=\"2022\" tv=\"100\" so-htx=\"90\" dt=\"240000\" "
    "kha=\"50\"/>\n"
    "    <row member=\"lang-son\" year=\"2022\" tv=\"50\" so-htx=\"20\" dt=\"16000\" kha=\"4\"/>\n"
    "    <row member=\"cao-bang\" year=\"2022\" tv=\"40\" so-htx=\"30\" dt=\"30000\" "
    "kha=\"10\"/>\n"
    "  </statistics>\n";

const char* const covenant =
    "  <covenant>\n"
    "    <commitment id=\"htx\" label=\"HTX mới\" unit=\"HTX\" type=\"count\"/>\n"
    "    <commitment id=\"tl\" label=\"Tỷ lệ HTX khá, giỏi\" unit=\"%\"/>\n"
    "    <commitment id=\"dt\" label=\"Doanh thu bình quân\" unit=\"triệu đồng\" "
    "aggregate=\"mean\"/>\n"
    "    <pledge member=\"bac-kan\" htx=\"20\" tl=\"62.5\" dt=\"1200\"/>\n"
    "    <pledge member=\"lang-son\" htx=\"15\" tl=\"55\" dt=\"950.5\"/>\n"
    "    <pledge member=\"cao-bang\" htx=\"10\"/>\n"
    "  </covenant>\n";

// The words after `label` on the first line where figures follow it.
std::vector<std::string> row_after(const std::string& text, const std::string& label) {
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        const std::size_t at = line.find(label);
        if (at == std::string::npos) continue;
        std::istringstream words(line.substr(at + label.size()));
        std::vector<std::string> out;
        for (std::string w; words >> w;)
            out.push_back(w);
        const bool figures = !out.empty() && (std::isdigit(static_cast<unsigned char>(out[0][0])) ||
                                              out[0][0] == '+' || out[0][0] == '-');
        if (figures) return out;
    }
    return {};
}

struct Rendered {
    TempDir dir;
    std::string minutes;         // -layout
    std::string minutes_flowing; // reading order, white space folded
    std::string covenant;
};

void render(Rendered& r) {
    const fs::path input = r.dir.path / "cum.xml";
    std::ofstream(input) << with_body(std::string(statistics) + covenant);
    const auto p =
        run_thidua("render '" + input.string() + "' -o '" + (r.dir.path / "out").string() + "'");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    const fs::path folder = r.dir.path / "out/dong-bac/2023";
    r.minutes = pdf_text(folder / "bien-ban.pdf", true);
    r.minutes_flowing = folded(pdf_text(folder / "bien-ban.pdf", false));
    r.covenant = pdf_text(folder / "giao-uoc.pdf", true);
}

} // namespace

TEST_CASE("the minutes print like-for-like changes, ratios of totals and percentage points") {
    Rendered r;
    render(r);
    INFO(r.minutes);
    // This year, over the members that reported: tv 110 + 60 = 170; so-htx
    // 120; dt 320.000; dt-bq 320000 / 120 = 2.666,67 -> 2.666,7 (a ratio:
    // one decimal); kha 65; tl 65 / 120 x 100 = 54,17 -> 54,2%.
    CHECK(row_after(r.minutes, "Toàn Cụm năm 2023") ==
          std::vector<std::string>{"170", "120", "320.000", "2.666,7", "65", "54,2%"});
    // Last year over the same two members (Cao Bằng left out): tv 150;
    // so-htx 110; dt 256.000; dt-bq 256000 / 110 = 2.327,27 -> 2.327,3;
    // kha 54; tl 54 / 110 x 100 = 49,09 -> 49,1%.
    CHECK(row_after(r.minutes, "Năm 2022") ==
          std::vector<std::string>{"150", "110", "256.000", "2.327,3", "54", "49,1%"});
    // Changes: 20/150 = +13,3%; 10/110 = +9,1%; 64000/256000 = +25,0%;
    // 2666,67/2327,27 - 1 = 35200000/30720000 - 1 = +14,6%; 11/54 = +20,4%;
    // 54,17 - 49,09 = +5,1 percentage points (never a relative 10,3%).
    CHECK(row_after(r.minutes, "Tăng, giảm so với năm 2022") ==
          std::vector<std::string>{"+13,3%", "+9,1%", "+25,0%", "+14,6%", "+20,4%", "+5,1", "điểm",
                                   "%"});
    // Bắc Kạn's own ratio, computed from its parts: 300000 / 100 = 3.000,0.
    CHECK(row_after(r.minutes, "Liên minh HTX tỉnh Bắc") ==
          std::vector<std::string>{"110", "100", "300.000", "3.000,0", "60", "60,0%"});
    // Every indicator leaves Cao Bằng out of the comparison: 2 of 3.
    const std::string note = "Ghi chú: năm 2022 và mức tăng, giảm của chỉ tiêu “Thành viên” so "
                             "sánh trên 2/3 đơn vị có số liệu cả hai năm.";
    CHECK_MESSAGE(r.minutes_flowing.find(note) != std::string::npos, r.minutes_flowing);
}

TEST_CASE("the covenant's total row never adds percentages, means round half away from zero") {
    Rendered r;
    render(r);
    INFO(r.covenant);
    // htx: 20 + 15 + 10 = 45. tl: 62,5% and 55% have no sum (117,5 would
    // mean nothing): the cell is empty. dt: mean of 1200 and 950,5 =
    // 1.075,25, shown with one decimal (950,5 has one) as 1.075,3: half away
    // from zero (round-half-even would give 1.075,2).
    CHECK(row_after(r.covenant, "Tổng cộng") == std::vector<std::string>{"45", "1.075,3"});
    CHECK(r.covenant.find("117,5") == std::string::npos);
}

TEST_CASE("extreme values give finite figures everywhere, never INF, NaN or an exponent") {
    // The largest values the format allows (10^15), a value of 300 decimals
    // (10^-300, which rounds to 0: no growth over it), zeros, negatives, a
    // ratio whose denominator adds up to 0: every figure in both PDFs and
    // in the workbook is a finite number or an empty cell.
    const std::string tiny = "0." + std::string(299, '0') + "1";
    const std::string big = "1000000000000000";
    const std::string body =
        "  <statistics>\n"
        "    <indicator id=\"x\" label=\"X\" type=\"amount\"/>\n"
        "    <indicator id=\"y\" label=\"Y\" type=\"amount\"/>\n"
        "    <indicator id=\"r\" label=\"R\" type=\"amount\" numerator=\"x\" denominator=\"y\"/>\n"
        "    <indicator id=\"p\" label=\"P\" type=\"percent\" aggregate=\"mean\"/>\n"
        "    <indicator id=\"n\" label=\"N\"/>\n"
        "    <row member=\"bac-kan\" x=\"" +
        big + "\" y=\"" + tiny + "\" p=\"100\" n=\"" + big +
        "\"/>\n"
        "    <row member=\"lang-son\" x=\"-" +
        big + "\" y=\"0\" p=\"-" + big +
        "\" n=\"0\"/>\n"
        "    <row member=\"cao-bang\" x=\"" +
        tiny + "\" y=\"-" + tiny +
        "\" p=\"0\" n=\"999999999999999\"/>\n"
        "    <row member=\"bac-kan\" year=\"2022\" x=\"" +
        tiny +
        "\" y=\"0\" p=\"0\" n=\"0\"/>\n"
        "    <row member=\"lang-son\" year=\"2022\" x=\"0\" y=\"" +
        tiny + "\" p=\"" + tiny +
        "\" n=\"1\"/>\n"
        "    <row member=\"cao-bang\" year=\"2022\" x=\"-" +
        tiny + "\" y=\"" + big + "\" p=\"-100\" n=\"" + big +
        "\"/>\n"
        "  </statistics>\n"
        "  <covenant><commitment id=\"k\" label=\"K\"/>"
        "<commitment id=\"m\" label=\"M\" aggregate=\"mean\"/>\n"
        "    <pledge member=\"bac-kan\" k=\"" +
        big + "\" m=\"" + tiny +
        "\"/>\n"
        "    <pledge member=\"lang-son\" k=\"" +
        big + "\" m=\"-" + big +
        "\"/>\n"
        "  </covenant>\n";
    TempDir dir;
    const fs::path input = dir.path / "extreme.xml";
    std::ofstream(input) << with_body(body);
    const auto p =
        run_thidua("render '" + input.string() + "' -o '" + (dir.path / "out").string() + "'");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    const fs::path folder = dir.path / "out/dong-bac/2023";
    for (const char* pdf : {"bien-ban.pdf", "giao-uoc.pdf"}) {
        const std::string text = pdf_text(folder / pdf, false);
        CAPTURE(pdf);
        for (const char* bad : {"inf", "nan", "NaN", "INF", "e+", "e-", "E+"})
            CHECK_MESSAGE(text.find(bad) == std::string::npos, bad);
    }
    // N: 10^15 + 0 + 999.999.999.999.999 this year; Bắc Kạn's growth from 0
    // is none; Y's growth over 10^-300 + 10^15 (compared) is -100%.
    const std::string minutes = pdf_text(folder / "bien-ban.pdf", true);
    CHECK(minutes.find("1.999.999.999.999.999") != std::string::npos);
    // The workbook opens in openpyxl, and every number in it is finite.
    const auto py = shell(
        "/usr/bin/python3 -c 'import math,sys,openpyxl\n"
        "wb = openpyxl.load_workbook(sys.argv[1])\n"
        "bad = [(ws.title, c.coordinate, c.value) for ws in wb for row in ws.iter_rows() for c in "
        "row if isinstance(c.value, float) and not math.isfinite(c.value)]\n"
        "print(len(bad), bad[:3])' '" +
        (folder / "thong-ke.xlsx").string() + "'");
    INFO(py.err);
    CHECK(py.exit_code == 0);
    CHECK(py.out.starts_with("0 "));
    const auto xml = shell("unzip -p '" + (folder / "thong-ke.xlsx").string() +
                           "' 'xl/worksheets/*.xml' | grep -c -i -E '<v>(inf|-inf|nan)'");
    CHECK(xml.out == "0\n");
}
