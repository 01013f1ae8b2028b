// The thidua command line: check's exit codes and output, help, version.
#include "cli/commands.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
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
    for (const char* command : {"check FILE...", "help", "version"}) {
        CHECK(help.out.find(std::string("  ") + command) != std::string::npos);
    }
    CHECK(help.out.find("example: thidua check samples/dong-bac-2023.xml") != std::string::npos);
    const auto version = run_thidua("--version");
    CHECK(version.exit_code == 0);
    CHECK(version.out.rfind("thidua ", 0) == 0);
    CHECK(std::count(version.out.begin(), version.out.end(), '\n') == 1);
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
