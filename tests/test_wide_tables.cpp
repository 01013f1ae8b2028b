// The layout's hard rules on realistic and large cluster-years made by
// bench/generate.py (6 members with 4 to 30 indicators, 34 members with 30,
// units such as "triệu đồng/người/năm", 9-digit values, scoring tables of 6
// to 12 criteria scored 57.75 or 100), read back with pdftotext -bbox by
// tests/tools/layout_rules.py: every number of every row and total whole at
// 9 pt or more, every label whole, nothing past a margin, every panel with
// its key columns. The expected figures follow the generator's formula,
// worked out here.
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using thidua::test::read_file;
using thidua::test::run_thidua;
using thidua::test::shell;
using thidua::test::source_path;
using thidua::test::TempDir;

namespace {

// Vietnamese grouping: 305736512 -> "305.736.512".
std::string vi(long long n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t k = 0; k < digits.size(); ++k) {
        if (k > 0 && (digits.size() - k) % 3 == 0) out += '.';
        out += digits[k];
    }
    return out;
}

struct Year {
    int members = 6;
    int indicators = 8;
    int criteria = 6;
    std::string unit = "đơn vị";
    long long scale = 1;
    std::string score; // "57.75", "100" or "" (the generator's pattern)
    bool short_names = false;
};

std::string json_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t k = 0; k < items.size(); ++k)
        out += (k ? ", \"" : "\"") + items[k] + "\"";
    return out + "]";
}

// Runs the rules tool on `pdf`; every list of problems must be empty.
void check_rules(const fs::path& pdf, const std::vector<std::string>& numbers,
                 const std::vector<std::string>& labels, const fs::path& work) {
    const fs::path want = work / (pdf.stem().string() + "-want.json");
    std::ofstream(want) << "{\"numbers\": " << json_list(numbers)
                        << ", \"labels\": " << json_list(labels) << "}";
    const fs::path bbox = work / (pdf.stem().string() + ".html");
    REQUIRE(
        shell("pdftotext -raw -bbox '" + pdf.string() + "' '" + bbox.string() + "'").exit_code ==
        0);
    const auto r = shell("python3 '" + source_path("tests/tools/layout_rules.py") + "' '" +
                         bbox.string() + "' '" + want.string() + "'");
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    INFO(pdf.filename().string() << ": " << r.out);
    for (const char* empty : {"\"outside\": []", "\"missing_numbers\": []", "\"small_numbers\": []",
                              "\"missing_labels\": []", "\"pages_without_keys\": []"}) {
        CHECK(r.out.find(empty) != std::string::npos);
    }
}

// Generates, renders and checks one cluster-year; returns the rules tool's
// count of landscape pages in the minutes.
void check_year(const Year& y) {
    CAPTURE(y.members);
    CAPTURE(y.indicators);
    CAPTURE(y.criteria);
    CAPTURE(y.unit);
    CAPTURE(y.scale);
    CAPTURE(y.score);
    TempDir dir;
    const fs::path xml = dir.path / "nam.xml";
    const auto gen = shell(
        "python3 '" + source_path("bench/generate.py") + "' '" + xml.string() + "' --members " +
        std::to_string(y.members) + " --indicators " + std::to_string(y.indicators) +
        " --criteria " + std::to_string(y.criteria) + " --unit '" + y.unit + "' --scale " +
        std::to_string(y.scale) + (y.score.empty() ? "" : " --score " + y.score) +
        (y.short_names ? " --short-names" : ""));
    REQUIRE_MESSAGE(gen.exit_code == 0, gen.err);
    const auto r = run_thidua("render '" + xml.string() + "' -o '" + dir.path.string() + "'");
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    const long long m = y.members;
    // Minutes: member k, indicator i: ((k + 1)(i + 3) + 7) * scale this
    // year; the total adds k from 0 to m - 1; last year lacks the 7s.
    std::vector<std::string> numbers;
    std::vector<std::string> labels;
    for (int i = 0; i < y.indicators; ++i) {
        for (long long k = 0; k < m; ++k)
            numbers.push_back(vi(((k + 1) * (i + 3) + 7) * y.scale));
        numbers.push_back(vi(((i + 3) * m * (m + 1) / 2 + 7 * m) * y.scale));
        numbers.push_back(vi((i + 3) * m * (m + 1) / 2 * y.scale));
        labels.push_back("Chỉ tiêu thống kê số " + std::to_string(i + 1));
    }
    if (y.unit != "đơn vị") labels.push_back("(" + y.unit + ")");
    // Scoring: every criterion scored y.score; the last two are a bonus
    // (added) and a penalty (taken off), so the total is (criteria - 2) scores.
    if (y.score == "57.75") {
        numbers.push_back("57,75");
        const long long hundredths = 5775LL * (y.criteria - 2);
        std::string total = vi(hundredths / 100);
        if (hundredths % 100) {
            total += "," + std::to_string(hundredths % 100 / 10);
            if (hundredths % 10) total += std::to_string(hundredths % 10);
        }
        numbers.push_back(total);
    } else if (y.score == "100") {
        numbers.push_back("100");
        numbers.push_back(vi(100LL * (y.criteria - 2)));
    }
    check_rules(dir.path / "cum-lon/2024/bien-ban.pdf", numbers, labels, dir.path);
    // Covenant: member k pledges (k + c) * scale to commitment c, 10 of them.
    std::vector<std::string> pledges;
    for (long long c = 0; c < 10; ++c) {
        for (long long k = 0; k < m; ++k)
            pledges.push_back(vi((k + c) * y.scale));
        pledges.push_back(vi((m * (m - 1) / 2 + c * m) * y.scale));
    }
    check_rules(dir.path / "cum-lon/2024/giao-uoc.pdf", pledges, {"Cam kết 10"}, dir.path);
}

} // namespace

TEST_CASE("6 members with 4 to 30 indicators: every figure whole, inside the margins") {
    for (int indicators : {4, 8, 12, 20, 30}) {
        Year y;
        y.indicators = indicators;
        check_year(y);
    }
}

TEST_CASE("long units and 9-digit values: words break only at spaces or after a unit's slash") {
    Year y;
    y.indicators = 8;
    y.unit = "triệu đồng/người/năm";
    y.scale = 1000003;
    check_year(y);
}

TEST_CASE("34 members with 30 indicators, with and without short names") {
    Year y;
    y.members = 34;
    y.indicators = 30;
    check_year(y);
    y.short_names = true;
    check_year(y);
}

TEST_CASE("scoring tables of 6 to 12 criteria scored 57.75 and 100") {
    for (int criteria : {6, 8, 12}) {
        for (const char* score : {"57.75", "100"}) {
            Year y;
            y.criteria = criteria;
            y.score = score;
            check_year(y);
        }
    }
}

TEST_CASE("a table too wide for portrait pages goes to a landscape appendix in panels") {
    TempDir dir;
    const fs::path xml = dir.path / "nam.xml";
    REQUIRE(shell("python3 '" + source_path("bench/generate.py") + "' '" + xml.string() +
                  "' --members 6 --indicators 30")
                .exit_code == 0);
    REQUIRE(
        run_thidua("render '" + xml.string() + "' -o '" + dir.path.string() + "' --only minutes")
            .exit_code == 0);
    const std::string pdf = (dir.path / "cum-lon/2024/bien-ban.pdf").string();
    const auto text = shell("pdftotext -layout '" + pdf + "' -");
    // The body has one row per indicator, the appendix the members' figures.
    CHECK(text.out.find("Phụ lục kèm theo Biên bản") != std::string::npos);
    CHECK(text.out.find("SỐ LIỆU THỐNG KÊ CỦA CÁC ĐƠN VỊ THÀNH VIÊN NĂM 2024") !=
          std::string::npos);
    CHECK(text.out.find("(Kèm theo Biên bản hội nghị ngày 10 tháng 12 năm 2024)") !=
          std::string::npos);
    CHECK(text.out.find("(tiếp theo)") != std::string::npos);
    CHECK(text.out.find("Năm 2023") != std::string::npos);
    CHECK(text.out.find("Năm trước") == std::string::npos);
    // Landscape pages at the end, portrait before.
    const auto info = shell("pdfinfo -f 1 -l 99 '" + pdf + "'");
    CHECK(info.out.find("841.89 x 595.276") != std::string::npos);
    const std::size_t first_landscape = info.out.find("841.89 x 595.276");
    CHECK(info.out.rfind("595.276 x 841.89") < first_landscape);
}
