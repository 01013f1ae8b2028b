// Awards along their route: who grants an award (by), the bodies a
// proposal goes through (via, or the usual route of the state's awards:
// the cluster's authority, then the Prime Minister for the President's),
// the minutes' wording of proposals ("Đề nghị Liên minh HTX Việt Nam xem
// xét, trình Thủ tướng Chính phủ tặng ...") and of awards received ("... đã
// được ... tặng ..."), read back with pdftotext; the workbook's awards sheet
// titled by what it holds and its status cells, read with openpyxl and
// LibreOffice; the mistakes of via at LINE:COLUMN. Expected text by hand.
#include "sheet_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

using namespace thidua;
using test::diagnose;
using test::with_body;
namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

namespace {

std::string awards(const std::string& lines) {
    return "  <awards>\n" + lines + "  </awards>\n";
}

// Received first; then proposals: through a named body, by the usual route
// of the Prime Minister's and of the President's awards, straight to the
// alliance, and with no giver named.
const char* const every_route =
    "    <award type=\"Cờ thi đua\" by=\"Liên minh HTX Việt Nam\" member=\"bac-kan\" "
    "status=\"granted\" reason=\"Dẫn đầu phong trào thi đua năm 2022\"/>\n"
    "    <award type=\"Bằng khen\" by=\"Thủ tướng Chính phủ\" via=\"Liên minh HTX Việt Nam\" "
    "member=\"lang-son\" recipient=\"HTX Dịch vụ nông nghiệp Hòa Bình\" reason=\"Có thành tích "
    "xuất sắc.\"/>\n"
    "    <award type=\"Bằng khen\" by=\"Thủ tướng Chính phủ\" member=\"cao-bang\"/>\n"
    "    <award type=\"Huân chương Lao động hạng Ba\" by=\"Chủ tịch nước\" member=\"bac-kan\"/>\n"
    "    <award type=\"Cờ thi đua\" by=\"Liên minh HTX Việt Nam\" member=\"cao-bang\"/>\n"
    "    <award type=\"Giấy khen\" member=\"lang-son\" recipient=\"01 HTX nông nghiệp\"/>\n";

// One proposal; one award received.
const char* const proposed_only =
    "    <award type=\"Bằng khen\" by=\"Liên minh HTX Việt Nam\" member=\"cao-bang\"/>\n";
const char* const granted_only = "    <award type=\"Bằng khen\" by=\"Thủ tướng Chính phủ\" "
                                 "member=\"cao-bang\" status=\"granted\"/>\n";

const char* const meeting =
    "  <meeting date=\"2023-11-24\"><title>Hội nghị tổng kết năm 2023</title></meeting>\n";

using Route = std::vector<std::string>;

} // namespace

TEST_CASE("an award's route: via as written, else the usual route of the state's awards") {
    auto cy = test::load_valid(with_body(awards(every_route)));
    REQUIRE(cy.awards.size() == 6);
    CHECK(cy.awards[1].via == Route{"Liên minh HTX Việt Nam"});
    CHECK(cy.awards[1].route == Route{"Liên minh HTX Việt Nam"});
    // The cluster's authority (by default Liên minh Hợp tác xã Việt Nam)
    // submits to the Prime Minister; the President's awards go on from him.
    CHECK(cy.awards[2].via.empty());
    CHECK(cy.awards[2].route == Route{"Liên minh Hợp tác xã Việt Nam"});
    CHECK(cy.awards[3].route == Route{"Liên minh Hợp tác xã Việt Nam", "Thủ tướng Chính phủ"});
    // The alliance's own awards, and those with no giver, go straight.
    CHECK(cy.awards[4].route.empty());
    CHECK(cy.awards[5].route.empty());
    // Whatever the case; "Chính phủ" and "Thủ tướng" too; a received award
    // keeps its route (it is not printed).
    cy = test::load_valid(with_body(awards(
        "    <award type=\"A\" by=\"thủ tướng chính phủ\" member=\"bac-kan\"/>\n"
        "    <award type=\"B\" by=\"Chính phủ\" member=\"bac-kan\"/>\n"
        "    <award type=\"C\" by=\"Thủ tướng\" member=\"bac-kan\" status=\"granted\"/>\n"
        "    <award type=\"D\" by=\"CHỦ TỊCH NƯỚC\" via=\"Liên minh HTX Việt Nam; Thủ tướng\" "
        "member=\"bac-kan\"/>\n")));
    CHECK(cy.awards[0].route == Route{"Liên minh Hợp tác xã Việt Nam"});
    CHECK(cy.awards[1].route == Route{"Liên minh Hợp tác xã Việt Nam"});
    CHECK(cy.awards[2].route == Route{"Liên minh Hợp tác xã Việt Nam"});
    CHECK(cy.awards[3].route == Route{"Liên minh HTX Việt Nam", "Thủ tướng"});
    // Another authority is the first step of the route.
    std::string other = with_body(
        awards("    <award type=\"Bằng khen\" by=\"Thủ tướng Chính phủ\" member=\"bac-kan\"/>\n"));
    const std::string cluster = "name=\"Cụm thi đua Đông Bắc\"";
    other.replace(other.find(cluster), cluster.size(),
                  cluster + " authority=\"Liên minh HTX Việt Nam\"");
    cy = test::load_valid(other);
    CHECK(cy.awards[0].route == Route{"Liên minh HTX Việt Nam"});
}

TEST_CASE("via needs by, names neither by nor a body twice, and no empty name") {
    CHECK(diagnose(with_body(awards(
              "    <award type=\"Bằng khen\" via=\"Liên minh HTX Việt Nam\" member=\"bac-kan\"/>\n"
              "    <award type=\"Bằng khen\" by=\"Thủ tướng Chính phủ\" via=\"Liên minh HTX Việt "
              "Nam;\" member=\"bac-kan\"/>\n"
              "    <award type=\"Bằng khen\" by=\"Thủ tướng Chính phủ\" via=\"Liên minh HTX Việt "
              "Nam; thủ tướng chính phủ\" member=\"bac-kan\"/>\n"
              "    <award type=\"Huân chương\" by=\"Chủ tịch nước\" via=\"Liên minh HTX Việt Nam; "
              "Liên minh HTX Việt Nam\" member=\"bac-kan\"/>\n"))) ==
          Lines{"t.xml:10:29: error: via names the bodies that submit the award on to the one "
                "that grants it; add by=\"...\" (who grants it, e.g. by=\"Thủ tướng Chính phủ\")",
                "t.xml:11:59: error: an empty name in 'via'; separate the bodies with ';', e.g. "
                "via=\"Liên minh HTX Việt Nam; Thủ tướng Chính phủ\"",
                "t.xml:12:59: error: 'thủ tướng chính phủ' grants the award (by); via lists only "
                "the bodies between the cluster and it: leave 'thủ tướng chính phủ' out of via",
                "t.xml:13:55: error: 'Liên minh HTX Việt Nam' is listed twice in 'via'"});
}

namespace {

struct Rendered {
    test::TempDir dir;
};

// Renders `body` as <stem>.xml (cluster id `stem`) with `only`; the folder
// of its documents.
fs::path render(Rendered& r, const std::string& stem, const std::string& body,
                const std::string& only) {
    std::string xml = with_body(body);
    const std::string id = "id=\"dong-bac\"";
    xml.replace(xml.find(id), id.size(), "id=\"" + stem + "\"");
    const fs::path input = r.dir.path / (stem + ".xml");
    std::ofstream(input) << xml;
    const auto p = test::run_thidua("render '" + input.string() + "' -o '" +
                                    (r.dir.path / "out").string() + "' --only " + only);
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    return r.dir.path / "out" / stem / "2023";
}

std::string minutes_text(const fs::path& folder) {
    const auto p =
        test::shell("pdftotext -enc UTF-8 '" + (folder / "bien-ban.pdf").string() + "' -");
    REQUIRE(p.exit_code == 0);
    return test::folded(p.out);
}

} // namespace

TEST_CASE("the minutes word awards received as received, proposals along their route") {
    Rendered r;
    const std::string text =
        minutes_text(render(r, "moi-tuyen", std::string(meeting) + awards(every_route), "minutes"));
    INFO(text);
    const std::string expected =
        "Kết quả khen thưởng năm 2023 Các tập thể, cá nhân trong Cụm đã được khen thưởng như "
        "sau: - Liên minh HTX tỉnh Bắc Kạn đã được Liên minh HTX Việt Nam tặng Cờ thi đua: Dẫn "
        "đầu phong trào thi đua năm 2022. "
        "Đề nghị khen thưởng Hội nghị thống nhất đề nghị khen thưởng như sau: "
        "- Đề nghị Liên minh HTX Việt Nam xem xét, trình Thủ tướng Chính phủ tặng Bằng khen cho "
        "HTX Dịch vụ nông nghiệp Hòa Bình (Liên minh HTX tỉnh Lạng Sơn): Có thành tích xuất "
        "sắc; "
        "- Đề nghị Liên minh Hợp tác xã Việt Nam xem xét, trình Thủ tướng Chính phủ tặng Bằng "
        "khen cho Liên minh HTX tỉnh Cao Bằng; "
        "- Đề nghị Liên minh Hợp tác xã Việt Nam xem xét, trình Thủ tướng Chính phủ đề nghị Chủ "
        "tịch nước tặng Huân chương Lao động hạng Ba cho Liên minh HTX tỉnh Bắc Kạn; "
        "- Đề nghị Liên minh HTX Việt Nam tặng Cờ thi đua cho Liên minh HTX tỉnh Cao Bằng; "
        "- Đề nghị tặng Giấy khen cho 01 HTX nông nghiệp (Liên minh HTX tỉnh Lạng Sơn). ";
    CHECK(text.find(expected) != std::string::npos);

    // Proposals only: no part for awards received; received only: no proposals.
    const auto minutes_of = [&](const std::string& stem, const std::string& lines) {
        return minutes_text(render(r, stem, std::string(meeting) + awards(lines), "minutes"));
    };
    const std::string proposed = minutes_of("de-nghi", proposed_only);
    CHECK(proposed.find("Đề nghị khen thưởng Hội nghị thống nhất đề nghị khen thưởng như sau: - "
                        "Đề nghị Liên minh HTX Việt Nam tặng Bằng khen cho Liên minh HTX tỉnh "
                        "Cao Bằng.") != std::string::npos);
    CHECK(proposed.find("Kết quả khen thưởng") == std::string::npos);
    const std::string granted = minutes_of("da-tang", granted_only);
    CHECK(granted.find("Kết quả khen thưởng năm 2023 Các tập thể, cá nhân trong Cụm đã được "
                       "khen thưởng như sau: - Liên minh HTX tỉnh Cao Bằng đã được Thủ tướng "
                       "Chính phủ tặng Bằng khen.") != std::string::npos);
    CHECK(granted.find("Đề nghị") == std::string::npos);
}

TEST_CASE("the awards sheet is titled by what it holds, each status along its route") {
    Rendered r;
    const std::vector<std::pair<std::string, std::string>> files = {
        {"moi-tuyen", every_route}, {"de-nghi", proposed_only}, {"da-tang", granted_only}};
    std::vector<fs::path> xlsx;
    for (const auto& [stem, lines] : files) {
        const fs::path folder = render(r, stem, awards(lines), "workbook");
        xlsx.push_back(r.dir.path / (stem + ".xlsx"));
        fs::copy_file(folder / "thong-ke.xlsx", xlsx.back());
    }
    const test::Recalculation lo = test::recalculate(r.dir.path / "lo", xlsx);
    CHECK(test::check_recalculated_as_stored(lo) == 0); // text only, no formulas
    const auto sheet_of = [&](const std::string& stem) {
        REQUIRE(lo.dump.at(stem).size() == 1);
        const test::DumpSheet& s = lo.dump.at(stem).at(0);
        CHECK(s.name == "Khen thưởng");
        return lo.recalculated(stem, s.name);
    };
    // Both kinds: the title says both; statuses in column F (openpyxl and
    // LibreOffice read the same text).
    const test::Grid mixed = sheet_of("moi-tuyen");
    CHECK(test::at(mixed, 3, 0) == "DANH SÁCH KHEN THƯỞNG VÀ ĐỀ NGHỊ KHEN THƯỞNG NĂM 2023");
    CHECK(test::at(mixed, 5, 5) == "Tình trạng");
    const Lines statuses = {
        "Đã được Liên minh HTX Việt Nam tặng",
        "Đề nghị Liên minh HTX Việt Nam xem xét, trình Thủ tướng Chính phủ tặng",
        "Đề nghị Liên minh Hợp tác xã Việt Nam xem xét, trình Thủ tướng Chính phủ tặng",
        "Đề nghị Liên minh Hợp tác xã Việt Nam xem xét, trình Thủ tướng Chính phủ đề nghị Chủ "
        "tịch nước tặng",
        "Đề nghị Liên minh HTX Việt Nam tặng",
        "Đề nghị tặng"};
    const test::DumpSheet& dump = lo.dump.at("moi-tuyen").at(0);
    for (int k = 0; k < 6; ++k) {
        CAPTURE(k);
        CHECK(test::at(mixed, 6 + k, 5) == statuses[static_cast<std::size_t>(k)]);
        CHECK(dump.cells.at({6 + k, 5}).content == statuses[static_cast<std::size_t>(k)]);
    }
    CHECK(test::at(mixed, 7, 2) == "Thủ tướng Chính phủ");
    CHECK(test::at(mixed, 7, 4) == "HTX Dịch vụ nông nghiệp Hòa Bình");
    // Proposals only; received only.
    CHECK(test::at(sheet_of("de-nghi"), 3, 0) == "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2023");
    CHECK(test::at(sheet_of("de-nghi"), 6, 5) == "Đề nghị Liên minh HTX Việt Nam tặng");
    CHECK(test::at(sheet_of("da-tang"), 3, 0) ==
          "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM 2023");
    CHECK(test::at(sheet_of("da-tang"), 6, 5) == "Đã được Thủ tướng Chính phủ tặng");
}
