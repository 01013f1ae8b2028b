// The language of the messages: Vietnamese with --lang vi or a Vietnamese
// locale (even one not installed on the machine), English otherwise; the
// FILE:LINE:COLUMN prefix and "error:"/"warning:" unchanged in both. The
// catalogue's completeness is checked by tests/messages_test.sh.
#include "support.hpp"

#include <doctest/doctest.h>

namespace {

using thidua::test::Process;
using thidua::test::run_thidua;
using thidua::test::shell;

std::string sample(const char* name) {
    return "'" + thidua::test::source_path(std::string("samples/") + name) + "'";
}

// thidua run with a clean language environment plus `env` ("LANG=...").
Process run_in(const std::string& env, const std::string& args) {
    return shell("env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG " + env + " '" THIDUA_EXE "' " +
                 args);
}

} // namespace

TEST_CASE("--lang vi gives the help in Vietnamese, --lang en and the C locale in English") {
    const Process vi = run_in("LANG=C", "--lang vi --help");
    CHECK(vi.exit_code == 0);
    CHECK(vi.out.find("Cách dùng: thidua LỆNH [THAM SỐ] [--lang vi|en]") != std::string::npos);
    CHECK(vi.out.find("Usage:") == std::string::npos);
    for (const char* args : {"--lang en --help", "--help", "--help --lang=en"}) {
        CAPTURE(args);
        const Process en =
            run_in("LANG=vi_VN.UTF-8",
                   std::string(args).find("en") != std::string::npos ? args : "--lang en --help");
        CHECK(en.out.find("Usage: thidua COMMAND") != std::string::npos);
    }
    CHECK(run_in("LANG=C", "--help").out.find("Usage: thidua COMMAND") != std::string::npos);
    const Process bad = run_in("", "--lang fr --help");
    CHECK(bad.exit_code == 2);
    CHECK(bad.err == "thidua: --lang takes vi (Vietnamese) or en (English), not 'fr'\n");
}

TEST_CASE("a Vietnamese locale gives Vietnamese messages, installed or not") {
    // vi_VN.UTF-8 may be missing on the machine: the messages are still Vietnamese.
    for (const char* env : {"LANG=vi_VN.UTF-8", "LC_ALL=vi_VN.UTF-8", "LC_MESSAGES=vi_VN"}) {
        CAPTURE(env);
        const Process p =
            run_in(env, "check " + sample("dong-bac-2023.xml") + " " + sample("dbsh-2017.xml"));
        CHECK(p.exit_code == 0);
        CHECK(p.out.find("dong-bac-2023.xml: hợp lệ (6 thành viên, 0 cảnh báo)\n") !=
              std::string::npos);
        CHECK(p.out.find("thidua check: 2 tệp, 2 hợp lệ, 0 có lỗi; 0 lỗi, 0 cảnh báo\n") !=
              std::string::npos);
    }
    // LC_ALL wins over LANG, as setlocale reads them.
    const Process en =
        run_in("LANG=vi_VN.UTF-8 LC_ALL=en_US.UTF-8", "check " + sample("dong-bac-2023.xml"));
    CHECK(en.out.find("dong-bac-2023.xml: ok (6 members, 0 warnings)\n") != std::string::npos);
}

TEST_CASE("in Vietnamese an error keeps its FILE: prefix and the word error:") {
    const thidua::test::TempDir dir;
    const std::string folder = dir.path.string();
    const Process p = run_in("LANG=vi_VN.UTF-8", "check '" + folder + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err == folder + ": error: thư mục này không có tệp .xml nào\n");
    const Process option = run_in("LANG=vi_VN.UTF-8", "check " + sample("blank.xml") + " --bogus");
    CHECK(option.exit_code == 2);
    CHECK(option.err == "thidua check: không có tùy chọn '--bogus'; xem thidua --help\n");
}
