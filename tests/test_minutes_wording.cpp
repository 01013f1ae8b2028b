// What the documents say, read back with pdftotext: nothing invented (no
// covenant for a year without one, no made-up number), the copies line
// worked out from the members, honorifics only where the file gives them,
// the named leaders of each delegation.
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

using thidua::test::diagnose;
using thidua::test::run_thidua;
using thidua::test::TempDir;
using thidua::test::with_body;
namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

namespace {

// pdftotext's text with every run of white space made one space.
std::string flowing_text(const fs::path& pdf) {
    return thidua::test::folded(thidua::test::pdf_text(pdf));
}

const char* const meeting =
    "  <meeting date=\"2023-11-24\">\n"
    "    <title>Hội nghị giao ban Cụm thi đua năm 2023</title>\n"
    "    <guest name=\"Đinh Văn Quang\" title=\"Phó Chủ tịch Liên minh HTX Việt Nam\" "
    "honorific=\"ông\"/>\n"
    "    <guest name=\"Nguyễn Thị Hoa\" title=\"Chuyên viên\"/>\n"
    "    <delegation member=\"bac-kan\" count=\"5\">\n"
    "      <leader name=\"Hoàng Văn Nam\" title=\"Chủ tịch\" honorific=\"Đồng chí\"/>\n"
    "      <leader name=\"Lý Thị Mai\" title=\"Phó Chủ tịch\" honorific=\"Bà\"/>\n"
    "    </delegation>\n"
    "    <delegation member=\"lang-son\" count=\"3\"/>\n"
    "  </meeting>\n";

} // namespace

TEST_CASE("a year without a covenant gets no covenant form, and render says so") {
    TempDir dir;
    const fs::path file = dir.path / "cum.xml";
    std::ofstream(file) << with_body(meeting);
    const fs::path folder = dir.path / "out/dong-bac/2023";
    // An earlier covenant in the folder would look valid: it goes.
    fs::create_directories(folder);
    std::ofstream(folder / "giao-uoc.pdf") << "%PDF-1.4 earlier";
    const auto p =
        run_thidua("render '" + file.string() + "' -o '" + (dir.path / "out").string() + "'");
    INFO(p.err);
    CHECK(p.exit_code == 0);
    CHECK(p.out.find((folder / "giao-uoc.pdf").string() +
                     ": not made: the file has no <covenant>: no covenant is signed this year "
                     "(add <covenant> to make the form) (the earlier file was removed)") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(folder / "giao-uoc.pdf"));
    CHECK(fs::exists(folder / "bien-ban.pdf"));
    // With a <covenant> and no number, the number is a fill-in line, never
    // an invented "01".
    std::ofstream(file) << with_body(std::string(meeting) + "  <covenant/>\n");
    const auto q =
        run_thidua("render '" + file.string() + "' -o '" + (dir.path / "out").string() + "'");
    REQUIRE(q.exit_code == 0);
    const std::string covenant = flowing_text(folder / "giao-uoc.pdf");
    CHECK(covenant.find("Số: ....../GƯTĐ-CTĐ") != std::string::npos);
    CHECK(covenant.find("01/GƯTĐ") == std::string::npos);
    // Three members: one copy each, one for the alliance, one kept: 05,
    // written with two digits as Decree 30 writes counts.
    CHECK(covenant.find("Giao ước này được lập thành 05 bản có giá trị như nhau: mỗi đơn vị "
                        "thành viên giữ 01 bản, gửi Liên minh Hợp tác xã Việt Nam 01 bản, lưu hồ "
                        "sơ Cụm thi đua 01 bản./.") != std::string::npos);
}

TEST_CASE("guests and leaders carry the honorific the file gives, never 'Ông (bà)'") {
    TempDir dir;
    const fs::path file = dir.path / "cum.xml";
    std::ofstream(file) << with_body(meeting);
    const auto p = run_thidua("render '" + file.string() + "' -o '" + (dir.path / "out").string() +
                              "' --only minutes");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    const std::string minutes = flowing_text(dir.path / "out/dong-bac/2023/bien-ban.pdf");
    INFO(minutes);
    CHECK(minutes.find("+ Ông Đinh Văn Quang, Phó Chủ tịch Liên minh HTX Việt Nam;") !=
          std::string::npos);
    CHECK(minutes.find("+ Nguyễn Thị Hoa, Chuyên viên;") != std::string::npos);
    CHECK(minutes.find("(bà)") == std::string::npos);
    CHECK(minutes.find("+ Liên minh HTX tỉnh Bắc Kạn: 5 đại biểu, trong đó có Đồng chí Hoàng "
                       "Văn Nam, Chủ tịch và Bà Lý Thị Mai, Phó Chủ tịch;") != std::string::npos);
    CHECK(minutes.find("+ Liên minh HTX tỉnh Lạng Sơn: 3 đại biểu;") != std::string::npos);
}

TEST_CASE(
    "an honorific is Ông, Bà or Đồng chí, and a delegation's leaders are among its delegates") {
    CHECK(diagnose(with_body("  <meeting><title>H</title>\n"
                             "    <guest name=\"A\" honorific=\"Ông bà\"/>\n  </meeting>\n")) ==
          Lines{"t.xml:10:32: error: 'Ông bà' is not an honorific; write Ông, Bà or Đồng chí, or "
                "leave honorific out to print the name alone"});
    CHECK(diagnose(with_body("  <meeting><title>H</title>\n"
                             "    <delegation member=\"bac-kan\" count=\"1\">\n"
                             "      <leader name=\"A\"/><leader name=\"B\"/>\n"
                             "    </delegation>\n  </meeting>\n")) ==
          Lines{"t.xml:10:41: error: the delegation lists 2 leaders but count=\"1\"; count is "
                "every delegate, the leaders included"});
}

TEST_CASE("the minutes open, name the host, and say they were adopted before the signatures") {
    TempDir dir;
    const fs::path file = dir.path / "cum.xml";
    std::ofstream(file) << with_body(
        "  <meeting date=\"2023-11-24\" host=\"lang-son\">\n"
        "    <title>Hội nghị giao ban Cụm thi đua năm 2023</title>\n"
        "    <opening by=\"Đồng chí Hoàng Văn Nam\" title=\"Chủ tịch Liên minh HTX tỉnh Bắc Kạn, "
        "Cụm trưởng\"><p>Hội nghị có ý nghĩa quan trọng.</p></opening>\n"
        "  </meeting>\n");
    const auto p = run_thidua("render '" + file.string() + "' -o '" + (dir.path / "out").string() +
                              "' --only minutes");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    const std::string minutes = flowing_text(dir.path / "out/dong-bac/2023/bien-ban.pdf");
    INFO(minutes);
    const std::vector<std::string> in_order = {
        "Đơn vị đăng cai: Liên minh HTX tỉnh Lạng Sơn.",
        "Khai mạc hội nghị",
        "Đồng chí Hoàng Văn Nam, Chủ tịch Liên minh HTX tỉnh Bắc Kạn, Cụm trưởng tuyên bố lý do, "
        "giới thiệu đại biểu và phát biểu khai mạc hội nghị.",
        "Hội nghị có ý nghĩa quan trọng.",
        "Biên bản đã được đọc lại tại hội nghị và được thông qua; các đại biểu dự hội nghị nhất "
        "trí với nội dung Biên bản.",
        "Hội nghị kết thúc vào hồi",
        "THƯ KÝ"};
    std::size_t at = 0;
    for (const std::string& s : in_order) {
        const std::size_t found = minutes.find(s, at);
        CHECK_MESSAGE(found != std::string::npos, s);
        if (found != std::string::npos) at = found + s.size();
    }
    // Without an opener the sentence keeps a fill-in line, never a name the
    // file does not give.
    std::ofstream(file) << with_body("  <meeting><title>H</title></meeting>\n");
    const auto q = run_thidua("render '" + file.string() + "' -o '" + (dir.path / "out").string() +
                              "' --only minutes");
    REQUIRE(q.exit_code == 0);
    const std::string blank = flowing_text(dir.path / "out/dong-bac/2023/bien-ban.pdf");
    CHECK(blank.find("Khai mạc hội nghị .............................. tuyên bố lý do") !=
          std::string::npos);
    CHECK(blank.find("Đơn vị đăng cai") == std::string::npos);
    CHECK(blank.find("Biên bản đã được đọc lại tại hội nghị và được thông qua") !=
          std::string::npos);
}
