// diag/: the FILE:LINE:COLUMN form and the order of messages.
#include "diag/diagnostics.hpp"

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
