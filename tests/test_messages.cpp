// The language of the messages: Vietnamese with --lang vi or a Vietnamese
// locale (even one not installed on the machine), English otherwise; the
// FILE:LINE:COLUMN prefix and "error:"/"warning:" unchanged in both. The
// catalogue's completeness is checked by tests/messages_test.sh.
#include "support.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>
#include <vector>

namespace {

using thidua::test::Process;
using thidua::test::run_thidua;
using thidua::test::shell;

std::string sample(const char* name) {
    return "'" + thidua::test::source_path(std::string("samples/") + name) + "'";
}

// thidua run with a clean language environment plus `env` ("LANG=...").
Process run_in(const std::string& env, const std::string& args) {
    return shell("env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG " + env + " '" THIDUA_EXE "' " +
                 args);
}

// `thidua ARGS` (by default check t.xml) run in `dir` with a clean language
// environment plus `env`; the lines it writes to standard error.
std::vector<std::string> check_lines(const std::filesystem::path& dir, const std::string& env,
                                     const std::string& args = "check t.xml") {
    const Process p =
        shell("cd '" + dir.string() + "' && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES " +
              "-u LANG " + env + " '" THIDUA_EXE "' " + args);
    CHECK(p.exit_code == 1);
    std::vector<std::string> lines;
    std::istringstream in(p.err);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// A file with the mistakes office staff make most, every column counted by
// hand: line 6 an attribute misspelt (nmae, column 62: "Liên minh HTX tỉnh
// Lạng Sơn" is 27 letters), line 8 an unknown member (host, value at
// column 18) and an end before the start (end, value at column 46), line 9
// an unknown element (<chiar>, column 5), and line 8's <meeting> without
// its <title> (column 3).
const char* const mistakes = R"(<?xml version="1.0" encoding="UTF-8"?>
<cluster-year format="1" year="2024">
  <cluster id="cum-a" name="Cụm thi đua A"/>
  <members>
    <member id="bac-kan" name="Liên minh HTX tỉnh Bắc Kạn" role="head"/>
    <member id="lang-son" name="Liên minh HTX tỉnh Lạng Sơn" nmae="x"/>
  </members>
  <meeting host="lang-sn" start="14:00" end="08:00">
    <chiar name="Nguyễn Văn A"/>
  </meeting>
</cluster-year>
)";

} // namespace

TEST_CASE("--lang vi gives the help in Vietnamese, --lang en and the C locale in English") {
    const Process vi = run_in("LANG=C", "--lang vi --help");
    CHECK(vi.exit_code == 0);
    CHECK(vi.out.find("Cách dùng: thidua LỆNH [THAM SỐ] [--lang vi|en]") != std::string::npos);
    CHECK(vi.out.find("Usage:") == std::string::npos);
    for (const char* args : {"--lang en --help", "--help", "--help --lang=en"}) {
        CAPTURE(args);
        const Process en =
            run_in("LANG=vi_VN.UTF-8",
                   std::string(args).find("en") != std::string::npos ? args : "--lang en --help");
        CHECK(en.out.find("Usage: thidua COMMAND") != std::string::npos);
    }
    CHECK(run_in("LANG=C", "--help").out.find("Usage: thidua COMMAND") != std::string::npos);
    const Process bad = run_in("", "--lang fr --help");
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "thidua: --lang takes vi (Vietnamese) or en (English), not 'fr'\n");
}

TEST_CASE("a Vietnamese locale gives Vietnamese messages, installed or not") {
    // vi_VN.UTF-8 may be missing on the machine: the messages are still Vietnamese.
    for (const char* env : {"LANG=vi_VN.UTF-8", "LC_ALL=vi_VN.UTF-8", "LC_MESSAGES=vi_VN"}) {
        CAPTURE(env);
        const Process p =
            run_in(env, "check " + sample("dong-bac-2023.xml") + " " + sample("dbsh-2017.xml"));
        CHECK(p.exit_code == 0);
        CHECK(p.out.find("dong-bac-2023.xml: hợp lệ (6 thành viên, 0 cảnh báo)\n") !=
              std::string::npos);
        CHECK(p.out.find("thidua check: 2 tệp, 2 hợp lệ, 0 có lỗi; 0 lỗi, 0 cảnh báo\n") !=
              std::string::npos);
    }
    // LC_ALL wins over LANG, as setlocale reads them.
    const Process en =
        run_in("LANG=vi_VN.UTF-8 LC_ALL=en_US.UTF-8", "check " + sample("dong-bac-2023.xml"));
    CHECK(en.out.find("dong-bac-2023.xml: ok (6 members, 0 warnings)\n") != std::string::npos);
}

TEST_CASE("in Vietnamese an error keeps its FILE: prefix and the word error:") {
    const thidua::test::TempDir dir;
    const std::string folder = dir.path.string();
    const Process p = run_in("LANG=vi_VN.UTF-8", "check '" + folder + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err == folder + ": error: thư mục này không có tệp .xml nào\n");
    const Process option = run_in("LANG=vi_VN.UTF-8", "check " + sample("blank.xml") + " --bogus");
    CHECK(option.exit_code == 2);
    CHECK(option.err == "thidua check: không có tùy chọn '--bogus'; xem thidua --help\n");
}

TEST_CASE("common mistakes in a cluster-year file are explained in Vietnamese, at the same place") {
    const thidua::test::TempDir dir;
    std::ofstream(dir.path / "t.xml", std::ios::binary) << mistakes;
    const std::vector<std::string> vi = check_lines(dir.path, "LANG=vi_VN.UTF-8");
    REQUIRE(vi.size() == 5);
    CHECK(vi[0] == "t.xml:6:62: error: thuộc tính 'nmae' không hợp lệ trên thẻ <member>; có phải ý "
                   "là 'name'?");
    CHECK(vi[1] == "t.xml:8:3: error: thẻ <meeting> cần có một thẻ <title>");
    // The advice after the unknown member ("did you mean") is load/fields.cpp's.
    CHECK(
        vi[2].starts_with("t.xml:8:18: error: mã thành viên 'lang-sn' không có trong <members>;"));
    CHECK(vi[3] == "t.xml:8:46: error: giờ kết thúc 08:00 phải sau giờ bắt đầu 14:00; hãy sửa end "
                   "hoặc start");
    CHECK(vi[4] ==
          "t.xml:9:5: error: thẻ <chiar> không hợp lệ trong <meeting>; có phải ý là <chair>?");

    const std::vector<std::string> en = check_lines(dir.path, "LANG=C");
    REQUIRE(en.size() == 5);
    CHECK(en[0] == "t.xml:6:62: error: unknown attribute 'nmae' on <member>; did you mean 'name'?");
    CHECK(en[1] == "t.xml:8:3: error: <meeting> needs a <title> element");
    CHECK(en[2] == "t.xml:8:18: error: unknown member 'lang-sn'; did you mean 'lang-son'?");
    CHECK(en[3] == "t.xml:8:46: error: end time 08:00 is not after start time 14:00");
    CHECK(en[4] == "t.xml:9:5: error: unknown element <chiar> in <meeting>; did you mean <chair>?");
}

TEST_CASE("an unknown member used again names the other lines, in Vietnamese too") {
    const thidua::test::TempDir dir;
    std::string text = mistakes;
    // Lines 9 and 10 use the unknown id again (a delegation each).
    text.replace(text.find("    <chiar name=\"Nguyễn Văn A\"/>\n"),
                 std::string("    <chiar name=\"Nguyễn Văn A\"/>\n").size(),
                 "    <delegation member=\"lang-sn\" count=\"2\"/>\n"
                 "    <delegation member=\"lang-sn\" count=\"3\"/>\n");
    std::ofstream(dir.path / "t.xml", std::ios::binary) << text;
    const std::vector<std::string> vi = check_lines(dir.path, "LANG=C", "--lang vi check t.xml");
    CHECK(vi.size() >= 2);
    bool found = false;
    for (const std::string& line : vi) {
        found = found || line.starts_with("t.xml:8:18: error: mã thành viên 'lang-sn' không có "
                                          "trong <members> (còn dùng ở dòng 9 và 10);");
    }
    CHECK(found);
}

TEST_CASE("a date written wrong in the bases file is explained in Vietnamese, at the same place") {
    // The covenant template reads bases.xml from its own folder. Line 3's
    // from="..." value starts at column 16, line 4's misspelt attribute at
    // column 10.
    const thidua::test::TempDir dir;
    std::filesystem::create_directories(dir.path / "tpl");
    std::filesystem::copy_file(thidua::test::source_path("templates/covenant.xml"),
                               dir.path / "tpl" / "covenant.xml");
    std::filesystem::copy_file(thidua::test::source_path("samples/dong-bac-2023.xml"),
                               dir.path / "t.xml");
    std::ofstream(dir.path / "tpl" / "bases.xml", std::ios::binary)
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<bases>\n"
           "  <basis from=\"01/01/2024\">Luật Thi đua, khen thưởng ngày 15 tháng 6 năm "
           "2022;</basis>\n"
           "  <basis untill=\"2030-01-01\">Nghị định số 98/2023/NĐ-CP;</basis>\n"
           "</bases>\n";
    const std::string args = "check t.xml --templates tpl";
    const std::vector<std::string> vi = check_lines(dir.path, "LC_ALL=vi_VN.UTF-8", args);
    CHECK(vi ==
          std::vector<std::string>{
              "tpl/bases.xml:3:16: error: '01/01/2024' không phải là ngày; hãy viết theo dạng "
              "YYYY-MM-DD, ví dụ: 2024-01-01",
              "tpl/bases.xml:4:10: error: thuộc tính 'untill' không hợp lệ trên thẻ <basis>; "
              "có phải ý là 'until'?"});
    const std::vector<std::string> en = check_lines(dir.path, "LC_ALL=C", args);
    CHECK(en ==
          std::vector<std::string>{
              "tpl/bases.xml:3:16: error: '01/01/2024' is not a date; write YYYY-MM-DD, e.g. "
              "2024-01-01",
              "tpl/bases.xml:4:10: error: unknown attribute 'untill' on <basis>; did you mean "
              "'until'?"});
}

namespace {

// The values office staff most often write the Vietnamese or the spoken way,
// columns counted by hand: line 8's start="8:00" has its value at column 34
// (host="lang-sn" is at 18, then 'lang-sn"' and a space), line 10's
// count="3.250,5" at column 41 (four spaces, "<delegation" to column 15,
// ' member="bac-kan"' to 32, ' count="' to 40).
const char* const values_written_wrong = R"(<?xml version="1.0" encoding="UTF-8"?>
<cluster-year format="1" year="2024">
  <cluster id="cum-a" name="Cụm thi đua A"/>
  <members>
    <member id="bac-kan" name="Liên minh HTX tỉnh Bắc Kạn" role="head"/>
    <member id="lang-son" name="Liên minh HTX tỉnh Lạng Sơn"/>
  </members>
  <meeting host="lang-sn" start="8:00" end="11:00">
    <title>Hội nghị tổng kết năm 2024</title>
    <delegation member="bac-kan" count="3.250,5"/>
  </meeting>
</cluster-year>
)";

// The line of `lines` that starts with `prefix`, or "" (none).
std::string line_starting(const std::vector<std::string>& lines, const std::string& prefix) {
    for (const std::string& line : lines) {
        if (line.starts_with(prefix)) return line;
    }
    return "";
}

} // namespace

TEST_CASE("a number, a time and a member id written wrong are explained in Vietnamese") {
    const thidua::test::TempDir dir;
    std::ofstream(dir.path / "t.xml", std::ios::binary) << values_written_wrong;
    const std::vector<std::string> vi = check_lines(dir.path, "LANG=vi_VN.UTF-8");
    CHECK(line_starting(vi, "t.xml:10:41: ") ==
          "t.xml:10:41: error: '3.250,5' không phải là số; hãy viết 3250.5 (dùng dấu chấm cho "
          "phần thập phân, không dùng dấu phân cách hàng nghìn)");
    CHECK(line_starting(vi, "t.xml:8:34: ") ==
          "t.xml:8:34: error: '8:00' không phải là giờ; hãy viết 08:00 (dạng HH:MM, giờ và phút "
          "đều hai chữ số)");
    CHECK(line_starting(vi, "t.xml:8:18: ") ==
          "t.xml:8:18: error: mã thành viên 'lang-sn' không có trong <members>; có phải ý là "
          "'lang-son'?");

    const std::vector<std::string> en = check_lines(dir.path, "LANG=C");
    CHECK(line_starting(en, "t.xml:10:41: ") ==
          "t.xml:10:41: error: '3.250,5' is not a number; write 3250.5 (a dot for decimals, no "
          "thousands separators)");
    CHECK(line_starting(en, "t.xml:8:34: ") ==
          "t.xml:8:34: error: '8:00' is not a time; write 08:00 (HH:MM, two digits each)");
    CHECK(line_starting(en, "t.xml:8:18: ") ==
          "t.xml:8:18: error: unknown member 'lang-sn'; did you mean 'lang-son'?");
}

TEST_CASE("an element left open is reported in Vietnamese where it was opened") {
    // <members> opens on line 3 at column 3; </cluster-year> on line 5
    // closes its parent first.
    const thidua::test::TempDir dir;
    std::ofstream(dir.path / "t.xml", std::ios::binary)
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<cluster-year format=\"1\" year=\"2024\">\n"
           "  <members>\n"
           "    <member id=\"bac-kan\" name=\"Liên minh HTX tỉnh Bắc Kạn\" role=\"head\"/>\n"
           "</cluster-year>\n";
    CHECK(check_lines(dir.path, "LANG=C", "--lang vi check t.xml") ==
          std::vector<std::string>{
              "t.xml:3:3: error: thẻ <members> không được đóng; hãy viết </members> sau nội "
              "dung của thẻ, trước </cluster-year> ở dòng 5"});
    CHECK(check_lines(dir.path, "LANG=vi_VN.UTF-8", "--lang en check t.xml").front() ==
          "t.xml:3:3: error: <members> is never closed; write </members> after its content, "
          "before </cluster-year> on line 5");
}

TEST_CASE("verify names an altered file of the archive in Vietnamese") {
    // An archive of one file whose SHA256SUMS line does not match it.
    const thidua::test::TempDir dir;
    const std::filesystem::path archive = dir.path / "kho";
    std::filesystem::create_directories(archive);
    std::ofstream(archive / "README.txt", std::ios::binary) << "Kho lưu trữ\n";
    std::ofstream(archive / "SHA256SUMS", std::ios::binary)
        << std::string(64, '0') << "  README.txt\n";
    // The index.xlsx that a catalogue of no source would make is missing too.
    CHECK(check_lines(dir.path, "LANG=vi_VN.UTF-8", "verify kho") ==
          std::vector<std::string>{
              "kho/README.txt: đã bị sửa đổi (mã SHA-256 của tệp khác với SHA256SUMS)",
              "kho/index.xlsx: khác với danh mục lập từ dữ liệu nguồn lưu trong kho (hãy chạy lại "
              "thidua archive để lập lại)",
              "thidua verify: 2 vấn đề trong kho"});
    CHECK(check_lines(dir.path, "LANG=C", "verify kho") ==
          std::vector<std::string>{
              "kho/README.txt: altered (its SHA-256 differs from SHA256SUMS)",
              "kho/index.xlsx: differs from the catalogue its stored sources make (run thidua "
              "archive again to rebuild it)",
              "thidua verify: 2 problems in kho"});
}
