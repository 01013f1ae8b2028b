// The archive where it is kept: verify on read-only media (it writes
// nothing inside the archive, not even its lock), and an archive of many
// cluster-years in memory that does not grow with their number (peak RSS
// from the kernel, read by wait4 as /usr/bin/time reads it), its catalogue
// tables written in parts yet whole.
#include "support.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using thidua::test::read_file;
using thidua::test::run_thidua;
using thidua::test::source_path;
using thidua::test::TempDir;
namespace fs = std::filesystem;

namespace {

// `text` moved `years` years later: every year in it (a run of four digits
// 2000 to 2049), so dates, the figures of the year before and the
// covenant of the year after move together.
std::string moved(const std::string& text, int years) {
    std::string out;
    for (std::size_t k = 0; k < text.size();) {
        std::size_t end = k;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])))
            ++end;
        if (end == k) {
            out += text[k++];
            continue;
        }
        const std::string digits = text.substr(k, end - k);
        const bool year = digits.size() == 4 && digits.starts_with("20") && digits[2] <= '4';
        out += year ? std::to_string(std::stoi(digits) + years) : digits;
        k = end;
    }
    return out;
}

// `count` cluster-years made from the samples (taken in name order), four
// years of each cluster: cluster-year k is sample (k / 4) under the id
// "<id>-<k / 4>", moved k % 4 years later, in `folder`.
void write_cluster_years(const fs::path& folder, int count) {
    std::vector<fs::path> paths;
    for (const auto& e : fs::directory_iterator(source_path("samples")))
        if (e.path().extension() == ".xml") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end()); // dong-bac-2023.xml fifth: cluster dong-bac-4
    std::vector<std::string> samples;
    for (const fs::path& p : paths)
        samples.push_back(read_file(p.string()));
    fs::create_directories(folder);
    for (int k = 0; k < count; ++k) {
        const int cluster = k / 4;
        std::string text =
            moved(samples[static_cast<std::size_t>(cluster) % samples.size()], k % 4);
        const std::size_t at = text.find("<cluster id=\"");
        REQUIRE(at != std::string::npos);
        const std::size_t end = text.find('"', at + 13);
        text.insert(end, "-" + std::to_string(cluster));
        std::ofstream(folder / ("c" + std::to_string(k) + ".xml")) << text;
    }
}

// Runs thidua with `args`; returns its exit code and its peak resident
// memory in KiB. With one malloc arena: glibc gives threads arenas of their
// own (up to eight a core), each keeping what it freed (thidua keeps freed
// memory: M_TRIM_THRESHOLD, cli/main.cpp), so the peak moved by megabytes
// with the threads' timing (verify: 2.5 to 3.8 MiB more for 96 cluster-years
// than for 16 from run to run); one arena leaves what the program holds.
std::pair<int, long> peak_rss_of(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {THIDUA_EXE};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> pointers;
    for (std::string& a : argv)
        pointers.push_back(a.data());
    pointers.push_back(nullptr);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::freopen("/dev/null", "w", stdout);
        std::freopen("/dev/null", "w", stderr);
        ::setenv("MALLOC_ARENA_MAX", "1", 1);
        ::execv(pointers[0], pointers.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    REQUIRE(::wait4(pid, &status, 0, &usage) == pid);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, usage.ru_maxrss};
}

// Every file under `root` (hidden ones included) with its bytes.
std::map<std::string, std::string> contents(const fs::path& root) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        out[fs::relative(e.path(), root).generic_string()] =
            e.is_regular_file() ? read_file(e.path().string()) : std::string("<folder>");
    return out;
}

} // namespace

TEST_CASE("verify works on read-only media and writes nothing inside the archive") {
    TempDir dir;
    const fs::path src = dir.path / "src";
    write_cluster_years(src, 24);
    const fs::path a = dir.path / "archive";
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    // Without its lock file too: a medium written elsewhere may not have it.
    fs::remove(a / ".thidua" / "lock");
    const auto before = contents(a);
    // Nothing under the archive may be written: every file and folder
    // read-only, and, since root writes through permissions, verify run as
    // nobody when the tests run as root (the archive stays readable by all).
    std::string as_user;
    if (::geteuid() == 0) {
        REQUIRE_MESSAGE(fs::exists("/usr/bin/setpriv"), "setpriv (util-linux) is needed");
        as_user = "setpriv --reuid=nobody --regid=nogroup --clear-groups ";
    }
    REQUIRE(thidua::test::shell("chmod -R a-w,a+rX '" + a.string() + "'").exit_code == 0);
    const auto checked = thidua::test::shell(
        "TMPDIR=/tmp " + as_user + "'" + std::string(THIDUA_EXE) + "' verify '" + a.string() + "'");
    INFO(checked.err);
    CHECK(checked.exit_code == 0);
    CHECK(checked.out.find(" is intact: ") != std::string::npos);
    CHECK(contents(a) == before);
    // A tampered copy on read-only media is still named.
    REQUIRE(thidua::test::shell("chmod -R u+w '" + a.string() + "'").exit_code == 0);
    const fs::path pdf = a / "2023" / "dong-bac-4" / "bien-ban.pdf";
    REQUIRE(fs::exists(pdf));
    std::ofstream(pdf, std::ios::app) << "%";
    REQUIRE(thidua::test::shell("chmod -R a-w '" + a.string() + "'").exit_code == 0);
    const auto tampered = thidua::test::shell(
        "TMPDIR=/tmp " + as_user + "'" + std::string(THIDUA_EXE) + "' verify '" + a.string() + "'");
    CHECK(tampered.exit_code == 1);
    CHECK(tampered.err.find(pdf.string() + ": altered") != std::string::npos);
    thidua::test::shell("chmod -R u+w '" + a.string() + "'"); // for TempDir's cleanup
}

TEST_CASE("the archive's memory does not grow with the number of cluster-years") {
    TempDir dir;
    write_cluster_years(dir.path / "few", 16);
    write_cluster_years(dir.path / "many", 96);
    const auto few =
        peak_rss_of({"archive", (dir.path / "few").string(), "-o", (dir.path / "a-few").string()});
    const auto many = peak_rss_of(
        {"archive", (dir.path / "many").string(), "-o", (dir.path / "a-many").string()});
    REQUIRE(few.first == 0);
    REQUIRE(many.first == 0);
    // An unchanged run again: no document is made, the catalogue is most of it.
    const auto few_again =
        peak_rss_of({"archive", (dir.path / "few").string(), "-o", (dir.path / "a-few").string()});
    const auto many_again = peak_rss_of(
        {"archive", (dir.path / "many").string(), "-o", (dir.path / "a-many").string()});
    REQUIRE(few_again.first == 0);
    REQUIRE(many_again.first == 0);
    MESSAGE("peak RSS (KiB), 16 and 96 cluster-years: first run "
            << few.second << ", " << many.second << "; again " << few_again.second << ", "
            << many_again.second);
    // Six times the cluster-years, hardly more memory: a catalogue record is
    // a few strings, a cluster's sheet goes to a file as it is made, the
    // sources are let go a few clusters at a time. (Keeping each year's
    // members, figures and awards, and the whole workbook, as the catalogue
    // did, took 4.4 and 5.7 MiB more.)
    constexpr long bound_kib = 3 * 1024;
    CHECK(many.second - few.second < bound_kib);
    CHECK(many_again.second - few_again.second < bound_kib);
    CHECK(many.second < 64 * 1024);
    // The members' table of the many, made and written in parts (a part is
    // 512 records): every record once, numbered without a gap, all under
    // one filter and one name.
    const std::string members =
        thidua::test::output_of("/usr/bin/python3 -c '\n"
                                "import sys, openpyxl\n"
                                "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                "ws = wb.worksheets[1]\n"
                                "numbers = [r[0] for r in ws.iter_rows(values_only=True)]\n"
                                "first = numbers.index(1)\n"
                                "ok = numbers[first:] == list(range(1, len(numbers) - first + 1))\n"
                                "print(len(numbers) - first, ok, ws.auto_filter.ref,"
                                " wb.defined_names[\"ThanhVien\"].attr_text)' '" +
                                (dir.path / "a-many" / "index.xlsx").string() + "'");
    int records = 0; // the samples' members, in name order
    for (int k = 0; k < 96; ++k)
        records += std::vector<int>{5, 3, 9, 11, 6, 7}[static_cast<std::size_t>(k / 4) % 6];
    CHECK(records > 512);
    CHECK(members == std::to_string(records) + " True A6:G" + std::to_string(6 + records) +
                         " 'Thành viên'!$A$6:$G$" + std::to_string(6 + records) + "\n");
    // verify, against itself on the few: it too holds a few cluster-years
    // at a time.
    const auto verified_few = peak_rss_of({"verify", (dir.path / "a-few").string()});
    const auto verified = peak_rss_of({"verify", (dir.path / "a-many").string()});
    CHECK(verified_few.first == 0);
    CHECK(verified.first == 0);
    MESSAGE("peak RSS (KiB) of verify, 16 and 96 cluster-years: " << verified_few.second << ", "
                                                                  << verified.second);
    CHECK(verified.second - verified_few.second < bound_kib);
}
