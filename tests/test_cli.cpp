// The thidua command line: check's exit codes and output, help, version.
#include "cli/commands.hpp"
#include "cli/leftovers.hpp"
#include "cli/options.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

using thidua::test::run_thidua;
using thidua::test::source_path;

TEST_CASE("thidua check on every sample exits 0") {
    const auto p = run_thidua("check '" + source_path("samples") + "'/*.xml");
    CHECK(p.exit_code == 0);
    CHECK(p.err.empty());
    CHECK(p.out.find("dong-bac-2023.xml: ok (6 members, 0 warnings)") != std::string::npos);
    CHECK(p.out.find("dbsh-dhbb-2020.xml: ok (11 members, 0 warnings)") != std::string::npos);
}

TEST_CASE("a file with errors makes check exit 1 and print FILE:LINE:COLUMN lines") {
    const auto dir =
        std::filesystem::temp_directory_path() / ("thidua-cli-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto bad = dir / "three.xml";
    std::ofstream(bad) << thidua::test::with_body(
        "  <meeting date=\"2023-11-31\"><title>H</title></meeting>\n"
        "  <awards><award type=\"Cờ\" member=\"bac-can\"/></awards>\n"
        "  <succesion head=\"lang-son\"/>\n");
    const auto p = run_thidua("check '" + source_path("samples/dong-bac-2023.xml") + "' '" +
                              bad.string() + "'");
    std::filesystem::remove_all(dir);
    CHECK(p.exit_code == 1);
    const std::string f = bad.string();
    CHECK(p.err == f +
                       ":9:18: error: '2023-11-31' is not a date; write YYYY-MM-DD, e.g. "
                       "2023-11-24\n" +
                       f + ":10:36: error: unknown member 'bac-can'; did you mean 'bac-kan'?\n" +
                       f +
                       ":11:3: error: unknown element <succesion> in <cluster-year>; did "
                       "you mean <succession>?\n");
    CHECK(p.out.find("three.xml: 3 errors, 0 warnings") != std::string::npos);
    CHECK(p.out.find("dong-bac-2023.xml: ok") != std::string::npos); // the good file still checked
}

TEST_CASE("usage errors exit 2") {
    CHECK(run_thidua("").exit_code == 2);
    CHECK(run_thidua("check").exit_code == 2);
    const auto p = run_thidua("frobnicate");
    CHECK(p.exit_code == 2);
    CHECK(p.err == "thidua: unknown command 'frobnicate'; run 'thidua --help' for the list\n");
}

TEST_CASE("help lists every command with an example, version prints one line") {
    const auto help = run_thidua("--help");
    CHECK(help.exit_code == 0);
    for (const char* command : {"check FILE|FOLDER...", "help", "version"}) {
        CHECK(help.out.find(std::string("  ") + command) != std::string::npos);
    }
    CHECK(help.out.find("example: thidua check samples/dong-bac-2023.xml") != std::string::npos);
    const auto version = run_thidua("--version");
    CHECK(version.exit_code == 0);
    CHECK(version.out.rfind("thidua ", 0) == 0);
    CHECK(std::count(version.out.begin(), version.out.end(), '\n') == 1);
}

TEST_CASE("check takes a folder for its .xml files and ends with a line of totals") {
    const std::string samples = thidua::test::source_path("samples");
    const auto all = run_thidua("check '" + samples + "'");
    CHECK(all.exit_code == 0);
    // Six samples, in order, then the totals.
    CHECK(std::count(all.out.begin(), all.out.end(), '\n') == 7);
    CHECK(all.out.find(samples + "/5-thanh-pho-2017.xml: ok (5 members, 0 warnings)\n") == 0);
    CHECK(all.out.ends_with("thidua check: 6 files, 6 valid, 0 with errors; 0 errors, 0 "
                            "warnings\n"));
    thidua::test::TempDir dir;
    std::ofstream(dir.path / "a.xml") << "<cluster-year format=\"1\" year=\"23\"/>\n";
    std::filesystem::copy_file(samples + "/blank.xml", dir.path / "b.xml");
    const auto mixed = run_thidua("check '" + dir.path.string() + "'");
    CHECK(mixed.exit_code == 1);
    CHECK(mixed.out.ends_with("thidua check: 2 files, 1 valid, 1 with errors; " +
                              std::to_string(std::count(mixed.err.begin(), mixed.err.end(), '\n')) +
                              " errors, 0 warnings\n"));
    const auto one = run_thidua("check '" + samples + "/blank.xml'");
    CHECK(one.out.find("thidua check:") == std::string::npos); // one file: no totals line
}

TEST_CASE("cli::run works in-process with any streams") {
    std::ostringstream out;
    std::ostringstream err;
    const std::vector<std::string> args = {"check", "/nonexistent/file.xml"};
    CHECK(thidua::cli::run(args, out, err) == thidua::cli::exit_input_errors);
    CHECK(err.str() ==
          "/nonexistent/file.xml: error: no such file; check the name and the folder\n");
    CHECK(out.str() == "/nonexistent/file.xml: 1 error, 0 warnings\n");
}

TEST_CASE("what a command leaves behind is freed with the Leftovers, or at once when sanitized") {
    const auto thing = std::make_shared<int>(7);
    {
        thidua::cli::Leftovers leftovers;
        leftovers.keep(std::shared_ptr<int>(thing));
        CHECK(thing.use_count() == (thidua::cli::sanitized ? 1 : 2));
    }
    CHECK(thing.use_count() == 1); // nothing lost for a caller other than main
}

TEST_CASE("render in-process with leftovers writes the same documents") {
    thidua::test::TempDir dir;
    std::ostringstream out;
    std::ostringstream err;
    thidua::cli::Leftovers leftovers;
    const std::vector<std::string> args = {"render", source_path("samples/dong-bac-2023.xml"), "-o",
                                           dir.path.string()};
    CHECK(thidua::cli::run(args, out, err, &leftovers) == thidua::cli::exit_ok);
    CHECK(err.str() == "");
    CHECK(std::filesystem::file_size(dir.path / "dong-bac/2023/bien-ban.pdf") > 0);
    CHECK(std::filesystem::file_size(dir.path / "dong-bac/2023/thong-ke.xlsx") > 0);
}

TEST_CASE("what a message quotes reaches the terminal escaped and as valid UTF-8") {
    thidua::test::TempDir dir;
    // A file name holding ESC [31m (red), BEL and a byte that is not UTF-8.
    const std::string name = (dir.path / "a\x1b[31mb\x07\xff.xml").string();
    const auto p = run_thidua("check '" + name + "'");
    CHECK(p.exit_code == 1);
    INFO(p.err);
    CHECK(p.err.find('\x1b') == std::string::npos);
    CHECK(p.err.find('\x07') == std::string::npos);
    CHECK(p.err.find('\xff') == std::string::npos);
    CHECK(p.err.find("a\\x1b[31mb\\x07\\xff.xml") != std::string::npos);
    // A message written outside the diagnostics: an unknown option.
    const auto option = run_thidua("render '--\x1b]0;owned\x07' x.xml -o out");
    CHECK(option.exit_code == 2);
    CHECK(option.err ==
          "thidua render: unknown option '--\\x1b]0;owned\\x07'; see thidua --help\n");
}

TEST_CASE("numeric options are whole numbers in range, nothing else") {
    for (const std::string bad : {"abc", "0", "2x", "-1", "", "99999999999", "1.5"}) {
        const auto p = run_thidua("archive '" + source_path("samples") + "' -o /nonexistent " +
                                  "--jobs '" + bad + "'");
        CAPTURE(bad);
        CHECK(p.exit_code == 2);
        CHECK(p.err.find("--jobs takes a whole number from 1 to 256") != std::string::npos);
    }
    CHECK(thidua::cli::whole_number_option("2", 1, 256) == 2);
    CHECK(thidua::cli::whole_number_option("256", 1, 256) == 256);
    CHECK_FALSE(thidua::cli::whole_number_option("257", 1, 256).has_value());
    CHECK_FALSE(thidua::cli::whole_number_option("+2", 1, 256).has_value());
}

TEST_CASE("ids that Windows keeps for devices are refused") {
    using Lines = std::vector<std::string>;
    for (const std::string id : {"con", "nul", "aux", "prn", "com1", "lpt9"}) {
        CAPTURE(id);
        const Lines got = thidua::test::diagnose(
            "<cluster-year format=\"1\" year=\"2023\">\n  <cluster id=\"" + id +
            "\" name=\"C\"/>\n  <members>\n    <member id=\"a\" name=\"A\" role=\"head\"/>\n"
            "  </members>\n</cluster-year>\n");
        CHECK(got == Lines{"t.xml:2:16: error: '" + id +
                           "' cannot be an id: Windows keeps the name for a device, and ids "
                           "become file and folder names in archives copied to Windows "
                           "machines; write e.g. '" +
                           id + "-1'"});
    }
    // Names that merely start like one are fine.
    CHECK(thidua::test::diagnose(
              "<cluster-year format=\"1\" year=\"2023\">\n  <cluster id=\"con-cuong\" "
              "name=\"C\"/>\n  <members>\n    <member id=\"com10\" name=\"A\" role=\"head\"/>\n"
              "  </members>\n</cluster-year>\n")
              .empty());
}

TEST_CASE("two files of one cluster-year in one render: an error naming both, neither rendered") {
    thidua::test::TempDir dir;
    const auto copy = dir.path / "copy.xml";
    std::filesystem::copy_file(source_path("samples/dong-bac-2023.xml"), copy);
    const auto p = run_thidua("render '" + source_path("samples/dong-bac-2023.xml") + "' '" +
                              copy.string() + "' '" + source_path("samples/dbsh-2017.xml") +
                              "' -o '" + (dir.path / "out").string() + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err == copy.string() + ": error: cluster 'dong-bac' for 2023 is also given by " +
                       source_path("samples/dong-bac-2023.xml") +
                       "; both would write the same documents, so neither is rendered: render "
                       "one file per cluster-year\n");
    CHECK_FALSE(std::filesystem::exists(dir.path / "out/dong-bac"));
    CHECK(std::filesystem::exists(dir.path / "out/dbsh/2017/bien-ban.pdf"));
}

TEST_CASE("thidua new writes next year's file from this year's, which checks and renders") {
    thidua::test::TempDir dir;
    const std::string sample = thidua::test::source_path("samples/dong-bac-2023.xml");
    const std::string next = (dir.path / "dong-bac-2024.xml").string();
    const auto made = run_thidua("new '" + sample + "' -o '" + next + "'");
    INFO(made.err);
    REQUIRE(made.exit_code == 0);
    const std::string text = thidua::test::read_file(next);
    CHECK(text.find("<cluster-year format=\"1\" year=\"2024\">") != std::string::npos);
    // The head the 2023 conference elected (<succession head="lang-son">).
    CHECK(text.find("id=\"lang-son\" name=\"Liên minh HTX tỉnh Lạng Sơn\" place=\"Lạng Sơn\" "
                    "role=\"head\"") != std::string::npos);
    CHECK(text.find("id=\"bac-kan\" name=\"Liên minh HTX tỉnh Bắc Kạn\" place=\"Bắc Kạn\" "
                    "role=\"member\"") != std::string::npos);
    CHECK(text.find("<representative name=\"Dương Văn Huấn\" title=\"Chủ tịch\"/>") !=
          std::string::npos);
    // 2023's figures as the year before (the sample's row for bac-kan: 32).
    CHECK(text.find("<row member=\"bac-kan\" mo-hinh=\"32\" year=\"2023\"/>") != std::string::npos);
    CHECK(text.find("ĐIỀN") != std::string::npos);
    // The meeting's distribution list stays, in a skeleton to fill in.
    CHECK(text.find("<title>Hội nghị tổng kết công tác thi đua năm 2024</title>\n    <recipients>\n"
                    "      <to>Liên minh HTX Việt Nam</to>") != std::string::npos);
    const auto check = run_thidua("check '" + next + "'");
    CHECK(check.exit_code == 0);
    const auto render =
        run_thidua("render '" + next + "' -o '" + (dir.path / "out").string() + "'");
    CHECK(render.exit_code == 0);
    CHECK(thidua::test::folded(thidua::test::pdf_text(dir.path / "out/dong-bac/2024/giao-uoc.pdf"))
              .find("GIAO ƯỚC THI ĐUA NĂM 2025") != std::string::npos);
    // A second new over it is refused unless --force.
    const auto again = run_thidua("new '" + sample + "' -o '" + next + "'");
    CHECK(again.exit_code == 1);
    CHECK(again.err == "thidua new: " + next +
                           " already exists; choose another name, or add --force to replace it\n");
    CHECK(run_thidua("new '" + sample + "' -o '" + next + "' --force").exit_code == 0);
    // Every sample makes a next year that checks.
    for (const auto& e :
         std::filesystem::directory_iterator(thidua::test::source_path("samples"))) {
        CAPTURE(e.path().string());
        const std::string out = (dir.path / ("next-" + e.path().filename().string())).string();
        REQUIRE(run_thidua("new '" + e.path().string() + "' -o '" + out + "'").exit_code == 0);
        CHECK(run_thidua("check '" + out + "'").exit_code == 0);
    }
    // A file with errors makes nothing.
    std::ofstream(dir.path / "bad.xml") << "<cluster-year format=\"1\" year=\"23\"/>\n";
    const auto bad = run_thidua("new '" + (dir.path / "bad.xml").string() + "' -o '" +
                                (dir.path / "bad-next.xml").string() + "'");
    CHECK(bad.exit_code == 1);
    CHECK_FALSE(std::filesystem::exists(dir.path / "bad-next.xml"));
}

TEST_CASE("thidua new makes a first year from the cluster and its members") {
    thidua::test::TempDir dir;
    const std::string file = (dir.path / "tay-bac-2025.xml").string();
    const auto made = run_thidua(
        "new --cluster tay-bac --name 'Cụm thi đua Liên minh HTX các tỉnh Tây Bắc' --year 2025 "
        "--members 'son-la=Liên minh HTX tỉnh Sơn La; dien-bien=Liên minh HTX tỉnh Điện Biên' -o "
        "'" +
        file + "'");
    INFO(made.err);
    REQUIRE(made.exit_code == 0);
    const std::string text = thidua::test::read_file(file);
    CHECK(text.find("<member id=\"son-la\" name=\"Liên minh HTX tỉnh Sơn La\" role=\"head\"/>") !=
          std::string::npos);
    CHECK(text.find("<member id=\"dien-bien\" name=\"Liên minh HTX tỉnh Điện Biên\" "
                    "role=\"member\"/>") != std::string::npos);
    CHECK(run_thidua("check '" + file + "'").exit_code == 0);
    // Nothing but the cluster and its members: the blank covenant form.
    REQUIRE(
        run_thidua("render '" + file + "' -o '" + (dir.path / "out").string() + "'").exit_code ==
        0);
    CHECK(std::filesystem::exists(dir.path / "out/tay-bac/2025/giao-uoc.pdf"));
    // A wrong id is said at once, and nothing is written.
    const std::string bad = (dir.path / "bad.xml").string();
    const auto refused =
        run_thidua("new --cluster x --name N --year 2025 --members 'Bac Kan=A' -o '" + bad + "'");
    CHECK(refused.exit_code == 1);
    CHECK(refused.err == "thidua new: 'Bac Kan' is not a valid id; use lower-case letters a-z, "
                         "digits and '-' (at most 40), e.g. 'bac-kan'\nthidua new: nothing was "
                         "written\n");
    CHECK_FALSE(std::filesystem::exists(bad));
}

namespace {

// What the dynamic linker says (LD_DEBUG=`what`: files, bindings) on the
// standard error while `exe` runs with `args`; the run's output with it.
thidua::test::Process dynamic_linker_says(const std::string& what, const std::string& exe,
                                          const std::string& args) {
    return thidua::test::shell("LD_DEBUG=" + what + " '" + exe + "' " + args);
}

} // namespace

TEST_CASE("HarfBuzz and libharu are loaded only by what needs them, not at start") {
    // Linked, they and the eight libraries HarfBuzz brings were most of
    // --version's 3-4 ms; now loaded when the first font is read and the
    // first PDF built (font/harfbuzz_library.hpp, pdf/libharu_library.hpp).
    const auto loaded = [](const std::string& args) {
        return dynamic_linker_says("files", THIDUA_EXE, args).err;
    };
    const std::string version = loaded("--version");
    CHECK(version.find("libstdc++") != std::string::npos); // LD_DEBUG did report
    CHECK(version.find("libharfbuzz") == std::string::npos);
    CHECK(version.find("libhpdf") == std::string::npos);
    CHECK(version.find("libfreetype") == std::string::npos);
    thidua::test::TempDir dir;
    const std::string render = loaded("render '" + source_path("samples/dong-bac-2023.xml") +
                                      "' -o '" + dir.path.string() + "'");
    CHECK(render.find("libharfbuzz-subset.so.0") != std::string::npos);
    CHECK(render.find("libhpdf-2.3.0.so") != std::string::npos);
    CHECK(std::filesystem::exists(dir.path / "dong-bac/2023/bien-ban.pdf"));
}

namespace {

// "name@version" of each dynamic symbol nm lists with a version from
// libstdc++ (GLIBCXX_ or CXXABI_), from `nm -D` output ("@@" for a
// definition's default version).
std::set<std::string> libstdcxx_symbols(const std::string& nm) {
    std::set<std::string> found;
    std::istringstream lines(nm);
    std::string line;
    while (std::getline(lines, line)) {
        const std::string name = line.substr(line.find_last_of(' ') + 1);
        const auto at = name.find('@');
        if (at == std::string::npos) continue;
        const auto version = name.find_first_not_of('@', at);
        if (name.compare(version, 8, "GLIBCXX_") != 0 && name.compare(version, 7, "CXXABI_") != 0)
            continue;
        found.insert(name.substr(0, at) + "@" + name.substr(version));
    }
    return found;
}

} // namespace

TEST_CASE("libstdc++ is the program's own: tinyxml2 is served by it through the stand-in, and a "
          "program copied alone loads Debian's") {
    if (!THIDUA_STATIC_LIBSTDCXX) return; // sanitizer builds link Debian's, as before
    const auto loaded = [](const std::string& exe, const std::string& args) {
        return dynamic_linker_says("files,bindings", exe, args);
    };
    const std::string sample = "'" + source_path("samples/dong-bac-2023.xml") + "'";
    const auto own = loaded(THIDUA_EXE, "check " + sample);
    CHECK(own.exit_code == 0);
    const std::string stand_in =
        (std::filesystem::path(THIDUA_EXE).parent_path() / "stand-in/libstdc++.so.6").string();
    // The dynamic linker maps the stand-in, never Debian's libstdc++.
    CHECK(own.err.find("calling init: " + stand_in) != std::string::npos);
    CHECK(own.err.find("/x86_64-linux-gnu/libstdc++.so.6") == std::string::npos);
    // What tinyxml2 takes from libstdc++, read from the library itself, is
    // exported by the program with the same versions.
    const std::string tinyxml2 = thidua::test::output_of(
        "ldd '" THIDUA_EXE "' | sed -n 's|.*libtinyxml2[^ ]* => \\([^ ]*\\).*|\\1|p'");
    REQUIRE(!tinyxml2.empty());
    const auto needed = libstdcxx_symbols(thidua::test::output_of(
        "nm -D --undefined-only '" + tinyxml2.substr(0, tinyxml2.find('\n')) + "'"));
    const auto exported =
        libstdcxx_symbols(thidua::test::output_of("nm -D --defined-only '" THIDUA_EXE "'"));
    CHECK(needed.size() >= 9); // operator new ... __gxx_personality_v0 (bookworm's 9.0.0)
    for (const std::string& symbol : needed) {
        CAPTURE(symbol);
        CHECK(exported.count(symbol) == 1);
    }
    // tinyxml2's calls into libstdc++ land in the program: its operator new
    // (bound at the first call, parsing the file) and its type information.
    CHECK(own.err.find("libtinyxml2.so.9 [0] to " THIDUA_EXE " [0]: normal symbol `_Znwm' "
                       "[GLIBCXX_3.4]") != std::string::npos);
    CHECK(own.err.find("libtinyxml2.so.9 [0] to " THIDUA_EXE " [0]: normal symbol "
                       "`_ZTVN10__cxxabiv117__class_type_infoE' [CXXABI_1.3]") !=
          std::string::npos);
    // Copied where no stand-in is beside it, the program loads Debian's
    // libstdc++ for tinyxml2 and works the same.
    thidua::test::TempDir dir;
    const auto lone = dir.path / "thidua";
    std::filesystem::copy_file(THIDUA_EXE, lone);
    const auto alone = loaded(lone.string(), "check " + sample);
    CHECK(alone.exit_code == 0);
    CHECK(alone.out == own.out);
    CHECK(alone.err.find("/x86_64-linux-gnu/libstdc++.so.6") != std::string::npos);
    CHECK(alone.err.find("libtinyxml2.so.9 [0] to " + lone.string() +
                         " [0]: normal symbol `_Znwm' [GLIBCXX_3.4]") != std::string::npos);
}
