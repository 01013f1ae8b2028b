// What `check` accepts, `render` and `archive` make whole: check makes every
// document as render would (glyphs, layout, templates, fonts) and writes
// nothing; a file with any error gets no document at all, in render and in
// archive; a missing glyph is reported once, at the input's LINE:COLUMN.
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

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

// The names of the files in `folder`.
std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    return names;
}

// A copy of the templates in `dir`/templates whose minutes misspell a field
// ("unknown field 'titel'"); returns the folder.
fs::path templates_with_a_broken_minutes(const fs::path& dir) {
    fs::copy(source_path("templates"), dir / "templates");
    std::string minutes = read_file((dir / "templates/minutes.xml").string());
    const std::size_t at = minutes.find("{meeting.title|dots:40}");
    REQUIRE(at != std::string::npos);
    minutes.replace(at, 14, "{meeting.titel");
    write(dir / "templates/minutes.xml", minutes);
    return dir / "templates";
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
        const auto render =
            run_thidua("render '" + file.string() + "' -o '" + (dir.path / "out").string() + "'");
        CHECK(render.exit_code == 1);
        CHECK(render.out.empty());
        CHECK_FALSE(fs::exists(dir.path / "out/c")); // not even the workbook
    }
}

TEST_CASE("render's failed file leaves the folder as it was: no temporary file, no new folder") {
    // The documents a file can make are written into temporary files while
    // the others are made (the workbook here: only the PDFs lack the
    // glyph); they must all go again, and so must the folders made for them.
    TempDir dir;
    const fs::path file = write(dir.path / "emoji.xml", cluster_named("😀"));
    const auto fresh =
        run_thidua("render '" + file.string() + "' -o '" + (dir.path / "new/out").string() + "'");
    CHECK(fresh.exit_code == 1);
    CHECK(fs::exists(dir.path));
    CHECK_FALSE(fs::exists(dir.path / "new")); // not even the folder -o named
    // An earlier year's file stays as it was, alone in its folder.
    const fs::path earlier = write(dir.path / "out/c/2023/thong-ke.xlsx", "earlier");
    const auto again =
        run_thidua("render '" + file.string() + "' -o '" + (dir.path / "out").string() + "'");
    CHECK(again.exit_code == 1);
    CHECK(read_file(earlier) == "earlier");
    CHECK(names_in(dir.path / "out/c/2023") == std::vector<std::string>{"thong-ke.xlsx"});
}

TEST_CASE("render's broken template or font leaves the folder as it was, though the other "
          "documents were already made") {
    // Each kind makes the first file's documents as soon as its own
    // template, the fonts and the file are read: with the minutes' template
    // broken, the covenant and the workbook are made and written into
    // temporary files before the error is known; with a broken font style,
    // no kind makes anything. Either way nothing may stay behind.
    TempDir dir;
    const fs::path templates = templates_with_a_broken_minutes(dir.path);
    const fs::path liberation = "/usr/share/fonts/truetype/liberation2";
    fs::create_directories(dir.path / "fonts");
    fs::copy_file(liberation / "LiberationSerif-Regular.ttf", dir.path / "fonts/regular.ttf");
    fs::copy_file(liberation / "LiberationSerif-Italic.ttf", dir.path / "fonts/italic.ttf");
    fs::copy_file(liberation / "LiberationSerif-BoldItalic.ttf",
                  dir.path / "fonts/bold-italic.ttf");
    write(dir.path / "fonts/bold.ttf",
          read_file((liberation / "LiberationSerif-Bold.ttf").string()).substr(0, 1000));
    const std::string sample = source_path("samples/dong-bac-2023.xml");
    const std::vector<std::string> options = {"--templates '" + (dir.path / "templates").string() +
                                                  "'",
                                              "--fonts '" + (dir.path / "fonts").string() + "'"};
    for (const std::string& option : options) {
        CAPTURE(option);
        const auto fresh = run_thidua("render '" + sample + "' -o '" +
                                      (dir.path / "new/out").string() + "' " + option);
        CHECK(fresh.exit_code == 1);
        CHECK((fresh.err.find("unknown field 'titel'") != std::string::npos ||
               fresh.err.find("bold.ttf") != std::string::npos));
        CHECK_FALSE(fs::exists(dir.path / "new")); // not even the folder -o named
        // Earlier documents stay as they were, alone in their folder.
        const fs::path earlier = write(dir.path / "out/dong-bac/2023/bien-ban.pdf", "earlier");
        const auto again = run_thidua("render '" + sample + "' -o '" + (dir.path / "out").string() +
                                      "' " + option);
        CHECK(again.exit_code == 1);
        CHECK(read_file(earlier) == "earlier");
        CHECK(names_in(dir.path / "out/dong-bac/2023") == std::vector<std::string>{"bien-ban.pdf"});
        fs::remove_all(dir.path / "out");
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
    const fs::path file =
        write(dir.path / "wide.xml",
              "<cluster-year format=\"1\" year=\"2023\">\n<cluster id=\"c\" name=\"C\"/>\n"
              "<members><member id=\"a\" name=\"A\" role=\"head\"/></members>\n"
              "<statistics><indicator id=\"x\" label=\"" +
                  word + "\"/><row member=\"a\" x=\"1\"/></statistics>\n</cluster-year>\n");
    const auto check = run_thidua("check '" + file.string() + "'");
    CHECK(check.exit_code == 1);
    // At the label's place in the input (line 4, column 38: after
    // `<statistics><indicator id="x" label="`), not the template's line,
    // and one message per table: the minutes' table, whose key columns hold
    // the label, and the appendix table, where the label heads a column.
    CHECK(check.err.find("wide.xml:4:38: error: the key columns of the table at ") !=
          std::string::npos);
    CHECK(check.err.find("wide.xml:4:38: error: column 3 ('" + word + "') of the table at ") !=
          std::string::npos);
    CHECK(check.err.find("cannot fit the page") != std::string::npos);
    CHECK(check.err.find("('" + word + "', here)") != std::string::npos);
    CHECK(check.err.find("wide.xml: error:") == std::string::npos); // every error has its line
    CHECK(check.out == file.string() + ": 2 errors, 0 warnings\n");
    const auto render =
        run_thidua("render '" + file.string() + "' -o '" + (dir.path / "out").string() + "'");
    CHECK(render.exit_code == 1);
    CHECK_FALSE(fs::exists(dir.path / "out/c"));
}

TEST_CASE("a word of the input too wide for its line is reported where the input holds it") {
    TempDir dir;
    const std::string word(150, 'X');
    const fs::path file =
        write(dir.path / "wide.xml",
              "<cluster-year format=\"1\" year=\"2023\">\n<cluster id=\"c\" name=\"C\"/>\n"
              "<members><member id=\"a\" name=\"A\" role=\"head\"/></members>\n<meeting>\n"
              "<!-- " +
                  word + " -->\n<title>Hội nghị " + word +
                  " tổng kết</title>\n</meeting>\n"
                  "</cluster-year>\n");
    const auto check = run_thidua("check '" + file.string() + "'");
    CHECK(check.exit_code == 1);
    // Line 6, column 17: past `<title>Hội nghị ` (16 characters); the same
    // word in the comment above is not where the title comes from. One
    // message: the overflow is not reported again page by page.
    const std::string template_line = source_path("templates/minutes.xml") + ":";
    CHECK(check.err.starts_with(file.string() + ":6:17: error: '" + word +
                                "' is wider than the space it must fit in ("));
    CHECK(check.err.find("), where " + template_line) != std::string::npos);
    CHECK(check.err.find(" sets it. Shorten it here") != std::string::npos);
    CHECK(check.out == file.string() + ": 1 error, 0 warnings\n");
    // The template's own words are still reported at the template's line.
    fs::copy(source_path("templates"), dir.path / "templates");
    std::string minutes = read_file((dir.path / "templates/minutes.xml").string());
    const std::size_t at = minutes.find("<p");
    REQUIRE(at != std::string::npos);
    minutes.insert(at, "<p>" + std::string(200, 'Y') + "</p>");
    write(dir.path / "templates/minutes.xml", minutes);
    const std::string plain = source_path("samples/dong-bac-2023.xml");
    const auto own =
        run_thidua("check '" + plain + "' --templates '" + (dir.path / "templates").string() + "'");
    CHECK(own.exit_code == 1);
    CHECK(own.err.starts_with(plain + ": error: '" + std::string(200, 'Y') + "'"));
    CHECK(own.err.find("; it comes from " + (dir.path / "templates/minutes.xml").string() + ":") !=
          std::string::npos);
}

TEST_CASE("a templates folder may hold only the templates someone edited") {
    TempDir dir;
    const fs::path mine = dir.path / "mine";
    fs::create_directories(mine);
    std::string minutes = read_file(source_path("templates/minutes.xml"));
    const std::size_t at = minutes.find("Thành phần tham dự:");
    REQUIRE(at != std::string::npos);
    minutes.replace(at, std::string("Thành phần tham dự:").size(), "Thành phần dự họp:");
    write(mine / "minutes.xml", minutes);
    const std::string sample = source_path("samples/dong-bac-2023.xml");
    const auto p = run_thidua("render '" + sample + "' -o '" + (dir.path / "out").string() +
                              "' --templates '" + mine.string() + "'");
    INFO(p.err);
    CHECK(p.exit_code == 0);
    CHECK(p.err == "thidua render: templates: minutes.xml from " + mine.string() +
                       "; covenant.xml, bases.xml, workbook.xml from the defaults (" +
                       source_path("templates") + ")\n");
    const std::string text =
        thidua::test::folded(thidua::test::pdf_text(dir.path / "out/dong-bac/2023/bien-ban.pdf"));
    CHECK(text.find("Thành phần dự họp:") != std::string::npos);
    CHECK(fs::exists(dir.path / "out/dong-bac/2023/giao-uoc.pdf"));
    CHECK(fs::exists(dir.path / "out/dong-bac/2023/thong-ke.xlsx"));
}

TEST_CASE("check reads the templates and fonts render would use") {
    TempDir dir;
    const fs::path templates = templates_with_a_broken_minutes(dir.path);
    const std::string sample = source_path("samples/dong-bac-2023.xml");
    const auto bad = run_thidua("check '" + sample + "' --templates '" + templates.string() + "'");
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
    const auto one =
        run_thidua("check '" + sample + "' --fonts '" + (dir.path / "fonts").string() + "'");
    CHECK(one.exit_code == 1);
    CHECK(one.err == "thidua check: " + (dir.path / "fonts").string() +
                         ": the fonts folder lacks bold.ttf, italic.ttf, bold-italic.ttf; it needs "
                         "all four styles (regular.ttf, bold.ttf, italic.ttf, bold-italic.ttf) "
                         "of one font (fonts/README.md), or give --fonts-fallback to set those "
                         "styles in Liberation Serif\n");
    // With --fonts-fallback, Liberation Serif stands in for the missing styles.
    const auto mixed = run_thidua("check '" + sample + "' --fonts '" +
                                  (dir.path / "fonts").string() + "' --fonts-fallback");
    CHECK(mixed.exit_code == 0);
    CHECK(mixed.err == "thidua check: " + (dir.path / "fonts").string() +
                           " lacks bold.ttf, italic.ttf, bold-italic.ttf; Liberation Serif stands "
                           "in for those styles (--fonts-fallback)\n");
    fs::copy_file(liberation / "LiberationSerif-Bold.ttf", dir.path / "fonts/bold.ttf");
    fs::copy_file(liberation / "LiberationSerif-Italic.ttf", dir.path / "fonts/italic.ttf");
    fs::copy_file(liberation / "LiberationSerif-BoldItalic.ttf",
                  dir.path / "fonts/bold-italic.ttf");
    const auto fine = run_thidua("check '" + sample + "' --templates '" + source_path("templates") +
                                 "' --fonts '" + (dir.path / "fonts").string() + "'");
    CHECK(fine.exit_code == 0);
}
