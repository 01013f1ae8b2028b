// File-level checks: missing, folder, empty, too large, not UTF-8, another
// encoding declared, and XML that is not well-formed.
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using thidua::test::diagnose;
namespace fs = std::filesystem;

namespace {

using thidua::test::TempDir;

std::string messages_of(const fs::path& p, const std::string& shown) {
    return thidua::load::load_file(p, shown).diagnostics.format();
}

} // namespace

TEST_CASE("a missing file, a folder and an empty file each get their own message") {
    TempDir dir;
    CHECK(messages_of(dir.path / "nope.xml", "nope.xml") ==
          "nope.xml: error: no such file; check the name and the folder\n");
    CHECK(messages_of(dir.path, "samples") ==
          "samples: error: this is a folder, not a file; give the path of an .xml file in it\n");
    std::ofstream(dir.path / "empty.xml").close();
    CHECK(messages_of(dir.path / "empty.xml", "empty.xml") ==
          "empty.xml: error: the file is empty; start from samples/blank.xml\n");
    std::ofstream(dir.path / "blank.xml") << "\n  \n";
    CHECK(messages_of(dir.path / "blank.xml", "blank.xml") ==
          "blank.xml: error: the file is empty; start from samples/blank.xml\n");
}

TEST_CASE("a file over 16 MiB is refused before it is read") {
    TempDir dir;
    const fs::path big = dir.path / "big.xml";
    std::ofstream(big).close();
    fs::resize_file(big, thidua::load::max_file_bytes + 1); // sparse: nothing to read
    CHECK(messages_of(big, "big.xml") ==
          "big.xml: error: the file is 16 MiB; the limit is 16 MiB for one cluster-year, so it "
          "was not read\n");
    fs::resize_file(big, 20u * 1024u * 1024u + 600u * 1024u);
    CHECK(messages_of(big, "big.xml") ==
          "big.xml: error: the file is 20.5 MiB; the limit is 16 MiB for one cluster-year, so it "
          "was not read\n");
}

TEST_CASE("bytes that are not UTF-8 are reported with line and byte offset") {
    const std::string xml = "<?xml version=\"1.0\"?>\n<cluster-year format=\"1\" year=\"2023\">\n"
                            "  <cluster id=\"x\" name=\"B\xE1\xBA\"/>\n";
    const auto lines = diagnose(xml);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "t.xml:3:26: error: the file is not valid UTF-8: byte 0xE1 is not followed "
                      "by a valid continuation byte (byte offset 85); save the file as UTF-8");
}

TEST_CASE("the byte offset counts a byte-order mark too") {
    const std::string xml = "\xEF\xBB\xBF<a>\xFF</a>";
    CHECK(diagnose(xml) == std::vector<std::string>{
                               "t.xml:1:4: error: the file is not valid UTF-8: byte 0xFF cannot "
                               "start a character (byte offset 6); save the file as UTF-8"});
}

TEST_CASE("another declared encoding is refused") {
    const std::string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<cluster-year/>\n";
    CHECK(diagnose(xml) ==
          std::vector<std::string>{"t.xml:1:31: error: the file declares encoding \"ISO-8859-1\"; "
                                   "save it as UTF-8 and write encoding=\"UTF-8\""});
    CHECK(diagnose("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<x/>").front() ==
          "t.xml:2:1: error: the root element is <x>; a cluster-year file starts with "
          "<cluster-year format=\"1\" year=\"...\">");
}

TEST_CASE("XML syntax mistakes are explained with line and column") {
    CHECK(diagnose("<cluster-year>\n  <members>\n  </member>\n</cluster-year>") ==
          std::vector<std::string>{"t.xml:3:3: error: closing tag </member> does not match "
                                   "<members> opened on line 2; write </members>"});
    // An element closed too late: reported where it was opened, with the
    // place to close it, and nothing else (no cascade).
    CHECK(diagnose("<cluster-year>\n  <members>\n</cluster-year>") ==
          std::vector<std::string>{"t.xml:2:3: error: <members> is never closed; write </members> "
                                   "after its content, before </cluster-year> on line 3"});
    CHECK(diagnose("<cluster-year format=\"1\" year=\"2023\">\n<meeting>\n<title>T</title>\n"
                   "<agenda>\n<item>x</item>\n</meeting>\n</cluster-year>\n") ==
          std::vector<std::string>{"t.xml:4:1: error: <agenda> is never closed; write </agenda> "
                                   "after its content, before </meeting> on line 6"});
    CHECK(diagnose("<cluster-year>\n  <members>") ==
          std::vector<std::string>{"t.xml:2:3: error: <members> is never closed; add </members>"});
    CHECK(diagnose("<cluster-year format=1>") ==
          std::vector<std::string>{
              "t.xml:1:22: error: the value of 'format' must be in quotes: format=\"...\""});
    CHECK(diagnose("<cluster-year format>") ==
          std::vector<std::string>{
              "t.xml:1:15: error: the attribute 'format' needs a value: write format=\"...\""});
    CHECK(diagnose("<a>\n x < y\n</a>") ==
          std::vector<std::string>{"t.xml:2:4: error: a '<' in text must be written &lt;"});
    CHECK(diagnose("<a>\n<!-- note\n</a>") ==
          std::vector<std::string>{"t.xml:2:1: error: this comment is never closed; add -->"});
    CHECK(diagnose("<a x=\"1\" x=\"2\"/>") ==
          std::vector<std::string>{"t.xml:1:10: error: the attribute 'x' is given twice on <a>"});
}

TEST_CASE("one root element only, and it must be <cluster-year>") {
    CHECK(diagnose("<cluster-year format=\"1\" year=\"2023\"/>\n<cluster-year/>").front() ==
          "t.xml:2:1: error: a file holds one root element only; <cluster-year> comes after "
          "<cluster-year> ends");
}
