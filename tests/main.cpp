// Test runner: applies the environment's locale first (so a run under
// LC_ALL=fr_FR.UTF-8 really has a decimal-comma C locale), then doctest.
// A run that executes no test case fails: CTest runs each case by name, and a
// name CTest mangled (it splits at ';') would otherwise pass having run nothing.
#define DOCTEST_CONFIG_IMPLEMENT
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <doctest/doctest.h>

namespace {

// How many test cases the last run executed; set by the listener below.
unsigned& test_cases_run() {
    static unsigned count = 0;
    return count;
}

// Listens to the run's end only, to count the test cases that ran.
struct RunCounter : doctest::IReporter {
    explicit RunCounter(const doctest::ContextOptions&) {}
    void report_query(const doctest::QueryData&) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats& stats) override {
        test_cases_run() = stats.numTestCasesPassingFilters;
    }
    void test_case_start(const doctest::TestCaseData&) override {}
    void test_case_reenter(const doctest::TestCaseData&) override {}
    void test_case_end(const doctest::CurrentTestCaseStats&) override {}
    void test_case_exception(const doctest::TestCaseException&) override {}
    void subcase_start(const doctest::SubcaseSignature&) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData&) override {}
    void log_message(const doctest::MessageData&) override {}
    void test_case_skipped(const doctest::TestCaseData&) override {}
};
REGISTER_LISTENER("run-counter", 1, RunCounter);

} // namespace

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
    const int status = context.run();
    if (status == 0 && !context.shouldExit() && test_cases_run() == 0) {
        std::fprintf(stderr, "no test case matched the filters: nothing was tested\n");
        return 1;
    }
    return status;
}
