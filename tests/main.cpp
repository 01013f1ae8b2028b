// Test runner: applies the environment's locale first (so a run under
// LC_ALL=fr_FR.UTF-8 really has a decimal-comma C locale), then doctest.
#define DOCTEST_CONFIG_IMPLEMENT
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <doctest/doctest.h>

int main(int argc, char** argv) {
    const char* applied = std::setlocale(LC_ALL, "");
    if (const char* wanted = std::getenv("THIDUA_REQUIRE_LOCALE")) {
        if (applied == nullptr || std::strcmp(std::localeconv()->decimal_point, ",") != 0) {
            std::fprintf(stderr,
                         "locale %s is not installed or has no decimal comma; run "
                         "scripts/deps.sh\n",
                         wanted);
            return 1;
        }
    }
    doctest::Context context(argc, argv);
    return context.run();
}
