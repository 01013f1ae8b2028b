// What `check` accepts, `render` and `archive` make whole: check makes every
// document as render would (glyphs, layout, templates, fonts) and writes
// nothing; a file with any error gets no document at all, in render and in
// archive; a missing glyph is reported once, at the input's LINE:COLUMN.
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

using thidua::test::read_file;
using thidua::test::run_thidua;
using thidua::test::source_path;
using thidua::test::TempDir;
namespace fs = std::filesystem;

namespace {

// A valid file whose cluster name holds `name` (line 2, the value at column 25).
std::string cluster_named(const std::string& name) {
    return "<cluster-year format=\"1\" year=\"2023\">\n"
           "<cluster id=\"c\" name=\"A " +
           name +
           " B\"/>\n"
           "<members><member id=\"a\" name=\"A\" role=\"head\"/></members>\n"
           "</cluster-year>\n";
}

fs::path write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path;
}

} // namespace

TEST_CASE("a character no font has: check fails at its LINE:COLUMN, render writes nothing") {
    TempDir dir;
    for (const std::string written : {"😀", "&#x1F600;", "&#128512;"}) {
        CAPTURE(written);
        const fs::path file = write(dir.path / "emoji.xml", cluster_named(written));
        const auto check = run_thidua("check '" + file.string() + "'");
        CHECK(check.exit_code == 1);
        // One line, though the character is missing from three fonts' uses
        // in two documents.
        CHECK(check.err == file.string() +
                               ":2:25: error: the character U+01F600 '😀' has no glyph in "
                               "Liberation Serif, the documents' font; write it another way or "
                               "configure a font that has it (fonts/README.md)\n");
        CHECK(check.out == file.string() + ": 1 error, 0 warnings\n");
        const auto render = run_thidua("render '" + file.string() + "' -o '" +
                                       (dir.path / "out").string() + "'");
        CHECK(render.exit_code == 1);
        CHECK(render.out.empty());
        CHECK_FALSE(fs::exists(dir.path / "out/c")); // not even the workbook
    }
}

TEST_CASE("archive stores nothing of a cluster-year whose documents cannot all be made") {
    TempDir dir;
    write(dir.path / "src/emoji.xml", cluster_named("😀"));
    const auto p = run_thidua("archive '" + (dir.path / "src").string() + "' -o '" +
                              (dir.path / "archive").string() + "' --keep-going");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find("emoji.xml:2:25: error: the character U+01F600") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.path / "archive/2023/c"));
}

TEST_CASE("check lays the documents out: a word no column can hold is an error there too") {
    TempDir dir;
    std::string word;
    for (int k = 0; k < 20; ++k)
        word += "Doanhthu";
    const fs::path file = write(
        dir.path / "wide.xml",
        "<cluster-year format=\"1\" year=\"2023\">\n<cluster id=\"c\" name=\"C\"/>\n"
        "<members><member id=\"a\" name=\"A\" role=\"head\"/></members>\n"
        "<statistics><indicator id=\"x\" label=\"" +
            word + "\"/><row member=\"a\" x=\"1\"/></statistics>\n</cluster-year>\n");
    const auto check = run_thidua("check '" + file.string() + "'");
    CHECK(check.exit_code == 1);
    CHECK(check.err.find("('" + word + "')") != std::string::npos);
    CHECK(check.err.find("cannot fit the page") != std::string::npos);
    const auto render =
        run_thidua("render '" + file.string() + "' -o '" + (dir.path / "out").string() + "'");
    CHECK(render.exit_code == 1);
    CHECK_FALSE(fs::exists(dir.path / "out/c"));
}

TEST_CASE("check reads the templates and fonts render would use") {
    TempDir dir;
    fs::copy(source_path("templates"), dir.path / "templates");
    std::string minutes = read_file((dir.path / "templates/minutes.xml").string());
    const std::size_t at = minutes.find("{meeting.title|dots:40}");
    REQUIRE(at != std::string::npos);
    minutes.replace(at, 14, "{meeting.titel");
    write(dir.path / "templates/minutes.xml", minutes);
    const std::string sample = source_path("samples/dong-bac-2023.xml");
    const auto bad = run_thidua("check '" + sample + "' --templates '" +
                                (dir.path / "templates").string() + "'");
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("unknown field 'titel' in 'meeting'; did you mean 'title'?") !=
          std::string::npos);
    const auto no_fonts =
        run_thidua("check '" + sample + "' --fonts '" + (dir.path / "nothing").string() + "'");
    CHECK(no_fonts.exit_code == 1);
    CHECK(no_fonts.err.starts_with("thidua check: "));
    // A fonts folder with one style of four is refused, not mixed with the default.
    const fs::path liberation = "/usr/share/fonts/truetype/liberation2";
    fs::create_directories(dir.path / "fonts");
    fs::copy_file(liberation / "LiberationSerif-Regular.ttf", dir.path / "fonts/regular.ttf");
    const auto one = run_thidua("check '" + sample + "' --fonts '" +
                                (dir.path / "fonts").string() + "'");
    CHECK(one.exit_code == 1);
    CHECK(one.err == "thidua check: " + (dir.path / "fonts").string() +
                         ": the fonts folder lacks bold.ttf, italic.ttf, bold-italic.ttf; it needs "
                         "all four styles (regular.ttf, bold.ttf, italic.ttf, bold-italic.ttf) "
                         "of one font (fonts/README.md)\n");
    fs::copy_file(liberation / "LiberationSerif-Bold.ttf", dir.path / "fonts/bold.ttf");
    fs::copy_file(liberation / "LiberationSerif-Italic.ttf", dir.path / "fonts/italic.ttf");
    fs::copy_file(liberation / "LiberationSerif-BoldItalic.ttf", dir.path / "fonts/bold-italic.ttf");
    const auto fine = run_thidua("check '" + sample + "' --templates '" +
                                 source_path("templates") + "' --fonts '" +
                                 (dir.path / "fonts").string() + "'");
    CHECK(fine.exit_code == 0);
}
