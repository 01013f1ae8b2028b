// The national workbook (thidua national), judged by LibreOffice: the 2020
// workbook made from the two 2020 samples (a folder given, other years
// skipped) is recalculated, and every cluster's total and every national
// total equals the engine's sum, as does the value stored with each
// formula (read by openpyxl); a mean indicator averages every member of
// every cluster. Also: the notes sheet lists the indicators some clusters
// lack; a member alliance in two clusters the same year is an error naming
// both files and nothing is written; a template mistake stops the command.
#include "sheet_support.hpp"
#include "support.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace thidua;
using test::read_file;
using test::run_thidua;
using test::shell;
using test::source_path;
using test::TempDir;
namespace fs = std::filesystem;

namespace {

using test::at;
using test::close_to;
using test::Grid;
using test::number_in;
using test::read_csv;

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

// A throwaway LibreOffice profile that recalculates XLSX formulas on load,
// US number format; then every sheet of `files` to OUT/<file>-<sheet>.csv
// with full-precision values.
std::string recalculate_command(const fs::path& profile, const fs::path& out,
                                const std::vector<fs::path>& files) {
    fs::create_directories(profile / "user");
    std::ofstream(profile / "user" / "registrymodifications.xcu")
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
           "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop "
           "oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
           "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooSetupSystemLocale\" "
           "oor:op=\"fuse\"><value>en-US</value></prop></item>\n"
           "</oor:items>\n";
    std::string cmd = "timeout 300 soffice -env:UserInstallation=file://" + profile.string() +
                      " --headless --norestore --convert-to "
                      "'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,"
                      "false,-1' --outdir '" +
                      out.string() + "'";
    for (const fs::path& f : files)
        cmd += " '" + f.string() + "'";
    return cmd;
}

// read_workbook.py's cells: [file stem][sheet][{row, col}] = {kind, content, stored}.
struct DumpCell {
    std::string kind, content, stored;
};
using Dump = std::map<std::string, std::map<std::string, std::map<std::pair<int, int>, DumpCell>>>;

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\t') {
            out.emplace_back();
        } else if (line[i] == '\\' && i + 1 < line.size()) {
            const char n = line[++i];
            out.back() += n == 'n' ? '\n' : n == 't' ? '\t' : n;
        } else {
            out.back() += line[i];
        }
    }
    return out;
}

Dump read_dump(const std::string& text) {
    Dump out;
    std::string file, sheet;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        const auto f = split_tabs(line);
        if (f[0] == "file" && f.size() == 2) file = fs::path(f[1]).stem().string();
        if (f[0] == "sheet" && f.size() >= 2) {
            sheet = f[1];
            out[file][sheet];
        }
        if (f[0] == "cell" && f.size() == 7)
            out[file][sheet][{std::stoi(f[1]), std::stoi(f[2])}] = {f[3], f[5], f[6]};
    }
    return out;
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

    // One LibreOffice run (recalculating) over both, openpyxl meanwhile.
    const std::vector<fs::path> files = {national, wider};
    std::string readers = "(" + recalculate_command(dir.path / "profile", dir.path / "csv", files) +
                          " >'" + (dir.path / "lo.log").string() + "' 2>&1 & /usr/bin/python3 '" +
                          source_path("tests/tools/read_workbook.py") + "' '" + national.string() +
                          "' '" + wider.string() + "' >'" + (dir.path / "dump.tsv").string() +
                          "'; s=$?; wait; exit $s)";
    const auto run = shell(readers);
    INFO(run.err);
    INFO(read_file((dir.path / "lo.log").string()));
    REQUIRE(run.exit_code == 0);
    const Dump dump = read_dump(read_file((dir.path / "dump.tsv").string()));

    const std::vector<std::vector<std::string>> inputs = {
        {"samples/dbsh-dhbb-2020.xml", "samples/tay-nam-song-hau-2020.xml"},
        {"samples/dbsh-dhbb-2020.xml", "samples/tay-nam-song-hau-2020.xml", third.string()}};
    const std::vector<std::string> stems = {"national-2020", "wider-2020"};
    for (std::size_t w = 0; w < stems.size(); ++w) {
        CAPTURE(stems[w]);
        std::vector<model::ClusterYear> clusters;
        for (const std::string& f : inputs[w])
            clusters.push_back(load_input(f.starts_with("/") ? f : source_path(f)));
        const auto& sheets = dump.at(stems[w]);
        // Summary first, one sheet per cluster named by its id, notes last.
        std::vector<std::string> names;
        for (const auto& [name, cells] : sheets)
            names.push_back(name);
        for (const model::ClusterYear& cy : clusters)
            CHECK(sheets.contains(cy.cluster.id));
        CHECK(sheets.contains("Tổng hợp"));
        CHECK(sheets.contains("Ghi chú"));
        CHECK(names.size() == clusters.size() + 2);

        const Grid summary = read_csv(dir.path / "csv" / (stems[w] + "-Tổng hợp.csv"));
        const auto& stored = sheets.at("Tổng hợp");
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
            const DumpCell& cell = stored.at({total, c});
            CHECK(cell.kind == "f");
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
                const DumpCell& ref = stored.at({r, c});
                CHECK(ref.kind == "f");
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
        const Grid notes = read_csv(dir.path / "csv" / (stems[w] + "-Ghi chú.csv"));
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
