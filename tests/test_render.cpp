// `thidua render` end to end, judged by real tools: pdftotext gives the
// Vietnamese text in reading order with no warning, pdffonts shows every
// font embedded, qpdf --check passes; outputs are reproducible and atomic.
#include "support.hpp"

#include <chrono>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using thidua::test::edited_template;
using thidua::test::read_file;
using thidua::test::run_thidua;
using thidua::test::source_path;
namespace fs = std::filesystem;

namespace {

using thidua::test::shell;
using thidua::test::TempDir;
using Output = thidua::test::Process;

std::string render_sample(const std::string& sample, const fs::path& out_dir) {
    const auto p = run_thidua("render '" + source_path("samples/" + sample) + "' -o '" +
                              out_dir.string() + "'");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    return p.out;
}

// Checks that `needles` appear in `haystack` in this order.
void check_in_order(const std::string& haystack, const std::vector<std::string>& needles) {
    std::size_t at = 0;
    for (const std::string& n : needles) {
        const std::size_t found = haystack.find(n, at);
        CHECK_MESSAGE(found != std::string::npos, "not found in order: " << n);
        if (found != std::string::npos) at = found + n.size();
    }
}

} // namespace

TEST_CASE("every sample's minutes render, pdftotext reads them in order without a warning") {
    TempDir dir;
    struct Case {
        std::string sample, folder;
        std::vector<std::string> text;
    };
    const std::vector<Case> cases = {
        {"dong-bac-2023.xml",
         "dong-bac/2023",
         {"LIÊN MINH HỢP TÁC XÃ VIỆT NAM", "CỤM THI ĐUA LIÊN MINH", "HTX CÁC TỈNH ĐÔNG BẮC",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:", "BIÊN BẢN",
          "Hội nghị giao ban Cụm thi đua năm 2023", "ngày 24 tháng 11 năm 2023",
          "Liên minh HTX tỉnh Bắc Kạn", "109", "Liên minh HTX tỉnh Thái Nguyên", "Cờ luân lưu",
          "Liên minh HTX tỉnh Lạng Sơn", "THƯ KÝ", "CHỦ TỌA", "Nơi nhận:"}},
        {"dbsh-dhbb-2020.xml",
         "dbsh-dhbb/2020",
         {"BIÊN BẢN", "ngày 15 tháng 12 năm 2020", "7.002", "3.057.365", "364",
          "Liên minh HTX tỉnh Vĩnh Phúc"}},
        {"5-thanh-pho-2017.xml",
         "5-thanh-pho/2017",
         {"ngày 07 tháng 12 năm 2017", "Nguyễn Ngọc Bảo", "Phạm Ngọc Toại", "Đỗ Bích Hường",
          "Lê Binh Hùng", "Quang Phục", "Liên minh HTX thành phố Đà Nẵng"}},
        {"tay-nam-song-hau-2020.xml",
         "tay-nam-song-hau/2020",
         {"ngày 27 tháng 01 năm 2021", "Huỳnh Lam Phương", "Nguyễn Thế Cường", "Lê Văn Đáng",
          "Liên minh HTX tỉnh An Giang", "Cụm trưởng", "Liên minh HTX thành phố Cần Thơ"}},
        {"dbsh-2017.xml",
         "dbsh/2017",
         {"ngày 15 tháng 12 năm 2017", "4.139", "2.425.931", "373", "206", "7.811", "Lê Thị Tâm",
          "Liên minh HTX tỉnh Thái Bình và Liên minh HTX tỉnh", "Quảng Ninh làm Cụm trưởng"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.sample);
        render_sample(c.sample, dir.path);
        const fs::path pdf = dir.path / c.folder / "bien-ban.pdf";
        REQUIRE(fs::exists(pdf));
        const Output text = shell("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
        CHECK(text.exit_code == 0);
        CHECK(text.err == ""); // poppler warns about a broken /ToUnicode; it must not
        check_in_order(text.out, c.text);
        const Output fonts = shell("pdffonts '" + pdf.string() + "'");
        CHECK(fonts.exit_code == 0);
        int font_rows = 0;
        std::istringstream rows(fonts.out);
        for (std::string line; std::getline(rows, line);) {
            if (line.find("TrueType") == std::string::npos) continue;
            ++font_rows;
            CHECK_MESSAGE(line.find(" yes ") != std::string::npos, line);
        }
        CHECK(font_rows >= 2);
        const Output check = shell("qpdf --check '" + pdf.string() + "'");
        CHECK_MESSAGE(check.exit_code == 0, check.out);
    }
}

TEST_CASE("rendering twice gives identical bytes, an NFD input gives the same PDF as NFC") {
    TempDir dir;
    render_sample("dong-bac-2023.xml", dir.path / "a");
    render_sample("dong-bac-2023.xml", dir.path / "b");
    const std::string a = read_file((dir.path / "a/dong-bac/2023/bien-ban.pdf").string());
    CHECK(!a.empty());
    CHECK(a == read_file((dir.path / "b/dong-bac/2023/bien-ban.pdf").string()));
    // The NFD twin, written with Python's unicodedata (independent of utf8proc).
    const fs::path nfd = dir.path / "nfd.xml";
    const Output conv =
        shell("python3 -c \"import sys,unicodedata;"
              "open(sys.argv[2],'w',encoding='utf-8').write(unicodedata.normalize("
              "'NFD',open(sys.argv[1],encoding='utf-8').read()))\" '" +
              source_path("samples/dong-bac-2023.xml") + "' '" + nfd.string() + "'");
    REQUIRE(conv.exit_code == 0);
    REQUIRE(read_file(nfd.string()) != read_file(source_path("samples/dong-bac-2023.xml")));
    const auto p =
        run_thidua("render '" + nfd.string() + "' -o '" + (dir.path / "c").string() + "'");
    REQUIRE(p.exit_code == 0);
    CHECK(a == read_file((dir.path / "c/dong-bac/2023/bien-ban.pdf").string()));
}

TEST_CASE("the PDF's information comes from the file, never the clock") {
    // Under a clock set to 2087, a year the document mentions nowhere: if any
    // date came from the clock, "2087" would be in the file or its metadata.
    TempDir dir;
    const std::string pdf = (dir.path / "dong-bac/2023/bien-ban.pdf").string();
    const Output p = shell("faketime '2087-03-04 05:06:07' '" + std::string(THIDUA_EXE) +
                           "' render '" + source_path("samples/dong-bac-2023.xml") + "' -o '" +
                           dir.path.string() + "' --only minutes");
    REQUIRE_MESSAGE(p.exit_code == 0, p.err);
    // faketime really changes the clock of a child process.
    REQUIRE(shell("faketime '2087-03-04 05:06:07' date +%Y").out == "2087\n");
    const Output info = shell("pdfinfo -isodates '" + pdf + "'");
    CHECK(info.out.find("Biên bản Hội nghị giao ban Cụm thi đua năm 2023") != std::string::npos);
    CHECK(info.out.find("Cụm thi đua Liên minh HTX các tỉnh Đông Bắc") != std::string::npos);
    // The meeting of samples/dong-bac-2023.xml was held on 24 November 2023.
    CHECK(info.out.find("CreationDate:    2023-11-24T00:00:00Z") != std::string::npos);
    CHECK(info.out.find("2087") == std::string::npos);
    const Output raw = shell("qpdf --qdf --object-streams=disable '" + pdf + "' - | strings");
    REQUIRE(raw.exit_code == 0);
    CHECK(raw.out.find("2087") == std::string::npos);
    CHECK(raw.out.find("20231124") != std::string::npos);
}

TEST_CASE("changing a sentence in a template changes the PDF, with no rebuild") {
    TempDir dir;
    const std::string from = "Hội nghị thống nhất chương trình gồm các nội dung sau:";
    const fs::path templates =
        edited_template(dir.path, "minutes.xml", from, "Chương trình đã được cả Cụm nhất trí:");
    const auto p = run_thidua("render '" + source_path("samples/dong-bac-2023.xml") + "' -o '" +
                              (dir.path / "out").string() + "' --only minutes --templates '" +
                              templates.string() + "'");
    REQUIRE(p.exit_code == 0);
    const Output text = shell("pdftotext -enc UTF-8 '" +
                              (dir.path / "out/dong-bac/2023/bien-ban.pdf").string() + "' -");
    CHECK(text.out.find("Chương trình đã được cả Cụm nhất trí:") != std::string::npos);
    CHECK(text.out.find(from) == std::string::npos);
}

TEST_CASE("a template mistake stops everything before any output is written") {
    TempDir dir;
    const fs::path templates = dir.path / "templates";
    fs::create_directories(templates);
    std::string minutes = read_file(source_path("templates/minutes.xml"));
    minutes.replace(minutes.find("{meeting.title|dots:40}"), 23, "{meeting.titel}");
    std::ofstream(templates / "minutes.xml") << minutes;
    const auto p = run_thidua("render '" + source_path("samples/dong-bac-2023.xml") + "' -o '" +
                              (dir.path / "out").string() + "' --only minutes --templates '" +
                              templates.string() + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find("minutes.xml:") != std::string::npos);
    CHECK(p.err.find(": error: unknown field 'titel' in 'meeting'; did you mean 'title'?") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir.path / "out"));
}

TEST_CASE("a file with errors produces nothing and leaves the earlier output untouched") {
    TempDir dir;
    render_sample("dong-bac-2023.xml", dir.path);
    const fs::path pdf = dir.path / "dong-bac/2023/bien-ban.pdf";
    const std::string before = read_file(pdf.string());
    std::string broken = read_file(source_path("samples/dong-bac-2023.xml"));
    broken.replace(broken.find("date=\"2023-11-24\""), 17, "date=\"2023-11-31\"");
    const fs::path bad = dir.path / "bad.xml";
    std::ofstream(bad) << broken;
    const auto p = run_thidua("render '" + bad.string() + "' -o '" + dir.path.string() + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find("'2023-11-31' is not a date") != std::string::npos);
    CHECK(read_file(pdf.string()) == before);
    for (const auto& entry : fs::recursive_directory_iterator(dir.path)) {
        CHECK_MESSAGE(entry.path().filename().string().find(".tmp") == std::string::npos,
                      entry.path());
    }
}

TEST_CASE("rendering again puts each document in place: unchanged ones kept, with a new time") {
    TempDir dir;
    render_sample("dong-bac-2023.xml", dir.path);
    const fs::path folder = dir.path / "dong-bac/2023";
    const fs::path pdf = folder / "bien-ban.pdf";
    const fs::path covenant = folder / "giao-uoc.pdf";
    const fs::path xlsx = folder / "thong-ke.xlsx";
    const std::string minutes = read_file(pdf.string());
    // The covenant as another file of the same length (one byte changed),
    // the workbook as a symbolic link to a copy: neither holds what render
    // makes, so both are replaced (the link by a file of its own).
    std::string changed = read_file(covenant.string());
    changed[changed.size() / 2] ^= 1;
    std::ofstream(covenant, std::ios::binary) << changed;
    fs::copy_file(xlsx, dir.path / "copy.xlsx");
    fs::remove(xlsx);
    fs::create_symlink(dir.path / "copy.xlsx", xlsx);
    const auto old_time = fs::file_time_type::clock::now() - std::chrono::hours(24);
    for (const fs::path& f : {pdf, covenant})
        fs::last_write_time(f, old_time);
    struct stat before {};
    REQUIRE(::stat(pdf.c_str(), &before) == 0);
    render_sample("dong-bac-2023.xml", dir.path);
    struct stat after {};
    REQUIRE(::stat(pdf.c_str(), &after) == 0);
    // The minutes, unchanged: the same file (not rewritten), dated now.
    CHECK(after.st_ino == before.st_ino);
    CHECK(read_file(pdf.string()) == minutes);
    CHECK(fs::last_write_time(pdf) > old_time + std::chrono::hours(23));
    CHECK(read_file(covenant.string()) != changed);
    CHECK(fs::last_write_time(covenant) > old_time + std::chrono::hours(23));
    CHECK_FALSE(fs::is_symlink(xlsx));
    CHECK(read_file(xlsx.string()) == read_file((dir.path / "copy.xlsx").string()));
    // What was made equals a render into a new folder, byte for byte.
    render_sample("dong-bac-2023.xml", dir.path / "fresh");
    for (const char* name : {"bien-ban.pdf", "giao-uoc.pdf", "thong-ke.xlsx"})
        CHECK(read_file((folder / name).string()) ==
              read_file((dir.path / "fresh/dong-bac/2023" / name).string()));
    // A named pipe where the minutes go is replaced, not opened (opening it
    // to compare would wait for a writer for ever).
    fs::remove(pdf);
    REQUIRE(::mkfifo(pdf.c_str(), 0644) == 0);
    render_sample("dong-bac-2023.xml", dir.path);
    CHECK(fs::is_regular_file(pdf));
    CHECK(read_file(pdf.string()) == minutes);
    for (const auto& entry : fs::recursive_directory_iterator(dir.path))
        CHECK_MESSAGE(entry.path().filename().string().find(".tmp") == std::string::npos,
                      entry.path());
}

TEST_CASE("a blank form renders with fill-in lines for everything absent") {
    TempDir dir;
    const fs::path file = dir.path / "blank.xml";
    std::ofstream(file)
        << "<cluster-year format=\"1\" year=\"2024\">\n"
           "  <cluster id=\"cum-a\" name=\"Cụm thi đua A\"/>\n"
           "  <members>\n"
           "    <member id=\"tinh-a\" name=\"Liên minh HTX tỉnh A\" role=\"head\"/>\n"
           "    <member id=\"tinh-b\" name=\"Liên minh HTX tỉnh B\"/>\n"
           "  </members>\n</cluster-year>\n";
    const auto p = run_thidua("render '" + file.string() + "' -o '" + dir.path.string() + "'");
    REQUIRE(p.exit_code == 0);
    const Output text =
        shell("pdftotext -enc UTF-8 '" + (dir.path / "cum-a/2024/bien-ban.pdf").string() + "' -");
    check_in_order(text.out, {"BIÊN BẢN", "Thời gian bắt đầu: ..........", "Địa điểm: ..........",
                              "Chủ trì (chủ tọa): ..........", "THƯ KÝ", "CHỦ TỌA"});
}
