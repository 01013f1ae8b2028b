// Shape checks: unknown or misplaced elements and attributes (with "did
// you mean"), missing required parts, repeated singletons, stray text.
#include "support.hpp"

#include <doctest/doctest.h>

using thidua::test::diagnose;
using thidua::test::with_body;
using Lines = std::vector<std::string>;

TEST_CASE("the shared three-member file is valid") {
    CHECK(diagnose(with_body("")).empty());
}

TEST_CASE("unknown element with a close known name: did you mean") {
    CHECK(diagnose(with_body("  <meeting>\n    <title>H</title>\n    <chiar name=\"A\"/>\n"
                             "  </meeting>\n")) ==
          Lines{"t.xml:11:5: error: unknown element <chiar> in <meeting>; did you mean <chair>?"});
}

TEST_CASE("unknown element with nothing close lists what is allowed") {
    CHECK(diagnose(with_body("  <agenda><item>x</item></agenda>\n  <xyz/>\n")) ==
          Lines{"t.xml:9:3: error: <agenda> cannot be inside <cluster-year>; it belongs inside "
                "<meeting>",
                "t.xml:10:3: error: unknown element <xyz> in <cluster-year>; allowed here: "
                "<cluster>, <members>, <meeting>, <statistics>, <scoring>, <ballot>, <awards>, "
                "<covenant>, <succession>"});
}

TEST_CASE("unknown attribute: did you mean, or the list of attributes") {
    CHECK(diagnose(with_body("  <statistics>\n    <indicator id=\"htx\" lable=\"HTX\"/>\n"
                             "  </statistics>\n")) ==
          Lines{"t.xml:10:5: error: <indicator> needs the attribute 'label'",
                "t.xml:10:25: error: unknown attribute 'lable' on <indicator>; did you mean "
                "'label'?"});
    CHECK(diagnose(with_body("  <succession head=\"lang-son\" colour=\"red\"/>\n")) ==
          Lines{"t.xml:9:31: error: unknown attribute 'colour' on <succession>; it takes 'year', "
                "'head', 'deputy'"});
}

TEST_CASE("required attributes and elements") {
    CHECK(diagnose(with_body("  <meeting date=\"2023-11-24\"/>\n")) ==
          Lines{"t.xml:9:3: error: <meeting> needs a <title> element"});
    CHECK(diagnose(with_body("  <meeting><title> </title></meeting>\n")) ==
          Lines{"t.xml:9:12: error: <title> is empty"});
    CHECK(diagnose(with_body("  <awards/>\n")) ==
          Lines{"t.xml:9:3: error: <awards> needs at least one <award>"});
    CHECK(diagnose(with_body(
              "  <ballot id=\"b\" voters=\"3\"><tally member=\"bac-kan\"/></ballot>\n")) ==
          Lines{"t.xml:9:3: error: <ballot> needs the attribute 'title'",
                "t.xml:9:29: error: <tally> needs the attribute 'votes'"});
    CHECK(diagnose(with_body("  <succession year=\"2024\"/>\n")) ==
          Lines{"t.xml:9:3: error: <succession> needs the attribute 'head'"});
    CHECK(diagnose(with_body("  <meeting><title>H</title><chair name=\"\"/></meeting>\n")) ==
          Lines{"t.xml:9:41: error: the attribute 'name' on <chair> is empty"});
}

TEST_CASE("the root needs its attributes and its required children") {
    CHECK(diagnose("<cluster-year>\n</cluster-year>\n") ==
          Lines{"t.xml:1:1: error: <cluster-year> needs a <cluster> element",
                "t.xml:1:1: error: <cluster-year> needs a <members> element",
                "t.xml:1:1: error: <cluster-year> needs the attribute 'format'",
                "t.xml:1:1: error: <cluster-year> needs the attribute 'year'"});
    CHECK(diagnose("<cluster-year format=\"2\" year=\"23\">\n  <cluster id=\"c\" name=\"C\"/>\n"
                   "  <members><member id=\"a\" name=\"A\" role=\"head\"/></members>\n"
                   "</cluster-year>\n") ==
          Lines{"t.xml:1:23: error: format \"2\" is not supported; this version of thidua reads "
                "format=\"1\"",
                "t.xml:1:32: error: '23' is not a year; write four digits, e.g. 2023"});
}

TEST_CASE("a singleton given twice is reported at the second one") {
    CHECK(diagnose(with_body("  <covenant/>\n  <covenant/>\n")) ==
          Lines{"t.xml:10:3: error: <covenant> may appear only once in <cluster-year> (first on "
                "line 9)"});
}

TEST_CASE("stray text inside a container is an error") {
    CHECK(diagnose(with_body(
              "  <awards>Cờ thi đua<award type=\"Cờ\" member=\"bac-kan\"/></awards>\n")) ==
          Lines{"t.xml:9:3: error: text is not allowed directly inside <awards>"});
}

TEST_CASE("only <b> and <i> may sit inside paragraphs, <title> is plain text") {
    CHECK(diagnose(with_body("  <meeting><title>H</title><report><p>a <u>b</u></p></report>"
                             "</meeting>\n")) ==
          Lines{"t.xml:9:41: error: unknown element <u> in <p>; did you mean <b>?"});
    CHECK(diagnose(with_body("  <meeting><title>H <b>x</b></title></meeting>\n")) ==
          Lines{"t.xml:9:21: error: unknown element <b> in <title>; <title> holds no elements"});
    CHECK(diagnose(with_body("  <covenant><target><b class=\"x\">a</b></target></covenant>\n")) ==
          Lines{"t.xml:9:24: error: unknown attribute 'class' on <b>; <b> takes no attributes"});
}

TEST_CASE("a file with three different mistakes reports all three, in order") {
    const Lines lines =
        diagnose(with_body("  <meeting date=\"2023-11-31\">\n    <title>H</title>\n  </meeting>\n"
                           "  <awards><award type=\"Cờ\" member=\"bac-can\"/></awards>\n"
                           "  <succesion head=\"lang-son\"/>\n"));
    CHECK(lines == Lines{"t.xml:9:18: error: '2023-11-31' is not a date; write YYYY-MM-DD, e.g. "
                         "2023-11-24",
                         "t.xml:12:36: error: unknown member 'bac-can'; did you mean 'bac-kan'?",
                         "t.xml:13:3: error: unknown element <succesion> in <cluster-year>; did "
                         "you mean <succession>?"});
}
