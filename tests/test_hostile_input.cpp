// Input made to break things: character references to what is not a
// character, raw control characters, texts too long for a PDF string or an
// Excel cell, too many attributes, nesting too deep, reserved device names.
// Each is an error at its LINE:COLUMN, found by check.
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using thidua::test::diagnose;
using thidua::test::with_body;
using Lines = std::vector<std::string>;

TEST_CASE("references to surrogates, past U+10FFFF, controls and non-characters are errors") {
    const std::string xml = "<a>\n"
                            "  <b x=\"&#xD800;\">&#x110000; &#x1FFFFF;</b>\n"
                            "  &#0;&#1;&#x1b;&#x7F;&#x85;\n"
                            "  &#xFFFE;&#xFFFF;&#xFDD0;&#xFDEF;&#x1FFFE;&#x10FFFF;\n"
                            "  &#9;&#10;&#13;&#x20;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFD;\n"
                            "</a>\n";
    CHECK(diagnose(xml) ==
          Lines{
              "t.xml:2:9: error: '&#xD800;' stands for U+D800, a surrogate (half of a UTF-16 "
              "pair), not a character, which a file may not hold; write the character itself",
              "t.xml:2:19: error: '&#x110000;' is past U+10FFFF, the last Unicode code point; "
              "check the number, or write the character itself",
              "t.xml:2:30: error: '&#x1FFFFF;' is past U+10FFFF, the last Unicode code point; "
              "check the number, or write the character itself",
              "t.xml:3:3: error: '&#0;' stands for U+0000, the null character, which a file may "
              "not hold; delete it",
              "t.xml:3:7: error: '&#1;' stands for U+0001, a control character, which a file may "
              "not hold; delete it",
              "t.xml:3:11: error: '&#x1b;' stands for U+001B, a control character, which a file "
              "may not hold; delete it",
              "t.xml:3:17: error: '&#x7F;' stands for U+007F, a control character, which a file "
              "may not hold; delete it",
              "t.xml:3:23: error: '&#x85;' stands for U+0085, a control character, which a file "
              "may not hold; delete it",
              "t.xml:4:3: error: '&#xFFFE;' stands for U+FFFE, a Unicode non-character, which a "
              "file may not hold; delete it",
              "t.xml:4:11: error: '&#xFFFF;' stands for U+FFFF, a Unicode non-character, which a "
              "file may not hold; delete it",
              "t.xml:4:19: error: '&#xFDD0;' stands for U+FDD0, a Unicode non-character, which a "
              "file may not hold; delete it",
              "t.xml:4:27: error: '&#xFDEF;' stands for U+FDEF, a Unicode non-character, which a "
              "file may not hold; delete it",
              "t.xml:4:35: error: '&#x1FFFE;' stands for U+1FFFE, a Unicode non-character, which "
              "a file may not hold; delete it",
              "t.xml:4:44: error: '&#x10FFFF;' stands for U+10FFFF, a Unicode non-character, "
              "which a file may not hold; delete it",
          });
}

TEST_CASE("empty and unfinished references are errors, never a cut text") {
    CHECK(diagnose(with_body("  <meeting><title>A &#; B Hội nghị</title></meeting>\n")) ==
          Lines{"t.xml:9:21: error: '&#;' has no number; a character reference is &#NUMBER; or "
                "&#xHEX; (e.g. &#7879; or &#x1EC7; for ệ), or write the character itself"});
    CHECK(diagnose("<a x=\"&#x;\">&#12a; &#123 &nbsp;</a>") ==
          Lines{"t.xml:1:7: error: '&#x;' has no number; a character reference is &#NUMBER; or "
                "&#xHEX; (e.g. &#7879; or &#x1EC7; for ệ), or write the character itself",
                "t.xml:1:13: error: '&#12a' is not a character reference: 'a' is not a decimal "
                "digit; a character reference is &#NUMBER; or &#xHEX; (e.g. &#7879; or &#x1EC7; "
                "for ệ), or write the character itself",
                "t.xml:1:20: error: the character reference '&#123' needs a ';' after the number",
                "t.xml:1:26: error: '&nbsp;' is not an XML entity (XML knows only &amp; &lt; "
                "&gt; &quot; &apos;); write the character itself"});
}

TEST_CASE("good references give the text they stand for, a lone ampersand is an error") {
    const auto r = thidua::load::load_text(
        with_body("  <meeting place=\"&#7879;&#x1EC7; &amp;&lt;&gt;&quot;&apos; A&amp;B\">\n"
                  "    <title>Hội nghị &#x1EC7; AT&amp;T &#38; X\r\n&#xd;Y</title>\n"
                  "  </meeting>\n"),
        "t.xml");
    REQUIRE(r.model);
    CHECK(r.model->meeting->place == "ệệ &<>\"' A&B");
    CHECK(r.model->meeting->title == "Hội nghị ệ AT&T & X Y");
    CHECK(diagnose("<a x=\"A & B\">Hội nghị &#x1EC7; AT&T</a>") ==
          Lines{"t.xml:1:9: error: a '&' on its own must be written &amp;",
                "t.xml:1:34: error: a '&' on its own must be written &amp;"});
}

TEST_CASE("raw control characters and non-characters in the file are errors at their place") {
    const std::string xml = "<a>\n"
                            "  x\x01y <!-- \x1b[31m -->\n"
                            "  <b c=\"\x07\"/>\xc2\x85\x7f\n"
                            "  \xef\xbf\xbe\tok\r\n"
                            "</a>\n";
    const std::string why =
        ", is not allowed in the file; delete it (such characters are invisible and usually "
        "come in by copying and pasting)";
    CHECK(diagnose(xml) == Lines{
                               "t.xml:2:4: error: U+0001, a control character" + why,
                               "t.xml:2:12: error: U+001B, a control character" + why,
                               "t.xml:3:9: error: U+0007, a control character" + why,
                               "t.xml:3:13: error: U+0085, a control character" + why,
                               "t.xml:3:14: error: U+007F, a control character" + why,
                               "t.xml:4:3: error: U+FFFE, a Unicode non-character" + why,
                           });
    CHECK(diagnose(std::string("<a>\0</a>", 8)) ==
          Lines{"t.xml:1:4: error: U+0000, the null character" + why});
}

TEST_CASE("past a hundred bad characters the rest are counted, not listed") {
    std::string xml = "<a>";
    for (int k = 0; k < 250; ++k)
        xml += "&#0;";
    xml += "\x01</a>";
    const Lines lines = diagnose(xml);
    REQUIRE(lines.size() == 101);
    CHECK(lines[0] == "t.xml:1:4: error: '&#0;' stands for U+0000, the null character, which a "
                      "file may not hold; delete it");
    CHECK(lines[99].starts_with("t.xml:1:400: error: '&#0;'"));
    CHECK(lines[100] == "t.xml:1:400: error: 151 more characters or references like these "
                        "follow; correct these first");
}

namespace {

std::string repeated(const std::string& piece, std::size_t times) {
    std::string out;
    for (std::size_t k = 0; k < times; ++k)
        out += piece;
    return out;
}

std::string too_long(long long characters, long long bytes) {
    return "this text is " + std::to_string(characters) + " characters long (" +
           std::to_string(bytes) +
           " bytes in UTF-8); a text may have at most 32767 characters, the most an Excel cell "
           "holds, and 65535 bytes, the most a PDF string holds (a Vietnamese letter takes 2 or "
           "3 bytes): shorten it or split it";
}

std::string meeting(const std::string& place, const std::string& title, const std::string& p) {
    return with_body("  <meeting place=\"" + place + "\">\n    <title>" + title +
                     "</title>\n    <report><p>\n      " + p + "</p></report>\n  </meeting>\n");
}

} // namespace

TEST_CASE("a text longer than an Excel cell or a PDF string is an error at the text") {
    const std::string at_most_characters = repeated("a", 32767);
    const std::string at_most_bytes = repeated("ệ", 21845); // 3 bytes each: 65535
    CHECK(diagnose(meeting(at_most_characters, at_most_bytes, at_most_characters)).empty());
    CHECK(diagnose(meeting(at_most_characters + "a", at_most_bytes + "ệ",
                           repeated("b ", 10000) + "<b>" + repeated("c", 12768) + "</b>")) ==
          Lines{"t.xml:9:19: error: " + too_long(32768, 32768),
                "t.xml:10:12: error: " + too_long(21846, 65538),
                "t.xml:12:7: error: " + too_long(32768, 32768)});
    // White space is folded before counting: what counts is what is printed.
    CHECK(diagnose(meeting("a" + repeated(" ", 40000) + "b", "T", "p")).empty());
}

TEST_CASE("too many attributes, nesting too deep, too many elements: an error, read no further") {
    // 1,000 attributes are allowed, 1,001 are not (tinyxml2 looks names up
    // one by one: more would make reading quadratic).
    auto attributes = [](int n) {
        std::string tag = "<x";
        for (int k = 0; k < n; ++k)
            tag += " a" + std::to_string(k) + "=\"1\"";
        return with_body("  " + tag + "/>\n");
    };
    const Lines at_limit = diagnose(attributes(1000));
    CHECK(std::none_of(at_limit.begin(), at_limit.end(), [](const std::string& l) {
        return l.find("the most one element may have") != std::string::npos;
    }));
    CHECK(diagnose(attributes(1001)) ==
          Lines{"t.xml:9:3: error: <x> has more than 1000 attributes, the most one element may "
                "have"});
    // 50 levels are allowed (the root is one), 51 are not.
    auto nested = [](int depth) {
        std::string open, close;
        for (int k = 1; k < depth; ++k) {
            open += "<y>";
            close = "</y>" + close;
        }
        return "<cluster-year format=\"1\" year=\"2023\">" + open + close + "</cluster-year>\n";
    };
    const Lines fifty = diagnose(nested(50));
    CHECK(std::none_of(fifty.begin(), fifty.end(), [](const std::string& l) {
        return l.find("elements deep") != std::string::npos;
    }));
    const Lines fifty_one = diagnose(nested(51));
    REQUIRE(fifty_one.size() == 1);
    // <cluster-year format="1" year="2023"> is 37 characters; 49 <y> of 3.
    CHECK(fifty_one[0] == "t.xml:1:" + std::to_string(38 + 49 * 3) +
                              ": error: <y> is nested 51 elements deep, more than the 50 allowed "
                              "(a cluster-year needs 8 at most): is an end tag missing?");
    // 500,000 elements are allowed, the next one is not.
    std::string many = "<cluster-year format=\"1\" year=\"2023\">\n";
    for (int k = 1; k < 500000; ++k)
        many += "<z/>";
    const Lines at_most = diagnose(many + "</cluster-year>\n");
    CHECK(std::none_of(at_most.begin(), at_most.end(), [](const std::string& l) {
        return l.find("elements, the most") != std::string::npos;
    }));
    const Lines over = diagnose(many + "<z/></cluster-year>\n");
    REQUIRE(over.size() == 1);
    CHECK(over[0] == "t.xml:2:" + std::to_string(1 + 499999 * 4) +
                         ": error: the file has more than 500000 elements, the most a file may "
                         "have (a cluster-year of 20,000 members has about 120,000): is it the "
                         "right file?");
}
