// The national workbook (thidua national), judged by LibreOffice: the 2020
// workbook made from the two 2020 samples (a folder given, other years
// skipped) is recalculated (a canary proves it was), every formula of every
// sheet gives the value stored with it (read by openpyxl), every cluster's
// total and every national total equals the engine's sum, and a few key
// figures equal sums worked out by hand here; a mean indicator averages
// every member of every cluster. Also: the notes sheet lists the
// indicators some clusters lack; a member alliance in two clusters the same
// year is an error naming both files and nothing is written; a template
// mistake stops the command.
#include "sheet_support.hpp"
#include "support.hpp"

#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

using namespace thidua;
using test::read_file;
using test::run_thidua;
using test::source_path;
using test::TempDir;
namespace fs = std::filesystem;

namespace {

using test::at;
using test::check_recalculated_as_stored;
using test::close_to;
using test::Grid;
using test::number_in;

int row_of(const Grid& g, int col, const std::string& text) {
    for (int r = 0; r < static_cast<int>(g.size()); ++r) {
        if (at(g, r, col) == text) return r;
    }
    return -1;
}

int col_of(const Grid& g, int row, const std::string& text) {
    for (int c = 0; c < 100; ++c) {
        if (at(g, row, c) == text) return c;
    }
    return -1;
}

model::ClusterYear load_input(const fs::path& file) {
    auto r = load::load_file(file.string());
    REQUIRE(r.model);
    return std::move(*r.model);
}

// A third 2020 cluster sharing an indicator with dbsh-dhbb, and a mean
// percentage indicator of its own.
const char* third_cluster = R"(<?xml version="1.0" encoding="UTF-8"?>
<cluster-year format="1" year="2020">
  <cluster id="thu-nghiem" name="Cụm thi đua thử nghiệm"/>
  <members>
    <member id="tinh-x" name="Liên minh HTX tỉnh X" role="head"/>
    <member id="tinh-y" name="Liên minh HTX tỉnh Y"/>
    <member id="tinh-z" name="Liên minh HTX tỉnh Z"/>
  </members>
  <statistics>
    <indicator id="so-htx" label="Hợp tác xã" unit="HTX"/>
    <indicator id="ty-le" label="Tỷ lệ HTX khá, tốt" unit="%" type="percent" aggregate="mean"/>
    <row member="tinh-x" so-htx="101" ty-le="33.3"/>
    <row member="tinh-y" so-htx="5" ty-le="66.7"/>
    <row member="tinh-z" ty-le="12.25"/>
  </statistics>
</cluster-year>
)";

// The engine's national figure of an indicator, computed here from the
// models: the sum of the clusters' totals, or the mean of every member's value.
std::optional<double> national_figure(const std::vector<model::ClusterYear>& clusters,
                                      const std::string& id) {
    double sum = 0;
    int n = 0;
    model::Aggregate how = model::Aggregate::sum;
    bool percent = false;
    for (const model::ClusterYear& cy : clusters) {
        if (!cy.statistics) continue;
        for (std::size_t i = 0; i < cy.statistics->indicators.size(); ++i) {
            const model::Indicator& ind = cy.statistics->indicators[i];
            if (ind.id != id) continue;
            how = ind.aggregate;
            percent = ind.type == model::IndicatorType::percent;
            if (how == model::Aggregate::sum && cy.statistics->figures[i].total) {
                sum += *cy.statistics->figures[i].total;
                ++n;
            }
            for (const auto& row : cy.statistics->member_table) {
                if (how == model::Aggregate::mean && row[i].value) {
                    sum += *row[i].value;
                    ++n;
                }
            }
        }
    }
    if (n == 0) return std::nullopt;
    // Rounded as the engine keeps figures: a millionth of the model's unit.
    const double v = std::round((how == model::Aggregate::mean ? sum / n : sum) * 1e6) / 1e6;
    return percent ? v / 100 : v;
}

} // namespace

TEST_CASE("the national workbook's totals recalculate in LibreOffice to the engine's sums") {
    TempDir dir;
    // The samples folder: two 2020 files, the others skipped.
    const fs::path national = dir.path / "national-2020.xlsx";
    const auto p = run_thidua("national '" + source_path("samples") + "' --year 2020 -o '" +
                              national.string() + "'");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    CHECK(p.out.find("2 clusters of 2020") != std::string::npos);
    CHECK(p.out.find("4 files of other years skipped") != std::string::npos);
    // With a third cluster: a shared indicator and a mean across sheets.
    const fs::path third = dir.path / "thu-nghiem-2020.xml";
    std::ofstream(third) << third_cluster;
    const fs::path wider = dir.path / "wider-2020.xlsx";
    const auto q = run_thidua("national '" + source_path("samples/dbsh-dhbb-2020.xml") + "' '" +
                              source_path("samples/tay-nam-song-hau-2020.xml") + "' '" +
                              third.string() + "' --year 2020 -o '" + wider.string() + "'");
    INFO(q.err);
    REQUIRE(q.exit_code == 0);

    // LibreOffice recalculating and showing the stored values, openpyxl
    // meanwhile: every formula (the cluster sheets' totals and growth too)
    // recalculates to the value stored with it.
    const test::Recalculation lo = test::recalculate(dir.path, {national, wider});
    CHECK(check_recalculated_as_stored(lo) > 40);

    const std::vector<std::vector<std::string>> inputs = {
        {"samples/dbsh-dhbb-2020.xml", "samples/tay-nam-song-hau-2020.xml"},
        {"samples/dbsh-dhbb-2020.xml", "samples/tay-nam-song-hau-2020.xml", third.string()}};
    const std::vector<std::string> stems = {"national-2020", "wider-2020"};
    for (std::size_t w = 0; w < stems.size(); ++w) {
        CAPTURE(stems[w]);
        std::vector<model::ClusterYear> clusters;
        for (const std::string& f : inputs[w])
            clusters.push_back(load_input(f.starts_with("/") ? f : source_path(f)));
        REQUIRE(lo.dump.contains(stems[w]));
        const std::vector<test::DumpSheet>& sheets = lo.dump.at(stems[w]);
        // Summary first, one sheet per cluster named by its id, notes last.
        REQUIRE(sheets.size() == clusters.size() + 2);
        CHECK(sheets.front().name == "Tổng hợp");
        CHECK(sheets.back().name == "Ghi chú");
        for (const model::ClusterYear& cy : clusters) {
            CHECK(std::any_of(sheets.begin(), sheets.end(),
                              [&](const test::DumpSheet& s) { return s.name == cy.cluster.id; }));
        }

        const Grid summary = lo.recalculated(stems[w], "Tổng hợp");
        const auto& stored = sheets.front().cells;
        const int heading = row_of(summary, 0, "STT");
        const int total = row_of(summary, 0, "Toàn quốc");
        REQUIRE(heading >= 0);
        REQUIRE(total > heading);
        std::vector<std::string> ids;
        for (const model::ClusterYear& cy : clusters) {
            if (!cy.statistics) continue;
            for (const model::Indicator& ind : cy.statistics->indicators) {
                if (std::find(ids.begin(), ids.end(), ind.id) == ids.end()) ids.push_back(ind.id);
            }
        }
        // An indicator's heading: its label, and its unit on a line of its own.
        const auto heading_of = [&](const std::string& id) {
            for (const model::ClusterYear& cy : clusters) {
                if (!cy.statistics) continue;
                for (const model::Indicator& ind : cy.statistics->indicators) {
                    if (ind.id == id) return ind.label + (ind.unit ? "\n(" + *ind.unit + ")" : "");
                }
            }
            return std::string();
        };
        int checked = 0;
        for (const std::string& id : ids) {
            CAPTURE(id);
            const int c = col_of(summary, heading, heading_of(id));
            REQUIRE(c >= 0);
            // The national total: recalculated = stored = the engine's figure.
            const auto expected = national_figure(clusters, id);
            REQUIRE(expected);
            const auto recalculated = number_in(at(summary, total, c));
            REQUIRE(recalculated);
            CHECK_MESSAGE(close_to(*recalculated, *expected), *recalculated << " != " << *expected);
            const test::DumpCell& cell = stored.at({total, c});
            CHECK(cell.kind == 'f');
            const auto kept = number_in(cell.stored);
            REQUIRE(kept);
            CHECK(close_to(*kept, *expected));
            ++checked;
            // Each cluster's row refers to its own sheet's total.
            for (const model::ClusterYear& cy : clusters) {
                const int r = row_of(summary, 1, cy.cluster.name);
                REQUIRE(r > heading);
                std::optional<double> own;
                bool has = false;
                if (cy.statistics) {
                    for (std::size_t i = 0; i < cy.statistics->indicators.size(); ++i) {
                        if (cy.statistics->indicators[i].id != id) continue;
                        has = true;
                        own = cy.statistics->figures[i].total;
                        if (own &&
                            cy.statistics->indicators[i].type == model::IndicatorType::percent)
                            *own /= 100;
                    }
                }
                if (!has) {
                    CHECK(at(summary, r, c) == "");
                    continue;
                }
                const auto shown = number_in(at(summary, r, c));
                REQUIRE(shown);
                REQUIRE(own);
                CHECK(close_to(*shown, *own));
                const test::DumpCell& ref = stored.at({r, c});
                CHECK(ref.kind == 'f');
                CHECK(ref.content.find("='" + cy.cluster.id + "'!") == 0);
                CHECK(close_to(*number_in(ref.stored), *own));
            }
        }
        CHECK(checked == static_cast<int>(ids.size()));
        // The members column sums the clusters' members.
        int members = 0;
        for (const model::ClusterYear& cy : clusters)
            members += static_cast<int>(cy.members.size());
        CHECK(at(summary, total, 2) == std::to_string(members));

        // The notes sheet: each indicator some cluster lacks, with those clusters.
        const Grid notes = lo.recalculated(stems[w], "Ghi chú");
        for (const std::string& id : ids) {
            std::string missing;
            for (const model::ClusterYear& cy : clusters) {
                bool has = false;
                if (cy.statistics) {
                    for (const model::Indicator& ind : cy.statistics->indicators)
                        has = has || ind.id == id;
                }
                if (!has) missing += (missing.empty() ? "" : "\n") + cy.cluster.name;
            }
            const int found = row_of(notes, 1, heading_of(id));
            CAPTURE(id);
            if (missing.empty()) {
                CHECK(found == -1);
            } else {
                REQUIRE(found >= 0);
                CHECK(at(notes, found, 3) == missing);
            }
        }
    }

    // Key figures worked out by hand from the input files: a sheet's value
    // in the row naming `row` (in its first two columns) and the column
    // `offset` after the heading `heading`.
    const auto figure = [&](const std::string& stem, const std::string& sheet,
                            const std::string& row, const std::string& heading, int offset = 0) {
        const Grid g = lo.recalculated(stem, sheet);
        const int r = std::max(row_of(g, 0, row), row_of(g, 1, row));
        const int c = col_of(g, row_of(g, 0, "STT"), heading);
        CAPTURE(stem);
        CAPTURE(sheet);
        CAPTURE(row);
        CAPTURE(heading);
        REQUIRE(r >= 0);
        REQUIRE(c >= 0);
        const auto v = number_in(at(g, r, c + offset));
        REQUIRE(v);
        return *v;
    };
    const std::string summary = "Tổng hợp";
    const std::string all = "Toàn quốc";
    const std::string members = "Số thành viên";
    const std::string htx = "Hợp tác xã\n(HTX)";
    // dbsh-dhbb 2020's members; tay-nam-song-hau has no statistics.
    const double dbsh_htx = 1900 + 430 + 520 + 640 + 480 + 420 + 520 + 330 + 780 + 640 + 342;
    const double dbsh_htx_2019 = 1850 + 412 + 478 + 630 + 460 + 392 + 498 + 318 + 772 + 628 + 330;
    CHECK(figure("national-2020", summary, all, members) == 11 + 7);
    CHECK(figure("national-2020", summary, all, htx) == dbsh_htx);
    CHECK(figure("national-2020", summary, all, "HTX thành lập mới trong năm\n(HTX)") ==
          80 + 25 + 55 + 22 + 30 + 40 + 35 + 18 + 20 + 19 + 20);
    CHECK(figure("national-2020", summary, all, "Thành viên HTX\n(thành viên)") ==
          905240 + 151380 + 68215 + 309870 + 214650 + 190430 + 259760 + 178120 + 336090 + 330510 +
              113100);
    // The cluster's own sheet: its total, last year's, and the growth.
    CHECK(figure("national-2020", "dbsh-dhbb", "Toàn Cụm", htx) == dbsh_htx);
    CHECK(figure("national-2020", "dbsh-dhbb", "Toàn Cụm", htx, 1) == dbsh_htx_2019);
    CHECK(figure("national-2020", "dbsh-dhbb", "Toàn Cụm", htx, 2) ==
          doctest::Approx((dbsh_htx - dbsh_htx_2019) / dbsh_htx_2019).epsilon(1e-8));
    CHECK(figure("wider-2020", summary, all, members) == 11 + 7 + 3);
    CHECK(figure("wider-2020", summary, "Cụm thi đua thử nghiệm", htx) == 101 + 5);
    CHECK(figure("wider-2020", summary, all, htx) == dbsh_htx + 101 + 5);
    // (33.3% + 66.7% + 12.25%) / 3 = 37.41666...%, kept to 8 decimals of the fraction.
    CHECK(figure("wider-2020", summary, all, "Tỷ lệ HTX khá, tốt\n(%)") ==
          doctest::Approx(0.37416667).epsilon(1e-12));
}

TEST_CASE("a member alliance in two clusters the same year: both files named, nothing written") {
    TempDir dir;
    std::string other = third_cluster;
    for (std::size_t at = other.find("tinh-y"); at != std::string::npos; at = other.find("tinh-y"))
        other.replace(at, 6, "ha-noi");
    const fs::path file = dir.path / "thu-nghiem-2020.xml";
    std::ofstream(file) << other;
    const fs::path target = dir.path / "national-2020.xlsx";
    const std::string dbsh = source_path("samples/dbsh-dhbb-2020.xml");
    const auto p = run_thidua("national '" + dbsh + "' '" + file.string() + "' --year 2020 -o '" +
                              target.string() + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find(file.string() + ": error: member 'ha-noi'") != std::string::npos);
    CHECK(p.err.find("also in cluster 'dbsh-dhbb' in " + dbsh) != std::string::npos);
    CHECK(p.err.find("nothing was written") != std::string::npos);
    CHECK_FALSE(fs::exists(target));
    for (const auto& entry : fs::directory_iterator(dir.path))
        CHECK(entry.path().extension() != ".tmp");
    // The same member in another year is no error.
    std::string later = other;
    later.replace(later.find("year=\"2020\""), 11, "year=\"2021\"");
    std::ofstream(file) << later;
    CHECK(run_thidua("national '" + dbsh + "' '" + file.string() + "' --year 2020 -o '" +
                     target.string() + "'")
              .exit_code == 0);
}

TEST_CASE("a mistake in national.xml stops the command before any output") {
    TempDir dir;
    const fs::path templates = dir.path / "templates";
    fs::create_directories(templates);
    fs::copy_file(source_path("templates/workbook.xml"), templates / "workbook.xml");
    std::string national = read_file(source_path("templates/national.xml"));
    national.replace(national.find("members=\""), 9, "membres=\"");
    national.replace(national.find("{year}"), 6, "{yaer}");
    std::ofstream(templates / "national.xml") << national;
    const fs::path target = dir.path / "n.xlsx";
    const auto p = run_thidua("national '" + source_path("samples") + "' --year 2020 -o '" +
                              target.string() + "' --templates '" + templates.string() + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find("national.xml:") != std::string::npos);
    CHECK(p.err.find("error: unknown attribute 'membres' on <summary>; did you mean 'members'?") !=
          std::string::npos);
    CHECK(p.err.find("error: unknown name {yaer} in 'title'; did you mean {year}?") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(target));
}
