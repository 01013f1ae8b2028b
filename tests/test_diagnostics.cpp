// diag/: the FILE:LINE:COLUMN form and the order of messages; xml/: the
// place in the input a message about a word points to.
#include "diag/diagnostics.hpp"
#include "xml/character_locator.hpp"

#include <doctest/doctest.h>

using namespace thidua::diag;

TEST_CASE("diagnostics print as FILE:LINE:COLUMN, sorted by position") {
    Diagnostics d("a.xml");
    d.error({9, 5}, "second");
    d.warning({3, 12}, "first");
    d.error({9, 5}, "third, same place, kept in order");
    d.error({0, 0}, "about the whole file");
    CHECK(d.error_count() == 3);
    CHECK(d.warning_count() == 1);
    CHECK(d.has_errors());
    CHECK(d.format() == "a.xml: error: about the whole file\n"
                        "a.xml:3:12: warning: first\n"
                        "a.xml:9:5: error: second\n"
                        "a.xml:9:5: error: third, same place, kept in order\n");
}

TEST_CASE("warnings alone are not errors") {
    Diagnostics d("b.xml");
    d.warning({1, 1}, "w");
    CHECK_FALSE(d.has_errors());
}

TEST_CASE("a word is found in the input where it is written, not in comments or markup names") {
    const std::string source = "<a>\n<!-- member Long -->\n<member name=\"Ông Long\"/>\n"
                               "<b>Long</b>\n";
    // "member" first stands as a name; as text it is nowhere.
    CHECK_FALSE(thidua::xml::locate_text(source, "member").has_value());
    const auto at = thidua::xml::locate_text(source, "Long");
    REQUIRE(at.has_value());
    CHECK(at->line == 3);
    CHECK(at->column == 19); // after `<member name="Ông ` (18 characters, "Ô" one)
    CHECK_FALSE(thidua::xml::locate_text(source, "Vinh").has_value());
    CHECK_FALSE(thidua::xml::locate_text("<!-- Long", "Long").has_value());
}

TEST_CASE("the input is indexed once: characters from one pass, each word searched once, capped") {
    std::string source = "<a>\n";
    for (int k = 0; k < 100; ++k)
        source += "<w>word" + std::to_string(k) + "</w>\n";
    thidua::xml::InputFinder finder(source);
    const auto d = finder.character('d');
    REQUIRE(d.has_value());
    CHECK(d->line == 2);
    CHECK(d->column == 7); // <w>wor|d
    CHECK_FALSE(finder.character(U'ệ').has_value());
    // The first max_word_searches words are found, then the search stops;
    // a word already found is still answered.
    const std::size_t cap = thidua::xml::InputFinder::max_word_searches;
    for (std::size_t k = 0; k < 100; ++k) {
        CAPTURE(k);
        const auto at = finder.text("word" + std::to_string(k));
        CHECK(at.has_value() == (k < cap));
        if (at) CHECK(at->line == static_cast<int>(k) + 2);
    }
    const auto again = finder.text("word0");
    REQUIRE(again.has_value());
    CHECK(again->line == 2);
}
