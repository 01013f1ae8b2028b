// The national workbook (thidua national), judged by LibreOffice: the 2020
// workbook made from the two 2020 samples (a folder given, other years
// skipped) is recalculated (a canary proves it was), every formula of every
// sheet gives the value stored with it (read by openpyxl), every cluster's
// total and every national total equals the engine's sum, and a few key
// figures equal sums worked out by hand here; a mean indicator averages
// every member of every cluster; under each national total, how many
// clusters it covers. Also: the notes sheet lists the indicators some
// clusters lack; a member alliance in two clusters the same year is an
// error naming both files and nothing is written; a template mistake stops
// the command. Three small clusters check, with figures worked out by hand,
// a ratio's national total (the ratio of the national parts), a mean over
// every member, the coverage "N/M Cụm" on the summary; and one id defined
// with another unit, type, aggregate or ratio (errors naming both files and
// lines, nothing written) or another label (a warning).
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

// The national figure of an indicator (sum or mean; these files have no
// ratio), worked out here from the clusters' own figures: the sum of the
// clusters' totals, or the mean of every member's value; and how many
// clusters it covers.
struct National {
    std::optional<double> value; // as the sheet keeps it (a percentage as a fraction)
    int covered = 0;
};

National national_figure(const std::vector<model::ClusterYear>& clusters, const std::string& id) {
    double sum = 0;
    int n = 0;
    int covered = 0;
    model::Aggregate how = model::Aggregate::sum;
    bool percent = false;
    for (const model::ClusterYear& cy : clusters) {
        if (!cy.statistics) continue;
        const int before = n;
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
        if (n > before) ++covered;
    }
    if (n == 0) return {};
    const double v = how == model::Aggregate::mean ? sum / n : sum;
    return {percent ? v / 100 : v, covered};
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
            // The national total: recalculated = stored = the engine's figure,
            // and under it the clusters it covers.
            const National national = national_figure(clusters, id);
            const auto expected = national.value;
            REQUIRE(expected);
            CHECK(at(summary, total + 1, c) == std::to_string(national.covered) + "/" +
                                                   std::to_string(clusters.size()) + " Cụm");
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
    // (33.3% + 66.7% + 12.25%) / 3 = 37.41666...%, kept in full.
    CHECK(figure("wider-2020", summary, all, "Tỷ lệ HTX khá, tốt\n(%)") ==
          doctest::Approx((0.333 + 0.667 + 0.1225) / 3).epsilon(1e-12));
    // so-htx: dbsh-dhbb and thu-nghiem have it, tay-nam-song-hau has no statistics.
    const Grid wide = lo.recalculated("wider-2020", summary);
    const int wider_total = row_of(wide, 0, all);
    CHECK(at(wide, wider_total + 1, 0) == "Số Cụm có số liệu");
    CHECK(at(wide, wider_total + 1, col_of(wide, row_of(wide, 0, "STT"), htx)) == "2/3 Cụm");
}

TEST_CASE("national: a member alliance in two clusters the same year: both files named, nothing "
          "written") {
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

namespace {

// Three clusters of 2020 for the rules of matching and totalling, given
// out of id order. Every figure below is worked out by hand from these rows.
// Member i of a cluster is "<prefix>i"; the first is the head.
std::string cluster_file(const std::string& id, const std::string& prefix, int members,
                         const std::string& statistics) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<cluster-year format=\"1\" year=\"2020\">\n"
                      "  <cluster id=\"" +
                      id + "\" name=\"Cụm " + id + "\"/>\n  <members>\n";
    for (int m = 1; m <= members; ++m) {
        const std::string member = prefix + std::to_string(m);
        out += "    <member id=\"" + member + "\" name=\"Liên minh HTX tỉnh " + member + "\"" +
               (m == 1 ? " role=\"head\"" : "") + "/>\n";
    }
    return out + "  </members>\n  <statistics>\n" + statistics +
           "  </statistics>\n</cluster-year>\n";
}

// Cooperatives, revenue and revenue per cooperative: in every cluster.
const std::string revenue = R"(    <indicator id="so-htx" label="Số HTX" unit="HTX"/>
    <indicator id="doanh-thu" label="Doanh thu" unit="triệu đồng" type="amount"/>
    <indicator id="dt-htx" label="Doanh thu mỗi HTX" unit="triệu đồng" type="amount"
               aggregate="ratio" numerator="doanh-thu" denominator="so-htx"/>
)";

// Good cooperatives and their share: in cum-a and cum-b.
const std::string good = R"(    <indicator id="kha" label="HTX khá, tốt" unit="HTX"/>
    <indicator id="ty-le-kha" label="Tỷ lệ HTX khá, tốt" unit="%"
               aggregate="ratio" numerator="kha" denominator="so-htx"/>
)";

const std::string score =
    R"(    <indicator id="diem" label="Điểm tự chấm" unit="điểm" type="amount" aggregate="mean"/>
)";

// Workers: in cum-a and cum-c.
const std::string labour = R"(    <indicator id="lao-dong" label="Lao động" unit="người"/>
)";

// cum-a: a3 gives no revenue nor good cooperatives; last year's rows
// shift its sheet's columns.
const std::string a_rows =
    R"(    <row member="a1" so-htx="10" doanh-thu="250" kha="3" lao-dong="100" diem="80"/>
    <row member="a2" so-htx="4" doanh-thu="130" kha="1" lao-dong="50" diem="90"/>
    <row member="a3" so-htx="6"/>
    <row member="a1" year="2019" so-htx="9" doanh-thu="200"/>
    <row member="a2" year="2019" so-htx="4"/>
    <row member="a3" year="2019" so-htx="5"/>
)";

// cum-b: its own capital indicator; b2 gives no good cooperatives.
const std::string b_rows =
    R"(    <indicator id="von" label="Vốn điều lệ" unit="triệu đồng" type="amount"/>
    <row member="b1" so-htx="20" doanh-thu="900" kha="8" von="12.5" diem="70"/>
    <row member="b2" so-htx="5" doanh-thu="100" von="7.5"/>
)";

// cum-c: a percentage with neither ratio nor mean (no national total).
const std::string c_rows = R"(    <indicator id="ty-le-khac" label="Tỷ lệ khác" unit="%"/>
    <row member="c1" so-htx="1" doanh-thu="10" lao-dong="7" ty-le-khac="55"/>
)";

const std::string cluster_a =
    cluster_file("cum-a", "a", 3, revenue + good + labour + score + a_rows);
const std::string cluster_b = cluster_file("cum-b", "b", 2, revenue + good + score + b_rows);
const std::string cluster_c = cluster_file("cum-c", "c", 1, revenue + labour + c_rows);

// The three files written into `dir` (as cum-a.xml, cum-b.xml, cum-c.xml),
// with `b` in place of cluster_b when given.
struct Files {
    fs::path a, b, c;
    std::string args() const {
        return "'" + c.string() + "' '" + b.string() + "' '" + a.string() + "'";
    }
};

Files write_clusters(const fs::path& dir, const std::string& b = cluster_b) {
    Files f{dir / "cum-a.xml", dir / "cum-b.xml", dir / "cum-c.xml"};
    std::ofstream(f.a) << cluster_a;
    std::ofstream(f.b) << b;
    std::ofstream(f.c) << cluster_c;
    return f;
}

// `text` with its first `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// Where `text`, written as `file`, defines indicator `id`: "FILE:LINE:COLUMN"
// of its <indicator> (only ASCII before it on its line), or "FILE:LINE".
std::string indicator_at(const fs::path& file, const std::string& text, const std::string& id,
                         bool column = true) {
    const std::size_t at = text.find("<indicator id=\"" + id + "\"");
    REQUIRE(at != std::string::npos);
    const std::size_t line_start = text.rfind('\n', at) + 1;
    const long line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n');
    return file.string() + ":" + std::to_string(line) +
           (column ? ":" + std::to_string(at - line_start + 1) : "");
}

test::Process run_national(const Files& files, const fs::path& target) {
    return run_thidua("national " + files.args() + " --year 2020 -o '" + target.string() + "'");
}

// The command fails, says nothing was written, and the workbook there
// before is untouched, with no temporary file left beside it.
void check_nothing_written(const test::Process& p, const fs::path& target) {
    CHECK(p.exit_code == 1);
    CHECK(p.err.find("thidua national: nothing was written") != std::string::npos);
    CHECK(read_file(target.string()) == "the workbook of yesterday");
    for (const auto& entry : fs::directory_iterator(target.parent_path()))
        CHECK(entry.path().extension() != ".tmp");
}

} // namespace

TEST_CASE("national totals: a ratio of the national parts, a mean over every member, each "
          "labelled with the clusters it covers") {
    TempDir dir;
    const Files files = write_clusters(dir.path);
    const fs::path target = dir.path / "national-2020.xlsx";
    const auto p = run_national(files, target);
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    CHECK(p.out.find("3 clusters of 2020") != std::string::npos);
    CHECK(p.err.find("error") == std::string::npos);

    const test::Recalculation lo = test::recalculate(dir.path, {target});
    const std::string stem = "national-2020";
    const Grid g = lo.recalculated(stem, "Tổng hợp");
    // The summary's formulas recalculate to the values stored with them.
    const Grid stored = lo.stored(stem, "Tổng hợp");
    REQUIRE(g.size() == stored.size());
    for (int r = 0; r < static_cast<int>(g.size()); ++r) {
        for (int c = 0; c < 20; ++c) {
            if (at(g, r, c) == at(stored, r, c)) continue;
            const auto x = number_in(at(g, r, c));
            const auto y = number_in(at(stored, r, c));
            CHECK_MESSAGE((x && y && close_to(*x, *y)),
                          "row " << r << ", column " << c << ": recalculated '" << at(g, r, c)
                                 << "', stored '" << at(stored, r, c) << "'");
        }
    }
    const int heading = row_of(g, 0, "STT");
    const int total = row_of(g, 0, "Toàn quốc");
    REQUIRE(heading >= 0);
    REQUIRE(total == heading + 4); // three clusters, in id order
    CHECK(at(g, heading + 1, 1) == "Cụm cum-a");
    CHECK(at(g, heading + 2, 1) == "Cụm cum-b");
    CHECK(at(g, heading + 3, 1) == "Cụm cum-c");
    CHECK(at(g, total + 1, 0) == "Số Cụm có số liệu");
    const auto column = [&](const std::string& h) {
        const int c = col_of(g, heading, h);
        CAPTURE(h);
        REQUIRE(c >= 0);
        return c;
    };
    const auto national = [&](const std::string& h) {
        const auto v = number_in(at(g, total, column(h)));
        CAPTURE(h);
        REQUIRE(v);
        // The stored value (openpyxl) is the same figure.
        const test::DumpCell& cell = lo.dump.at(stem).front().cells.at({total, column(h)});
        CHECK(cell.kind == 'f');
        CHECK(close_to(*number_in(cell.stored), *v));
        return *v;
    };
    const auto covered = [&](const std::string& h) { return at(g, total + 1, column(h)); };

    // Sums of the clusters' totals.
    CHECK(national("Số HTX\n(HTX)") == 10 + 4 + 6 + 20 + 5 + 1);
    CHECK(covered("Số HTX\n(HTX)") == "3/3 Cụm");
    CHECK(national("Doanh thu\n(triệu đồng)") == 250 + 130 + 900 + 100 + 10);
    CHECK(covered("Doanh thu\n(triệu đồng)") == "3/3 Cụm");
    // Revenue per cooperative: all revenue over the cooperatives of the
    // members that give both (a3 gives no revenue): (380 + 1000 + 10) /
    // (14 + 25 + 1) = 34.75; the mean of the clusters' ratios (27.14, 40,
    // 10) would be 25.71, their sum 77.14.
    CHECK(close_to(national("Doanh thu mỗi HTX\n(triệu đồng)"), 1390.0 / 40));
    CHECK(covered("Doanh thu mỗi HTX\n(triệu đồng)") == "3/3 Cụm");
    // A percentage ratio: (3 + 1 + 8) / (10 + 4 + 20) = 35.29%, a fraction
    // in the sheet; the clusters' own are 28.57% and 40% (mean 34.29%).
    // Cụm C has no such indicator.
    CHECK(close_to(national("Tỷ lệ HTX khá, tốt\n(%)"), 12.0 / 34));
    CHECK(covered("Tỷ lệ HTX khá, tốt\n(%)") == "2/3 Cụm");
    CHECK(close_to(number_in(at(g, heading + 1, column("Tỷ lệ HTX khá, tốt\n(%)"))).value_or(0),
                   4.0 / 14));
    CHECK(at(g, heading + 3, column("Tỷ lệ HTX khá, tốt\n(%)")) == "");
    // The mean of every member's figure: (80 + 90 + 70) / 3 = 80, not the
    // mean of the clusters' means (85 and 70: 77.5).
    CHECK(national("Điểm tự chấm\n(điểm)") == 80);
    CHECK(covered("Điểm tự chấm\n(điểm)") == "2/3 Cụm");
    // Indicators some clusters lack: the total covers those that have them,
    // and says so on the summary itself.
    CHECK(national("Lao động\n(người)") == 100 + 50 + 7);
    CHECK(covered("Lao động\n(người)") == "2/3 Cụm");
    CHECK(national("Vốn điều lệ\n(triệu đồng)") == 12.5 + 7.5);
    CHECK(covered("Vốn điều lệ\n(triệu đồng)") == "1/3 Cụm");
    CHECK(at(g, heading + 1, column("Vốn điều lệ\n(triệu đồng)")) == "");
    // A percentage with no ratio and no mean has no national total.
    CHECK(at(g, total, column("Tỷ lệ khác\n(%)")) == "");
    CHECK(covered("Tỷ lệ khác\n(%)") == "");
}

TEST_CASE("national: one id in two units is an error at both <indicator> elements, nothing "
          "converted or written") {
    TempDir dir;
    const std::string b = replaced(cluster_b, R"(label="Doanh thu" unit="triệu đồng")",
                                   R"(label="Doanh thu" unit="tỷ đồng")");
    const Files files = write_clusters(dir.path, b);
    const fs::path target = dir.path / "national-2020.xlsx";
    std::ofstream(target) << "the workbook of yesterday";
    const auto p = run_national(files, target);
    INFO(p.err);
    // Reported at cum-b's element (the later cluster), naming cum-a's.
    const std::string expected =
        indicator_at(files.b, b, "doanh-thu") +
        ": error: indicator 'doanh-thu' is in tỷ đồng here but in triệu đồng in " +
        indicator_at(files.a, cluster_a, "doanh-thu", false) +
        "; one id, one unit: the national total adds the clusters' figures as they are "
        "written, nothing is converted; write this file's figures in triệu đồng, with "
        "unit=\"triệu đồng\", or, if it is another figure, give it another id\n";
    CHECK(p.err.find(expected) != std::string::npos);
    check_nothing_written(p, target);

    // A unit on one side only.
    const std::string none =
        replaced(cluster_b, R"(label="Số HTX" unit="HTX")", R"(label="Số HTX")");
    write_clusters(dir.path, none);
    const auto q = run_national(files, target);
    CHECK(q.err.find(indicator_at(files.b, none, "so-htx") +
                     ": error: indicator 'so-htx' has no unit here but is in HTX in " +
                     indicator_at(files.a, cluster_a, "so-htx", false) + "; one id, one unit") !=
          std::string::npos);
    check_nothing_written(q, target);
}

TEST_CASE("national: one id with another type, aggregate or ratio is an error naming both "
          "places, another label a warning") {
    TempDir dir;
    const fs::path target = dir.path / "national-2020.xlsx";
    std::ofstream(target) << "the workbook of yesterday";

    // The type: an amount here, a count in cum-a.
    std::string b =
        replaced(cluster_b, R"(<indicator id="kha" label="HTX khá, tốt" unit="HTX"/>)",
                 R"(<indicator id="kha" label="HTX khá, tốt" unit="HTX" type="amount"/>)");
    // The aggregate: summed here, averaged in cum-a.
    b = replaced(b, R"(type="amount" aggregate="mean")", R"(type="amount" aggregate="sum")");
    // The ratio's parts: over kha here, over so-htx in cum-a.
    b = replaced(b, R"(numerator="doanh-thu" denominator="so-htx")",
                 R"(numerator="doanh-thu" denominator="kha")");
    const Files files = write_clusters(dir.path, b);
    const auto p = run_national(files, target);
    INFO(p.err);
    // At cum-b's element, with cum-a's line.
    const auto here = [&](const std::string& id) { return indicator_at(files.b, b, id); };
    const auto there = [&](const std::string& id) {
        return indicator_at(files.a, cluster_a, id, false);
    };
    CHECK(p.err.find(here("kha") +
                     ": error: indicator 'kha' is an amount (type=\"amount\") here but a count "
                     "(type=\"count\") in " +
                     there("kha") +
                     "; one id, one kind of figure: write type=\"count\" here as there, or, if "
                     "it is another figure, give it another id\n") != std::string::npos);
    CHECK(p.err.find(here("diem") +
                     ": error: indicator 'diem' is added up (aggregate=\"sum\") here but "
                     "averaged over the members (aggregate=\"mean\") in " +
                     there("diem") +
                     "; one id, one way to total it: write aggregate=\"mean\" here as there") !=
          std::string::npos);
    CHECK(p.err.find(here("dt-htx") +
                     ": error: indicator 'dt-htx' is the ratio doanh-thu / kha here but "
                     "doanh-thu / so-htx in " +
                     there("dt-htx") +
                     "; one id, one ratio: write aggregate=\"ratio\" numerator=\"doanh-thu\" "
                     "denominator=\"so-htx\" here as there") != std::string::npos);
    check_nothing_written(p, target);

    // Another label for the same figure: a warning naming both, and the
    // workbook is written under the first cluster's label.
    const std::string relabelled =
        replaced(cluster_b, R"(label="Số HTX" unit="HTX")", R"(label="Tổng số HTX" unit="HTX")");
    write_clusters(dir.path, relabelled);
    const auto q = run_national(files, target);
    INFO(q.err);
    CHECK(q.exit_code == 0);
    CHECK(q.err.find(indicator_at(files.b, relabelled, "so-htx") +
                     ": warning: indicator 'so-htx' is labelled 'Tổng số HTX' here but 'Số HTX' "
                     "in " +
                     there("so-htx") +
                     "; the national workbook uses 'Số HTX': write one label in every file\n") !=
          std::string::npos);
    CHECK(q.err.find("error") == std::string::npos);
    CHECK(read_file(target.string()).starts_with("PK"));
}

TEST_CASE("national: a workbook named like one of its inputs is refused and the input kept") {
    TempDir dir;
    const fs::path input = dir.path / "dbsh-dhbb-2020.xml";
    fs::copy_file(source_path("samples/dbsh-dhbb-2020.xml"), input);
    const std::string before = read_file(input.string());
    const auto p =
        run_thidua("national '" + input.string() + "' --year 2020 -o '" + input.string() + "'");
    CHECK(p.exit_code == 2);
    CHECK(p.err == input.string() + ": error: the workbook would overwrite " + input.string() +
                       ", one of the files it is made from; write it elsewhere, e.g. -o "
                       "national-2020.xlsx\n");
    CHECK(read_file(input.string()) == before);
}
