// The statistics workbook, judged by real spreadsheet programs: LibreOffice
// opens every sample's workbook, recalculates it (a canary proves it did),
// and every formula gives the engine's figure (totals, growth, score
// totals, ranks with ties, grades, percentages, results), the same as the
// values stored with the formulas; openpyxl sees formulas as formulas,
// frozen headings, the number formats and the print setup. Figures worked
// out by hand: like-for-like growth when a member sent nothing this year,
// ratios of totals, percentages' changes in points ("+2.4 điểm %" as
// LibreOffice shows it), no growth over a base that rounds to 0, totals
// shown with their indicator's decimals, covenant totals by aggregate.
// Also: the template's checks, identical bytes on a second render, atomic
// output, numbers under a decimal-comma locale.
#include "doc/workbook_labels.hpp"
#include "flate/deflater.hpp"
#include "sheet_support.hpp"
#include "support.hpp"
#include "text/number.hpp"
#include "xlsx/memory_parts.hpp"
#include "xlsx/part_compression.hpp"
#include "xlsx/workbook_writer.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <clocale>
#include <dlfcn.h>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <sys/inotify.h>
#include <thread>
#include <unistd.h>

using namespace thidua;
using test::edited_template;
using test::read_file;
using test::shell;
using test::TempDir;
using Output = test::Process;
using test::run_thidua;
using test::source_path;
namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

namespace {

const std::vector<std::string> samples = {"dong-bac-2023.xml",    "dbsh-dhbb-2020.xml",
                                          "5-thanh-pho-2017.xml", "tay-nam-song-hau-2020.xml",
                                          "dbsh-2017.xml",        "blank.xml"};

// A cluster-year made of edge cases: a growth from 0, a member that did not
// report, means of amounts and percentages, a total the engine does not
// compute, a reported total that differs; a tie reached through decimals
// (92.1 - 0.1 and 92), a total below every grade, a penalty with no score;
// a vote exactly at its threshold; a commitment nobody pledged.
const char* edge_cases = R"(<?xml version="1.0" encoding="UTF-8"?>
<cluster-year format="1" year="2023">
  <cluster id="bien" name="Cụm thi đua biên"/>
  <members>
    <member id="bac-kan" name="Liên minh HTX tỉnh Bắc Kạn" role="head"/>
    <member id="lang-son" name="Liên minh HTX tỉnh Lạng Sơn"/>
    <member id="cao-bang" name="Liên minh HTX tỉnh Cao Bằng"/>
  </members>
  <statistics>
    <indicator id="htx" label="HTX" unit="HTX"/>
    <indicator id="doanh-thu" label="Doanh thu" unit="triệu đồng" type="amount" aggregate="mean"/>
    <indicator id="ty-le" label="Tỷ lệ" unit="%" type="percent" aggregate="mean"/>
    <indicator id="khac" label="Khác" type="amount" aggregate="none"/>
    <row member="bac-kan" htx="10" doanh-thu="0.1" ty-le="33.3" khac="1"/>
    <row member="lang-son" htx="0" doanh-thu="0.2" ty-le="66.7"/>
    <row member="bac-kan" year="2022" htx="0" doanh-thu="0.3" ty-le="50"/>
    <row member="lang-son" year="2022" htx="4" doanh-thu="0.15"/>
    <total htx="11" doanh-thu="0.15" ty-le="50"/>
  </statistics>
  <scoring>
    <criterion id="a" label="A" max="100"/>
    <criterion id="b" label="B" max="5" kind="penalty"/>
    <score member="bac-kan" a="92.1" b="0.1"/>
    <score member="lang-son" a="92"/>
    <score member="cao-bang" a="40" b="0"/>
    <grade min="90" label="Xuất sắc"/>
    <grade min="50" label="Đạt"/>
  </scoring>
  <ballot id="x" title="Bỏ phiếu thử" voters="3" min-percent="66.666667">
    <tally member="bac-kan" votes="2"/>
    <tally member="lang-son" votes="3"/>
  </ballot>
  <covenant>
    <commitment id="c" label="Chỉ tiêu C" unit="HTX"/>
    <commitment id="d" label="Chỉ tiêu D"/>
    <pledge member="bac-kan" c="1.5"/>
  </covenant>
</cluster-year>
)";

model::ClusterYear load_input(const fs::path& file) {
    auto r = load::load_file(file.string());
    REQUIRE(r.model);
    return std::move(*r.model);
}

std::unique_ptr<doc::WorkbookLabels> shipped_labels() {
    diag::Diagnostics diags("workbook.xml");
    auto labels = doc::WorkbookLabels::load(source_path("templates/workbook.xml"), diags);
    INFO(diags.format());
    REQUIRE(labels);
    return labels;
}

using test::at;
using test::check_recalculated_as_stored;
using test::close_to;
using test::DumpSheet;
using test::Grid;
using test::number_in;
using test::recalculate;

// ---- checking one sheet against the model ------------------------------------

// The number formats: a figure with `decimals`, a percentage (stored as a
// fraction) with them; a growth always with one decimal and its sign; a
// change of a percentage in points, with the template's words.
std::string fixed_format(int decimals) {
    return decimals == 0 ? "#,##0"
                         : "#,##0." + std::string(static_cast<std::size_t>(decimals), '0');
}

std::string percent_format(int decimals) {
    return (decimals == 0 ? "0" : "0." + std::string(static_cast<std::size_t>(decimals), '0')) +
           "%";
}

const std::string growth_format = "+0.0%;-0.0%;0.0%";

std::string points_format(int decimals) {
    const std::string x =
        (decimals == 0 ? "0" : "0." + std::string(static_cast<std::size_t>(decimals), '0')) +
        "\" điểm %\"";
    return "+" + x + ";-" + x + ";" + x;
}

std::string format_of(const model::Indicator& ind) {
    return ind.type == model::IndicatorType::percent ? percent_format(ind.precision)
                                                     : fixed_format(ind.precision);
}

std::optional<double> scaled(const std::optional<double>& v, double by) {
    if (!v) return std::nullopt;
    return *v / by;
}

// One sheet as LibreOffice recalculated it, with what openpyxl says of
// its cells; records every formula whose value was checked.
class SheetCheck {
public:
    SheetCheck(const Grid& grid, const DumpSheet& dump) : grid_(grid), dump_(dump) {}

    // The first row at or after `from` whose cell in `col` is `text`.
    int row_of(int col, const std::string& text, int from = 0) const {
        for (int r = from; r < static_cast<int>(grid_.size()); ++r) {
            if (at(grid_, r, col) == text) return r;
        }
        FAIL_CHECK("no row has '" << text << "' in column " << col << " of " << dump_.name);
        return -1;
    }

    // The first column of row `row` holding `text`.
    int col_of(int row, const std::string& text) const {
        for (int c = 0; c < 200; ++c) {
            if (at(grid_, row, c) == text) return c;
        }
        FAIL_CHECK("no column has '" << text << "' in row " << row << " of " << dump_.name);
        return -1;
    }

    std::string text(int r, int c) const { return at(grid_, r, c); }

    // The cell shows `expected` (empty for none); a formula when `formula`
    // (either when it is not given: a ratio the file leaves out).
    void number(int r, int c, const std::optional<double>& expected, std::optional<bool> formula,
                const std::string& format, const std::string& what) {
        CAPTURE(dump_.name);
        CAPTURE(what);
        CAPTURE(r);
        CAPTURE(c);
        const std::string shown = at(grid_, r, c);
        if (!expected) {
            CHECK(shown == "");
        } else {
            const auto v = number_in(shown);
            CHECK_MESSAGE(v.has_value(), "not a number: '" << shown << "'");
            if (v) CHECK_MESSAGE(close_to(*v, *expected), *v << " != " << *expected);
        }
        cell_is(r, c, formula, format, expected.has_value());
    }

    void text_cell(int r, int c, const std::string& expected, bool formula,
                   const std::string& what) {
        CAPTURE(dump_.name);
        CAPTURE(what);
        CHECK(at(grid_, r, c) == expected);
        cell_is(r, c, formula, "", !expected.empty());
    }

    const std::set<std::pair<int, int>>& checked() const { return checked_; }

private:
    void cell_is(int r, int c, std::optional<bool> formula, const std::string& format,
                 bool has_value) {
        const auto it = dump_.cells.find({r, c});
        if (!formula) {
            if (it != dump_.cells.end() && it->second.kind == 'f') checked_.insert({r, c});
        } else if (*formula) {
            CHECK_MESSAGE((it != dump_.cells.end() && it->second.kind == 'f'),
                          "not a formula at row " << r << ", column " << c);
            checked_.insert({r, c});
        } else if (has_value) {
            CHECK_MESSAGE((it != dump_.cells.end() && it->second.kind != 'f'),
                          "expected a plain value at row " << r << ", column " << c);
        }
        if (!format.empty() && it != dump_.cells.end()) CHECK(it->second.format == format);
    }

    const Grid& grid_;
    const DumpSheet& dump_;
    std::set<std::pair<int, int>> checked_;
};

void check_statistics(SheetCheck& s, const model::ClusterYear& cy, const doc::StatisticsText& t) {
    const model::Statistics& st = *cy.statistics;
    const int first = s.row_of(1, cy.members[0].name);
    std::vector<int> rows;
    for (const model::Member& m : cy.members)
        rows.push_back(s.row_of(1, m.name, first));
    const int total = s.row_of(0, t.total, first);
    for (std::size_t i = 0; i < st.indicators.size(); ++i) {
        const model::Indicator& ind = st.indicators[i];
        const model::IndicatorFigures& f = st.figures[i];
        const bool percent = ind.type == model::IndicatorType::percent;
        const double by = percent ? 100 : 1;
        const std::string format = format_of(ind);
        const std::string change = percent ? points_format(ind.precision) : growth_format;
        const bool ratio = ind.aggregate == model::Aggregate::ratio;
        int c = -1;
        for (int r = 0; r < first && c < 0; ++r) {
            for (int k = 0; k < 200 && c < 0; ++k) {
                if (s.text(r, k) == t.indicators[i]) c = k;
            }
        }
        REQUIRE(c >= 0);
        const bool previous = s.text(first - 1, c + 1) == t.previous_year;
        CHECK(previous == (f.previous_total.has_value() ||
                           std::any_of(st.member_table.begin(), st.member_table.end(),
                                       [&](const auto& row) { return row[i].previous; })));
        // A ratio's member cell is the file's value or a formula of its parts.
        const std::optional<bool> plain = ratio ? std::nullopt : std::optional<bool>(false);
        for (std::size_t m = 0; m < cy.members.size(); ++m) {
            const model::MemberFigure& mf = st.member_table[m][i];
            const int r = rows[m];
            s.number(r, c, scaled(mf.value, by), plain, format, ind.id + " value");
            if (!previous) continue;
            s.number(r, c + 1, scaled(mf.previous, by), plain, format, ind.id + " previous");
            s.number(r, c + 2, percent ? mf.change_points : scaled(mf.growth_percent, 100), true,
                     change, ind.id + " change");
        }
        if (ind.aggregate == model::Aggregate::none) {
            s.number(total, c, std::nullopt, false, "", ind.id + " no total");
        } else {
            s.number(total, c, scaled(f.total, by), true, format, ind.id + " total");
            if (previous) {
                s.number(total, c + 1, scaled(f.previous_total, by), true, format,
                         ind.id + " previous total");
                s.number(total, c + 2, percent ? f.change_points : scaled(f.growth_percent, 100),
                         true, change, ind.id + " total change");
            }
        }
        if (st.reported_totals) {
            const int reported = s.row_of(0, t.reported, total);
            const int difference = s.row_of(0, t.difference, total);
            s.number(reported, c, scaled(f.reported_total, by), false, format,
                     ind.id + " reported");
            s.number(difference, c, scaled(f.difference, by), true, format, ind.id + " difference");
        }
    }
}

void check_scoring(SheetCheck& s, const model::ClusterYear& cy, const doc::ScoringText& t) {
    const model::Scoring& sc = *cy.scoring;
    const int heading = s.row_of(1, t.member);
    const int total = s.col_of(heading, t.total);
    const int rank = s.col_of(heading, t.rank);
    const int grade = sc.grades.empty() ? -1 : s.col_of(heading, t.grade);
    for (const model::Score& score : sc.scores) {
        const model::Member* m = cy.find_member(score.member);
        REQUIRE(m);
        const int r = s.row_of(1, m->name, heading);
        for (std::size_t k = 0; k < sc.criteria.size(); ++k) {
            const int c = s.col_of(heading + 1, t.criteria[k]);
            s.number(r, c, k < score.points.size() ? score.points[k] : std::nullopt, false,
                     "#,##0.0", sc.criteria[k].id);
        }
        s.number(r, total, score.total, true, "#,##0.0", score.member + " total");
        s.number(r, rank, static_cast<double>(score.rank), true, "#,##0", score.member + " rank");
        if (grade >= 0) s.text_cell(r, grade, score.grade.value_or(""), true, score.member);
    }
}

void check_ballots(SheetCheck& s, const model::ClusterYear& cy, const doc::BallotsText& t) {
    int from = 0;
    for (std::size_t k = 0; k < cy.ballots.size(); ++k) {
        const model::Ballot& b = cy.ballots[k];
        const int caption = s.row_of(0, t.captions[k], from);
        CHECK(s.text(caption + 1, 0) == t.thresholds[k]);
        if (!b.min_fraction) {
            s.number(caption + 1, 4, b.min_percent / 100, false,
                     percent_format(std::clamp(text::decimals_of(b.min_percent), 1, 6)),
                     b.id + " threshold");
        }
        const int heading = s.row_of(4, t.percent, caption);
        // The ballot papers given, and those computed (returned - the other) as formulas.
        const model::BallotPapers& p = b.papers;
        const std::array<std::pair<const std::string*, std::optional<int>>, 4> papers = {
            {{&t.issued, p.issued},
             {&t.returned, p.returned},
             {&t.valid, p.valid ? p.valid : b.valid_computed},
             {&t.invalid, p.invalid ? p.invalid : b.invalid_computed}}};
        int paper_row = caption + 2;
        for (const auto& [label, n] : papers) {
            if (!n) continue;
            CHECK(s.text(paper_row, 0) == *label);
            const bool computed =
                (label == &t.valid && !p.valid) || (label == &t.invalid && !p.invalid);
            s.number(paper_row, 4, static_cast<double>(*n), computed, "#,##0", *label);
            ++paper_row;
        }
        for (std::size_t j = 0; j < b.tallies.size(); ++j) {
            const model::Tally& tally = b.tallies[j];
            const int r = heading + 1 + static_cast<int>(j);
            CHECK(s.text(r, 1) == cy.find_member(tally.member)->name);
            s.number(r, 2, tally.votes, false, "#,##0", tally.member + " votes");
            s.number(r, 3, b.voters, false, "#,##0", tally.member + " voters");
            s.number(r, 4, tally.percent / 100, true, "0.0%", tally.member + " percent");
            s.text_cell(r, 5, tally.passed ? t.passed : t.failed, true, tally.member + " result");
        }
        from = heading + 1;
    }
}

void check_awards(SheetCheck& s, const model::ClusterYear& cy, const doc::AwardsText& t) {
    const int heading = s.row_of(1, t.type);
    for (std::size_t k = 0; k < cy.awards.size(); ++k) {
        const model::Award& a = cy.awards[k];
        const int r = heading + 1 + static_cast<int>(k);
        const std::string member = cy.find_member(a.member)->name;
        CHECK(s.text(r, 1) == a.type);
        CHECK(s.text(r, 2) == a.by.value_or(""));
        CHECK(s.text(r, 3) == member);
        CHECK(s.text(r, 4) == a.recipient.value_or(member));
        REQUIRE(k < t.statuses.size());
        CHECK(s.text(r, 5) == t.statuses[k]);
        CHECK(s.text(r, 6) == a.reason.value_or(""));
    }
}

void check_covenant(SheetCheck& s, const model::ClusterYear& cy, const doc::CovenantText& t) {
    const model::Covenant& cv = *cy.covenant;
    const int heading = s.row_of(1, t.member);
    const int total = s.row_of(0, t.total, heading);
    for (std::size_t k = 0; k < cv.commitments.size(); ++k) {
        const model::Commitment& commitment = cv.commitments[k];
        const std::string format = fixed_format(commitment.precision);
        const int c = s.col_of(heading, t.commitments[k]);
        for (const model::Pledge& p : cv.pledges) {
            const int r = s.row_of(1, cy.find_member(p.member)->name, heading);
            s.number(r, c, k < p.values.size() ? p.values[k] : std::nullopt, false, format,
                     p.member + " pledge");
        }
        // A total by the aggregate; none (an empty cell) for a percentage.
        const bool has_total = commitment.aggregate == model::Aggregate::sum ||
                               commitment.aggregate == model::Aggregate::mean;
        s.number(total, c, cv.totals[k], has_total, format, commitment.id + " total");
    }
}

} // namespace

TEST_CASE("every sample's workbook recalculates in LibreOffice to the engine's figures") {
    TempDir dir;
    std::vector<fs::path> inputs;
    for (const std::string& s : samples)
        inputs.push_back(source_path("samples/" + s));
    inputs.push_back(dir.path / "edge-cases.xml");
    std::ofstream(inputs.back()) << edge_cases;
    std::string args;
    for (const fs::path& input : inputs)
        args += " '" + input.string() + "'";
    const auto p =
        run_thidua("render" + args + " -o '" + (dir.path / "out").string() + "' --only workbook");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    CHECK(p.out.find("thong-ke.xlsx") != std::string::npos);
    CHECK(p.out.find("bien-ban.pdf") == std::string::npos);

    // One file per sample, named after the cluster (the outputs share a name).
    std::vector<model::ClusterYear> models;
    std::vector<fs::path> files;
    fs::create_directories(dir.path / "in");
    for (const fs::path& input : inputs) {
        models.push_back(load_input(input));
        const model::ClusterYear& cy = models.back();
        const fs::path made =
            dir.path / "out" / cy.cluster.id / std::to_string(cy.year) / "thong-ke.xlsx";
        REQUIRE(fs::exists(made));
        files.push_back(dir.path / "in" / (cy.cluster.id + ".xlsx"));
        fs::copy_file(made, files.back());
    }

    // LibreOffice twice at once, recalculating and showing the stored
    // values: every formula recalculates to the value stored with it.
    const test::Recalculation lo = recalculate(dir.path, files);
    CHECK(check_recalculated_as_stored(lo) > 200);
    const auto& dump = lo.dump;

    const auto labels = shipped_labels();
    for (const model::ClusterYear& cy : models) {
        CAPTURE(cy.cluster.id);
        const doc::WorkbookText text = labels->resolve(cy);
        REQUIRE(dump.count(cy.cluster.id) == 1);
        const std::vector<DumpSheet>& sheets = dump.at(cy.cluster.id);
        std::vector<std::string> expected_sheets;
        if (cy.statistics) expected_sheets.push_back(text.statistics.sheet);
        if (cy.scoring && !cy.scoring->scores.empty())
            expected_sheets.push_back(text.scoring.sheet);
        if (!cy.ballots.empty()) expected_sheets.push_back(text.ballots.sheet);
        if (!cy.awards.empty()) expected_sheets.push_back(text.awards.sheet);
        if (cy.covenant && !cy.covenant->commitments.empty())
            expected_sheets.push_back(text.covenant.sheet);
        std::vector<std::string> names;
        for (const DumpSheet& s : sheets)
            names.push_back(s.name);
        CHECK(names == expected_sheets);

        for (const DumpSheet& sheet : sheets) {
            CAPTURE(sheet.name);
            const Grid recalculated = lo.recalculated(cy.cluster.id, sheet.name);

            // Print setup and panes, as openpyxl reads them.
            CHECK(sheet.orientation == "landscape");
            CHECK(sheet.paper == "9"); // A4
            // Not shrunk to one page wide: a scale that keeps the text at
            // 9 points or more (tests/test_workbook_print.cpp prints it).
            CHECK(sheet.fit_width == "-");
            CHECK(sheet.scale >= 75);
            CHECK(sheet.scale <= 100);
            CHECK(sheet.footer == "Trang &P/&N");

            SheetCheck check(recalculated, sheet);
            int first_data = -1;
            if (sheet.name == text.statistics.sheet) {
                check_statistics(check, cy, text.statistics);
                first_data = check.row_of(1, cy.members[0].name);
                CHECK(sheet.charts == (text.statistics.chart ? 1 : 0));
            } else if (sheet.name == text.scoring.sheet) {
                check_scoring(check, cy, text.scoring);
                first_data = check.row_of(1, text.scoring.member) + 2;
            } else if (sheet.name == text.ballots.sheet) {
                check_ballots(check, cy, text.ballots);
                if (cy.ballots.size() == 1) first_data = check.row_of(1, text.ballots.member) + 1;
            } else if (sheet.name == text.awards.sheet) {
                check_awards(check, cy, text.awards);
                first_data = check.row_of(1, text.awards.type) + 1;
            } else if (sheet.name == text.covenant.sheet) {
                check_covenant(check, cy, text.covenant);
                first_data = check.row_of(1, text.covenant.member) + 1;
            }
            // The headings stay in view (and print atop each page); so do
            // the number and member columns.
            if (first_data > 0) {
                CHECK(sheet.freeze == "C" + std::to_string(first_data + 1));
                CHECK(sheet.titles != "-");
            } else {
                CHECK(sheet.freeze == "C1");
            }
            // Every formula of the sheet had its value checked.
            for (const auto& entry : sheet.cells) {
                const auto& pos = entry.first;   // (no structured binding: clang 14's
                const auto& cell = entry.second; // lambdas in CHECK cannot capture one)
                if (cell.kind != 'f') continue;
                CHECK_MESSAGE(check.checked().contains(pos),
                              "unchecked formula " << cell.content << " at row " << pos.first
                                                   << ", column " << pos.second);
            }
        }
    }
}

namespace {

// A year where member C sent last year's figures only; a ratio (revenue
// per cooperative) whose total is the ratio of the totals; a percentage
// defined as a ratio (good cooperatives / all) and one given directly
// (averaged); last year's capital so small that it rounds to 0 at two
// decimals; a mean of figures with one decimal; commitments summed,
// averaged, and a percentage, which has no total.
const char* figures_year = R"(<?xml version="1.0" encoding="UTF-8"?>
<cluster-year format="1" year="2024">
  <cluster id="thu" name="Cụm thi đua thử"/>
  <members>
    <member id="a" name="Đơn vị A" role="head"/>
    <member id="b" name="Đơn vị B"/>
    <member id="c" name="Đơn vị C"/>
  </members>
  <statistics>
    <indicator id="htx" label="Số HTX" unit="HTX"/>
    <indicator id="doanh-thu" label="Doanh thu" unit="triệu đồng" type="amount"/>
    <indicator id="binh-quan" label="Doanh thu một HTX" unit="triệu đồng" type="amount"
               aggregate="ratio" numerator="doanh-thu" denominator="htx"/>
    <indicator id="kha" label="HTX khá" unit="HTX"/>
    <indicator id="ty-le" label="Tỷ lệ HTX khá" unit="%" aggregate="ratio"
               numerator="kha" denominator="htx"/>
    <indicator id="von" label="Vốn" unit="tỷ đồng" type="amount"/>
    <indicator id="diem" label="Điểm" type="amount" aggregate="mean"/>
    <indicator id="tv" label="Thành viên tham gia" unit="%" aggregate="mean"/>
    <row member="a" htx="10" doanh-thu="1000.5" kha="4" von="2.5" diem="7.5" tv="62.5"/>
    <row member="b" htx="30" doanh-thu="900" kha="15" von="1.25" diem="8" tv="70"/>
    <row member="a" year="2023" htx="8" doanh-thu="800" kha="2" von="0.0000001" diem="7" tv="60.1"/>
    <row member="b" year="2023" htx="25" doanh-thu="1000" kha="10" von="0.002" diem="6.5" tv="68"/>
    <row member="c" year="2023" htx="50" doanh-thu="2000" kha="40" von="3" diem="9" tv="50"/>
  </statistics>
  <covenant>
    <commitment id="moi" label="HTX thành lập mới" unit="HTX"/>
    <commitment id="kha-gioi" label="Tỷ lệ HTX khá, giỏi" unit="%"/>
    <commitment id="bq" label="Doanh thu bình quân" unit="triệu đồng" aggregate="mean"/>
    <pledge member="a" moi="5" kha-gioi="70" bq="100"/>
    <pledge member="b" moi="7" kha-gioi="80.5" bq="150.5"/>
  </covenant>
</cluster-year>
)";

// The workbook of figures_year, recalculated by LibreOffice.
struct FiguresWorkbook {
    TempDir dir;
    fs::path file;
    test::Recalculation lo;
    fs::path shown;
};

void make_figures_workbook(FiguresWorkbook& w) {
    const fs::path input = w.dir.path / "thu.xml";
    std::ofstream(input) << figures_year;
    const auto p = run_thidua("render '" + input.string() + "' -o '" +
                              (w.dir.path / "out").string() + "' --only workbook");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    w.file = w.dir.path / "thu.xlsx";
    fs::copy_file(w.dir.path / "out/thu/2024/thong-ke.xlsx", w.file);
    // openpyxl reads it (it refuses INF or NaN), LibreOffice recalculates it.
    w.lo = recalculate(w.dir.path / "lo", {w.file});
    w.shown = test::export_as_shown(w.dir.path / "lo", {w.file});
}

} // namespace

TEST_CASE(
    "the statistics sheet compares like for like, totals ratios, changes percentages in points") {
    FiguresWorkbook w;
    make_figures_workbook(w);
    CHECK(check_recalculated_as_stored(w.lo) > 40);
    const auto labels = shipped_labels();
    const model::ClusterYear cy = load_input(w.dir.path / "thu.xml");
    const doc::StatisticsText t = labels->resolve(cy).statistics;
    const DumpSheet& sheet = w.lo.dump.at("thu").at(0);
    REQUIRE(sheet.name == t.sheet);
    const Grid grid = w.lo.recalculated("thu", t.sheet);
    const Grid shown = test::shown_sheet(w.shown, "thu", t.sheet);
    SheetCheck s(grid, sheet);
    const int a = s.row_of(1, "Đơn vị A");
    const int b = s.row_of(1, "Đơn vị B");
    const int c = s.row_of(1, "Đơn vị C");
    const int total = s.row_of(0, "Toàn Cụm");
    const auto column = [&](const std::string& heading) { return s.col_of(a - 2, heading); };
    const std::optional<double> none;

    // Cooperatives: C reported 50 last year and nothing this year. The
    // cluster's 40 this year compares with A and B's 8 + 25 last year:
    // +21.2%, not 40 against 83 (-51.8%).
    const int htx = column("Số HTX\n(HTX)");
    s.number(a, htx + 2, 10.0 / 8 - 1, true, growth_format, "A's growth");
    s.number(c, htx + 1, 50.0, false, "#,##0", "C last year");
    s.number(c, htx + 2, none, true, growth_format, "C: no growth");
    s.number(total, htx, 40.0, true, "#,##0", "this year, every member that reported");
    s.number(total, htx + 1, 8.0 + 25, true, "#,##0", "last year, A and B only");
    s.number(total, htx + 2, 40.0 / 33 - 1, true, growth_format, "growth, like for like");
    CHECK(at(shown, total, htx + 2) == "+21.2%");

    // Revenue per cooperative: the ratio of the totals, 1900.5 / 40 =
    // 47.5125, not the mean of the members' ratios (100.05 + 30) / 2 =
    // 65.025; last year 1800 / 33 over A and B; members' ratios the file
    // leaves out are formulas of their parts.
    const int bq = column("Doanh thu một HTX\n(triệu đồng)");
    s.number(a, bq, 100.05, true, "#,##0.0", "A's ratio");
    s.number(c, bq + 1, 2000.0 / 50, true, "#,##0.0", "C's ratio last year");
    s.number(b, bq + 2, 30.0 / 40 - 1, true, growth_format, "B's growth");
    s.number(total, bq, 1900.5 / 40, true, "#,##0.0", "ratio of the totals");
    s.number(total, bq + 1, 1800.0 / 33, true, "#,##0.0", "last year's ratio, A and B");
    s.number(total, bq + 2, (1900.5 / 40) / (1800.0 / 33) - 1, true, growth_format,
             "ratio's growth");
    CHECK(at(shown, total, bq) == "47.5");
    CHECK(at(shown, total, bq + 2) == "-12.9%");

    // A percentage defined as a ratio: 19 / 40 = 47.5% against 12 / 33 =
    // 36.36% last year, a change of 11.1 points; A: 40% against 25%.
    const int ty_le = column("Tỷ lệ HTX khá\n(%)");
    s.number(a, ty_le, 0.4, true, "0.0%", "A's percentage");
    s.number(a, ty_le + 2, 40.0 - 25, true, points_format(1), "A's change in points");
    s.number(total, ty_le, 19.0 / 40, true, "0.0%", "percentage of the totals");
    s.number(total, ty_le + 1, 12.0 / 33, true, "0.0%", "last year, A and B");
    s.number(total, ty_le + 2, 47.5 - 1200.0 / 33, true, points_format(1), "change in points");
    CHECK(at(shown, a, ty_le + 2) == "+15.0 điểm %");
    CHECK(at(shown, total, ty_le + 2) == "+11.1 điểm %");

    // A percentage given directly, averaged: (62.5 + 70) / 2 = 66.25%
    // against (60.1 + 68) / 2 = 64.05%: +2.2 points; A +2.4, never +4.0%.
    const int tv = column("Thành viên tham gia\n(%)");
    s.number(a, tv + 2, 62.5 - 60.1, true, points_format(1), "A's change in points");
    s.number(total, tv, 0.6625, true, "0.0%", "mean percentage");
    s.number(total, tv + 1, 0.6405, true, "0.0%", "last year's mean, A and B");
    s.number(total, tv + 2, 66.25 - 64.05, true, points_format(1), "mean's change in points");
    CHECK(at(shown, a, tv + 2) == "+2.4 điểm %");
    CHECK(at(shown, total, tv + 2) == "+2.2 điểm %");

    // Capital: last year 0.0000001 + 0.002 rounds to 0.00 at the
    // indicator's two decimals (at most two by default): no growth, for the
    // cluster or a member (A's would be 25 million times), and a note.
    const int von = column("Vốn\n(tỷ đồng)");
    s.number(total, von, 3.75, true, "#,##0.00", "capital");
    s.number(a, von + 1, 0.0000001, false, "#,##0.00", "A's tiny figure, kept in full");
    s.number(total, von + 1, 0.0020001, true, "#,##0.00", "tiny last year");
    s.number(total, von + 2, none, true, growth_format, "no growth over nothing");
    s.number(a, von + 2, none, true, growth_format, "no member growth over nothing");
    CHECK(at(shown, total, von + 1) == "0.00");

    // Figures with one decimal: totals shown with one, stored in full.
    const int doanh_thu = column("Doanh thu\n(triệu đồng)");
    s.number(total, doanh_thu, 1900.5, true, "#,##0.0", "revenue");
    CHECK(at(shown, total, doanh_thu) == "1,900.5");
    const int diem = column("Điểm");
    s.number(total, diem, 7.75, true, "#,##0.0", "mean, stored unrounded");
    s.number(total, diem + 1, 6.75, true, "#,##0.0", "last year's mean, A and B");
    s.number(total, diem + 2, 7.75 / 6.75 - 1, true, growth_format, "mean's growth");
    CHECK(at(shown, total, diem) == "7.8");
    CHECK(sheet.cells.at({total, diem}).stored == "7.75");

    // The notes: each indicator compares 2 of 3 members; capital has no growth.
    for (const char* label : {"Số HTX", "Doanh thu", "Doanh thu một HTX", "HTX khá",
                              "Tỷ lệ HTX khá", "Vốn", "Điểm", "Thành viên tham gia"}) {
        s.row_of(0,
                 std::string("Ghi chú: năm 2023 và mức tăng, giảm của chỉ tiêu “") + label +
                     "” so sánh trên 2/3 đơn vị có số liệu cả hai năm.",
                 total);
    }
    s.row_of(0, "Ghi chú: chỉ tiêu “Vốn” năm 2023 bằng 0, không tính tỷ lệ tăng, giảm.", total);

    // Every number the file stores is finite.
    for (const auto& entry : sheet.cells) {
        const auto& cell = entry.second;
        CHECK_MESSAGE(cell.stored.find("inf") == std::string::npos, cell.content);
        CHECK_MESSAGE(cell.stored.find("nan") == std::string::npos, cell.content);
    }
}

TEST_CASE("the covenant sheet totals by each commitment's aggregate, never a percentage") {
    FiguresWorkbook w;
    make_figures_workbook(w);
    const DumpSheet& sheet = w.lo.dump.at("thu").at(1);
    REQUIRE(sheet.name == "Giao ước");
    const Grid grid = w.lo.recalculated("thu", sheet.name);
    const Grid shown = test::shown_sheet(w.shown, "thu", sheet.name);
    SheetCheck s(grid, sheet);
    const int heading = s.row_of(1, "Đơn vị");
    const int total = s.row_of(0, "Toàn Cụm", heading);
    const int moi = s.col_of(heading, "HTX thành lập mới\n(HTX)");
    const int kha = s.col_of(heading, "Tỷ lệ HTX khá, giỏi\n(%)");
    const int bq = s.col_of(heading, "Doanh thu bình quân\n(triệu đồng)");
    s.number(total, moi, 5.0 + 7, true, "#,##0", "a sum");
    s.number(heading + 2, kha, 80.5, false, "#,##0.0", "a percentage, as pledged");
    s.number(total, kha, std::nullopt, false, "", "no total of percentages (not 150.5)");
    s.number(total, bq, (100 + 150.5) / 2, true, "#,##0.0", "a mean");
    CHECK(at(shown, total, bq) == "125.3");
    CHECK(at(shown, total, kha) == "");
}

namespace {

Lines label_errors(const std::string& xml) {
    diag::Diagnostics diags("w.xml");
    doc::WorkbookLabels::parse(xml, diags);
    Lines out;
    for (const auto& d : diags.sorted())
        out.push_back(diag::format_line("w.xml", d));
    return out;
}

// A valid template with `sheets` inside <workbook> (from line 3).
std::string workbook_with(const std::string& sheets) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<workbook title=\"T\" subject=\"S\" author=\"A\" parent=\"P\" issuer=\"I\" "
           "footer=\"Trang {page}/{pages}\" no-data=\"N\">\n" +
           sheets + "</workbook>\n";
}

const std::string awards_sheet =
    "<awards sheet=\"Khen thưởng\" title=\"T\" number=\"STT\" type=\"a\" by=\"b\" member=\"c\" "
    "recipient=\"d\" status=\"e\" reason=\"f\" proposed=\"g\" granted=\"h\" proposed-via=\"v\" "
    "granted-title=\"G\" mixed-title=\"M\"/>\n";

// One part of an XLSX (a zip), read with Python's zipfile.
Output zip_entry(const fs::path& xlsx, const std::string& part) {
    return shell("/usr/bin/python3 -c 'import sys, zipfile; "
                 "sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' '" +
                 xlsx.string() + "' '" + part + "'");
}

// The names of the sheets in an XLSX file, in order (from xl/workbook.xml).
Lines sheet_names(const fs::path& xlsx) {
    const Output o = zip_entry(xlsx.string(), "xl/workbook.xml");
    Lines names;
    for (std::size_t at = o.out.find("<sheet name=\""); at != std::string::npos;
         at = o.out.find("<sheet name=\"", at + 1)) {
        const std::size_t start = at + 13;
        names.push_back(o.out.substr(start, o.out.find('"', start) - start));
    }
    return names;
}

} // namespace

TEST_CASE("the shipped workbook template is valid and names every sheet") {
    const auto labels = shipped_labels();
    const doc::WorkbookText text = labels->resolve(load_input(source_path("samples/blank.xml")));
    CHECK(text.order.size() == 5);
    CHECK(text.statistics.sheet == "Thống kê");
    CHECK(text.statistics.title == "TỔNG HỢP SỐ LIỆU THỐNG KÊ NĂM 2024");
    CHECK(text.statistics.previous_year == "Năm 2023");
    CHECK(text.statistics.indicators[0] == "HTX thành lập mới\n(HTX)");
    CHECK(text.statistics.chart);
    // so-htx: of "mo-hinh so-htx htx-moi", the first the file has.
    CHECK(text.statistics.chart_indicator == 1);
    CHECK(text.scoring.criteria[0] == "Thực hiện nhiệm vụ chính trị được giao (tối đa 60)");
    CHECK(text.ballots.captions[0] ==
          "Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua của Liên minh HTX Việt Nam");
    CHECK(text.covenant.title == "ĐĂNG KÝ CHỈ TIÊU GIAO ƯỚC THI ĐUA NĂM 2025");
    CHECK(text.parent == "LIÊN MINH HỢP TÁC XÃ VIỆT NAM");
    CHECK(text.footer == "Trang &P/&N");
}

TEST_CASE("workbook template mistakes are reported with line, column and a suggestion") {
    CHECK(label_errors(workbook_with("  <awrds/>\n")) ==
          Lines{"w.xml:3:3: error: unknown element <awrds> in <workbook>; did you mean <awards>?"});
    CHECK(label_errors(workbook_with("  <chart title=\"x\"/>\n" + awards_sheet)) ==
          Lines{"w.xml:3:3: error: <chart> is not allowed in <workbook>"});
    std::string typo = awards_sheet;
    typo.replace(typo.find("reason="), 7, "reson=");
    CHECK(label_errors(workbook_with(typo)) ==
          Lines{"w.xml:3:1: error: <awards> needs the attribute 'reason'",
                "w.xml:3:104: error: unknown attribute 'reson' on <awards>; did you mean "
                "'reason'?"});
    std::string field = awards_sheet;
    field.replace(field.find("title=\"T\""), 9, "title=\"Năm {yaer}\"");
    CHECK(label_errors(workbook_with(field)) ==
          Lines{"w.xml:3:36: error: unknown field 'yaer'; did you mean 'year'?"});
    std::string formatter = awards_sheet;
    formatter.replace(formatter.find("title=\"T\""), 9, "title=\"{cluster.name|uper}\"");
    CHECK(label_errors(workbook_with(formatter)) ==
          Lines{"w.xml:3:36: error: unknown formatter 'uper' in {cluster.name|uper}; did you "
                "mean 'upper'?"});
    CHECK(label_errors(workbook_with(awards_sheet + awards_sheet)) ==
          Lines{"w.xml:4:1: error: <awards> appears twice in <workbook>; the first is on line 3"});
    CHECK(label_errors(workbook_with("")) ==
          Lines{"w.xml:2:1: error: <workbook> needs at least one sheet: <statistics>, "
                "<scoring>, <ballots>, <awards> or <covenant>"});
    CHECK(label_errors("<template/>") ==
          Lines{"w.xml:1:1: error: the workbook template starts with <workbook>, not <template>"});
}

TEST_CASE("sheet names must be valid in Excel and unique") {
    auto named = [](const std::string& name) {
        std::string s = awards_sheet;
        s.replace(s.find("Khen thưởng"), std::string("Khen thưởng").size(), name);
        return label_errors(workbook_with(s));
    };
    CHECK(named("Tổng hợp kết quả khen thưởng năm nay") ==
          Lines{"w.xml:3:16: error: the sheet name 'Tổng hợp kết quả khen thưởng năm nay' is 36 "
                "characters long; a sheet name has at most 31"});
    CHECK(named("Khen/thưởng") ==
          Lines{"w.xml:3:16: error: the sheet name 'Khen/thưởng' contains '/'; a sheet name "
                "cannot contain [ ] : * ? / \\"});
    CHECK(named("Năm {year}") ==
          Lines{"w.xml:3:16: error: the sheet name 'Năm {year}' has a placeholder; a sheet name "
                "is plain text"});
    CHECK(named("'x'") == Lines{"w.xml:3:16: error: the sheet name ''x'' starts or ends with an "
                                "apostrophe, which a sheet name cannot"});
    CHECK(named("history") ==
          Lines{"w.xml:3:16: error: the sheet name 'history' is reserved by Excel"});
    CHECK(named("") ==
          Lines{"w.xml:3:16: error: the sheet name is empty; write e.g. sheet=\"Thống kê\""});
    std::string two = awards_sheet;
    two += "<covenant sheet=\"KHEN THƯỞNG\" title=\"T\" number=\"n\" member=\"m\" "
           "commitment=\"{commitment.label}\" unit=\"{commitment.unit}\" total=\"t\"/>\n";
    CHECK(label_errors(workbook_with(two)) ==
          Lines{"w.xml:4:18: error: the sheet name 'KHEN THƯỞNG' is already used on line 3; each "
                "sheet needs its own name"});
}

TEST_CASE("a heading may name only its own item, the footer alone has page codes") {
    std::string s = awards_sheet;
    s.replace(s.find("type=\"a\""), 8, "type=\"{indicator.label}\"");
    CHECK(label_errors(workbook_with(s)) == Lines{"w.xml:3:58: error: unknown field 'indicator'"});
    std::string page = awards_sheet;
    page.replace(page.find("title=\"T\""), 9, "title=\"{page}\"");
    CHECK(label_errors(workbook_with(page)) == Lines{"w.xml:3:36: error: unknown field 'page'"});
}

TEST_CASE("a template mistake in workbook.xml stops the render before any output") {
    TempDir dir;
    const fs::path templates = dir.path / "templates";
    fs::create_directories(templates);
    std::string workbook = read_file(source_path("templates/workbook.xml"));
    workbook.replace(workbook.find("rank=\""), 6, "rnak=\"");
    std::ofstream(templates / "workbook.xml") << workbook;
    const auto p =
        run_thidua("render '" + source_path("samples/dong-bac-2023.xml") + "' -o '" +
                   (dir.path / "out").string() + "' --templates '" + templates.string() + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find("workbook.xml:") != std::string::npos);
    CHECK(p.err.find(": error: unknown attribute 'rnak' on <scoring>; did you mean 'rank'?") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir.path / "out"));
}

TEST_CASE("a page footer longer than Excel's 255 characters fails check as it would fail render") {
    // footer="{cluster.name} - Trang {page}/{pages}" in workbook.xml. Counted
    // by hand: "Cụm thi đua Liên minh HTX các tỉnh Đông Bắc" is 43 characters;
    // " - Trang &P/&N" 14; thidua's codes 32 (&C&"Times New Roman,Regular",
    // 28, and up to 4 for "&" and the size). The name five times over, with
    // four spaces: 219 + 14 + 32 = 265; four times: 175 + 14 + 32 = 221.
    TempDir dir;
    const fs::path templates =
        edited_template(dir.path, "workbook.xml", "footer=\"Trang {page}/{pages}\"",
                        "footer=\"{cluster.name} - Trang {page}/{pages}\"");
    const std::string name = "Cụm thi đua Liên minh HTX các tỉnh Đông Bắc";
    const std::string sample = read_file(source_path("samples/dong-bac-2023.xml"));
    REQUIRE(sample.find("name=\"" + name + "\"") != std::string::npos);
    const auto input = [&](int times) {
        std::string names = name;
        for (int k = 1; k < times; ++k)
            names += " " + name;
        std::string text = sample;
        text.replace(text.find("name=\"" + name + "\""), name.size() + 7, "name=\"" + names + "\"");
        const fs::path file = dir.path / ("cum-" + std::to_string(times) + ".xml");
        std::ofstream(file) << text;
        return file.string();
    };
    const std::string too_long = input(5);
    const std::string with = " --templates '" + templates.string() + "'";
    const auto checked = run_thidua("check '" + too_long + "'" + with);
    CHECK(checked.exit_code == 1);
    // At the cluster's name in the input: line 9, "  <cluster id=\"dong-bac\" name=\""
    // is 31 characters, the name starts at column 32.
    const std::string expected =
        too_long +
        ":9:32: error: the workbook's page footer would be 265 characters long with this "
        "file's texts, and Excel keeps at most 255 (thidua's font and size codes take "
        "32 of them): shorten footer=\"...\" in " +
        (templates / "workbook.xml").string() + ", or the names it brings in from this file\n";
    CHECK((checked.out + checked.err).find(expected) != std::string::npos);
    const auto rendered =
        run_thidua("render '" + too_long + "' -o '" + (dir.path / "out").string() + "'" + with);
    CHECK(rendered.exit_code == 1);
    CHECK(rendered.err.find(expected) != std::string::npos);
    CHECK_FALSE(fs::exists(dir.path / "out"));

    const std::string fits = input(4);
    CHECK(run_thidua("check '" + fits + "'" + with).exit_code == 0);
    const auto made = run_thidua("render '" + fits + "' -o '" + (dir.path / "out").string() +
                                 "' --only workbook" + with);
    CHECK(made.exit_code == 0);
    CHECK(fs::exists(dir.path / "out/dong-bac/2023/thong-ke.xlsx"));
}

TEST_CASE("the template decides the sheets' names and order, with no rebuild") {
    TempDir dir;
    const fs::path templates = dir.path / "templates";
    fs::create_directories(templates);
    std::string workbook = read_file(source_path("templates/workbook.xml"));
    // Drop the awards, rename the ballots' sheet, put the scoring first.
    const std::size_t awards = workbook.find("  <awards");
    workbook.erase(awards, workbook.find("/>", awards) + 3 - awards);
    const std::string ballots = "sheet=\"Bình xét\"";
    workbook.replace(workbook.find(ballots), ballots.size(), "sheet=\"Kết quả bỏ phiếu\"");
    const std::size_t scoring = workbook.find("  <scoring");
    const std::size_t scoring_end = workbook.find("/>", scoring) + 3;
    const std::string scoring_text = workbook.substr(scoring, scoring_end - scoring);
    workbook.erase(scoring, scoring_end - scoring);
    workbook.insert(workbook.find("  <statistics"), scoring_text);
    std::ofstream(templates / "workbook.xml") << workbook;
    const auto p = run_thidua("render '" + source_path("samples/dong-bac-2023.xml") + "' -o '" +
                              (dir.path / "out").string() + "' --only workbook --templates '" +
                              templates.string() + "'");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    CHECK(sheet_names(dir.path / "out/dong-bac/2023/thong-ke.xlsx") ==
          Lines{"Chấm điểm", "Thống kê", "Kết quả bỏ phiếu"});
}

TEST_CASE("rendering twice gives identical bytes, the creation time is the meeting date") {
    TempDir dir;
    for (const char* out : {"a", "b"}) {
        const auto p = run_thidua("render '" + source_path("samples/dong-bac-2023.xml") + "' '" +
                                  source_path("samples/tay-nam-song-hau-2020.xml") + "' -o '" +
                                  (dir.path / out).string() + "' --only workbook");
        REQUIRE(p.exit_code == 0);
    }
    for (const char* file :
         {"dong-bac/2023/thong-ke.xlsx", "tay-nam-song-hau/2020/thong-ke.xlsx"}) {
        const std::string a = read_file((dir.path / "a" / file).string());
        CHECK(a.size() > 4000);
        CHECK(a == read_file((dir.path / "b" / file).string()));
    }
    const Output core =
        zip_entry((dir.path / "a/dong-bac/2023/thong-ke.xlsx").string(), "docProps/core.xml");
    CHECK(core.out.find("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-11-24T00:00:00Z") !=
          std::string::npos);
    CHECK(core.out.find("<dc:creator>Cụm thi đua Liên minh HTX các tỉnh Đông Bắc</dc:creator>") !=
          std::string::npos);
    CHECK(core.out.find("<dc:title>Số liệu thi đua năm 2023 - Cụm thi đua Liên minh HTX các tỉnh "
                        "Đông Bắc</dc:title>") != std::string::npos);
    // Without a meeting date: 1 January of the year.
    TempDir plain;
    const fs::path file = plain.path / "plain.xml";
    std::ofstream(file) << test::with_body("");
    REQUIRE(run_thidua("render '" + file.string() + "' -o '" + plain.path.string() +
                       "' --only workbook")
                .exit_code == 0);
    const Output plain_core =
        zip_entry((plain.path / "dong-bac/2023/thong-ke.xlsx").string(), "docProps/core.xml");
    CHECK(plain_core.out.find(">2023-01-01T00:00:00Z<") != std::string::npos);
}

TEST_CASE("a cluster-year with no data gets one sheet saying so") {
    TempDir dir;
    const fs::path file = dir.path / "members.xml";
    std::ofstream(file) << test::with_body("");
    REQUIRE(
        run_thidua("render '" + file.string() + "' -o '" + dir.path.string() + "' --only workbook")
            .exit_code == 0);
    const fs::path xlsx = dir.path / "dong-bac/2023/thong-ke.xlsx";
    CHECK(sheet_names(xlsx) == Lines{"Thống kê"});
    const Output strings = zip_entry(xlsx.string(), "xl/sharedStrings.xml");
    CHECK(strings.out.find("Tệp chưa có số liệu thống kê") != std::string::npos);
}

TEST_CASE("a workbook that cannot be put in place leaves nothing behind") {
    TempDir dir;
    // A folder where the workbook should go: the rename fails.
    fs::create_directories(dir.path / "dong-bac/2023/thong-ke.xlsx/inside");
    const auto p = run_thidua("render '" + source_path("samples/dong-bac-2023.xml") + "' -o '" +
                              dir.path.string() + "' --only workbook");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find("thong-ke.xlsx: error: cannot write") != std::string::npos);
    CHECK(fs::is_directory(dir.path / "dong-bac/2023/thong-ke.xlsx/inside"));
    for (const auto& entry : fs::recursive_directory_iterator(dir.path))
        CHECK_MESSAGE(entry.path().filename().string().find(".tmp") == std::string::npos,
                      entry.path());
}

TEST_CASE("a file with errors leaves the earlier workbook untouched") {
    TempDir dir;
    const std::string sample = source_path("samples/dong-bac-2023.xml");
    REQUIRE(run_thidua("render '" + sample + "' -o '" + dir.path.string() + "' --only workbook")
                .exit_code == 0);
    const fs::path xlsx = dir.path / "dong-bac/2023/thong-ke.xlsx";
    const std::string before = read_file(xlsx.string());
    std::string broken = read_file(sample);
    broken.replace(broken.find("mo-hinh=\"32\""), 12, "mo-hinh=\"3,2\"");
    const fs::path bad = dir.path / "bad.xml";
    std::ofstream(bad) << broken;
    const auto p =
        run_thidua("render '" + bad.string() + "' -o '" + dir.path.string() + "' --only workbook");
    CHECK(p.exit_code == 1);
    CHECK(read_file(xlsx.string()) == before);
}

TEST_CASE("the workbook's numbers do not depend on the C locale") {
    // Debian's libxlsxwriter prints numbers with snprintf; the writer holds
    // the "C" locale for its thread meanwhile. Written here under a
    // decimal-comma locale, the file is the one the executable (C locale) makes.
    TempDir dir;
    const auto p = run_thidua("render '" + source_path("samples/blank.xml") + "' -o '" +
                              dir.path.string() + "' --only workbook");
    REQUIRE(p.exit_code == 0);
    const std::string made = read_file((dir.path / "cum-mau/2024/thong-ke.xlsx").string());

    const model::ClusterYear cy = load_input(source_path("samples/blank.xml"));
    const auto labels = shipped_labels();
    std::string error;
    const fs::path fonts = "/usr/share/fonts/truetype/liberation2";
    xlsx::MeasuringFonts measuring{
        font::FontFile::load(fonts / "LiberationSerif-Regular.ttf", error),
        font::FontFile::load(fonts / "LiberationSerif-Bold.ttf", error),
        font::FontFile::load(fonts / "LiberationSerif-Italic.ttf", error)};
    REQUIRE(measuring.regular);
    const std::string previous = std::setlocale(LC_ALL, nullptr);
    REQUIRE(std::setlocale(LC_ALL, "fr_FR.UTF-8") != nullptr);
    REQUIRE(std::string(std::localeconv()->decimal_point) == ",");
    const fs::path here = dir.path / "here.xlsx";
    const bool ok = xlsx::write_workbook(cy, labels->resolve(cy), measuring, here, error);
    std::setlocale(LC_ALL, previous.c_str());
    INFO(error);
    REQUIRE(ok);
    CHECK(read_file(here.string()) == made);
    const Output sheet = zip_entry(here.string(), "xl/worksheets/sheet1.xml");
    CHECK(sheet.out.find("<v>1250.5</v>") != std::string::npos);
    CHECK(sheet.out.find("<v>1250,5</v>") == std::string::npos);
}

TEST_CASE("an ampersand in the footer prints as itself") {
    // "&G" is libxlsxwriter 1.1.4's picture code, and with no picture it
    // frees the footer twice: the writer keeps a literal "&G" out of its way.
    TempDir dir;
    const fs::path templates = dir.path / "templates";
    fs::create_directories(templates);
    std::string workbook = read_file(source_path("templates/workbook.xml"));
    const std::string footer = "footer=\"Trang {page}/{pages}\"";
    REQUIRE(workbook.find(footer) != std::string::npos);
    workbook.replace(workbook.find(footer), footer.size(),
                     "footer=\"Trang {page}/{pages} - P&amp;G\"");
    std::ofstream(templates / "workbook.xml") << workbook;
    const auto p = run_thidua("render '" + source_path("samples/dong-bac-2023.xml") + "' -o '" +
                              dir.path.string() + "' --only workbook --templates '" +
                              templates.string() + "'");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    const Output sheet =
        zip_entry((dir.path / "dong-bac/2023/thong-ke.xlsx").string(), "xl/worksheets/sheet1.xml");
    CHECK(sheet.out.find("Trang &amp;P/&amp;N - P&amp;&amp;\u200BG</oddFooter>") !=
          std::string::npos);
}

// Liberation Serif's three styles, what the workbook's widths are measured
// with; a null `regular` when the package is missing.
xlsx::MeasuringFonts liberation_serif_measuring() {
    const fs::path fonts = "/usr/share/fonts/truetype/liberation2";
    std::string error;
    return {font::FontFile::load(fonts / "LiberationSerif-Regular.ttf", error),
            font::FontFile::load(fonts / "LiberationSerif-Bold.ttf", error),
            font::FontFile::load(fonts / "LiberationSerif-Italic.ttf", error)};
}

TEST_CASE("workbooks made at once each carry their own creation date") {
    // libxlsxwriter dates docProps/core.xml through gmtime()'s one buffer:
    // two workbooks closed at the same moment could swap dates.
    TempDir dir;
    const auto labels = shipped_labels();
    std::string error;
    const xlsx::MeasuringFonts measuring = liberation_serif_measuring();
    REQUIRE(measuring.regular);
    // Meeting dates in the samples: 2017-12-15 and 2023-11-24 (midnight UTC).
    const std::array<model::ClusterYear, 2> years = {
        load_input(source_path("samples/dbsh-2017.xml")),
        load_input(source_path("samples/dong-bac-2023.xml"))};
    const std::array<std::string, 2> created = {"2017-12-15T00:00:00Z", "2023-11-24T00:00:00Z"};
    constexpr int rounds = 100; // without the lock, most runs of this test see a swap
    std::array<std::vector<std::string>, 2> made;
    std::array<std::string, 2> errors;
    {
        std::vector<std::jthread> threads;
        for (std::size_t t = 0; t < 2; ++t)
            threads.emplace_back([&, t] {
                const doc::WorkbookText text = labels->resolve(years[t]);
                for (int r = 0; r < rounds; ++r) {
                    auto bytes =
                        xlsx::workbook_bytes(years[t], text, measuring, errors[t], dir.path);
                    made[t].push_back(bytes ? *bytes : std::string());
                }
            });
    }
    REQUIRE(errors[0].empty());
    REQUIRE(errors[1].empty());
    std::string list;
    for (std::size_t t = 0; t < 2; ++t)
        for (int r = 0; r < rounds; ++r) {
            const fs::path file =
                dir.path / (std::to_string(t) + "-" + std::to_string(r) + ".xlsx");
            std::ofstream(file, std::ios::binary) << made[t][static_cast<std::size_t>(r)];
            list += " '" + file.string() + "'";
        }
    const Output dates =
        shell("/usr/bin/python3 -c 'import re, sys, zipfile\n"
              "for f in sys.argv[1:]:\n"
              "    core = zipfile.ZipFile(f).read(\"docProps/core.xml\").decode()\n"
              "    print(re.search(\"<dcterms:created[^>]*>([^<]*)<\", core).group(1))'" +
              list);
    REQUIRE(dates.exit_code == 0);
    Lines expected;
    for (std::size_t t = 0; t < 2; ++t)
        for (int r = 0; r < rounds; ++r)
            expected.push_back(created[t]);
    Lines got;
    std::istringstream in(dates.out);
    for (std::string line; std::getline(in, line);)
        got.push_back(line);
    CHECK(got == expected);
}

// Đông Bắc 2023's workbook made in memory (libxlsxwriter given `scratch`
// as its temporary folder), written to `folder`/made.xlsx.
fs::path made_workbook(const fs::path& folder, const fs::path& scratch) {
    const auto labels = shipped_labels();
    std::string error;
    const xlsx::MeasuringFonts measuring = liberation_serif_measuring();
    REQUIRE(measuring.regular);
    const model::ClusterYear cy = load_input(source_path("samples/dong-bac-2023.xml"));
    const auto bytes = xlsx::workbook_bytes(cy, labels->resolve(cy), measuring, error, scratch);
    INFO(error);
    REQUIRE(bytes);
    CHECK(error.empty());
    const fs::path file = folder / "made.xlsx";
    std::ofstream(file, std::ios::binary) << *bytes;
    return file;
}

// What Python's zipfile prints of the workbook `file` (bound to z) with
// `expression`, after checking every member's CRC.
Output zip_facts(const fs::path& file, const std::string& expression) {
    return shell("/usr/bin/python3 -c 'import sys, zipfile\n"
                 "z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n"
                 "print(" +
                 expression + ")' '" + file.string() + "'");
}

// OpenSSL's MD5 functions as thidua's MD5 library exports them.
struct Md5Functions {
    using Init = int (*)(void*);
    using Update = int (*)(void*, const void*, std::size_t);
    using Final = int (*)(unsigned char*, void*);
    Init init = nullptr;
    Update update = nullptr;
    Final final = nullptr;
};

std::string hex_of(const unsigned char* bytes, std::size_t n) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t k = 0; k < n; ++k) {
        out += digits[bytes[k] >> 4];
        out += digits[bytes[k] & 0xF];
    }
    return out;
}

// The MD5 of `text` through `md5`, fed `chunk` bytes a call (0: at once).
std::string md5_of(const Md5Functions& md5, std::string_view text, std::size_t chunk) {
    alignas(8) unsigned char context[92]; // OpenSSL's MD5_CTX
    unsigned char digest[16];
    md5.init(context);
    if (chunk == 0) chunk = text.size() + 1;
    for (std::size_t at = 0; at < text.size(); at += chunk)
        md5.update(context, text.data() + at, std::min(chunk, text.size() - at));
    md5.final(digest, context);
    return hex_of(digest, 16);
}

TEST_CASE("thidua's MD5 library gives RFC 1321's digests, whatever the pieces it is fed in") {
    const fs::path library = fs::path(THIDUA_EXE).parent_path() / "libthidua-md5.so";
    void* handle = dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL);
    INFO(library.string());
    REQUIRE(handle != nullptr);
    Md5Functions md5;
    md5.init = reinterpret_cast<Md5Functions::Init>(dlsym(handle, "MD5_Init"));
    md5.update = reinterpret_cast<Md5Functions::Update>(dlsym(handle, "MD5_Update"));
    md5.final = reinterpret_cast<Md5Functions::Final>(dlsym(handle, "MD5_Final"));
    const bool all_three = md5.init && md5.update && md5.final;
    REQUIRE(all_three);
    // RFC 1321, A.5.
    const std::pair<const char*, const char*> suite[] = {
        {"", "d41d8cd98f00b204e9800998ecf8427e"},
        {"a", "0cc175b9c0f1b6a831c399e269772661"},
        {"abc", "900150983cd24fb0d6963f7d28e17f72"},
        {"message digest", "f96b697d7cb7938d525a2f31aaf161d0"},
        {"abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"},
        {"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
         "d174ab98d277d9f5a5611c2c9f419d9f"},
        {"1234567890123456789012345678901234567890123456789012345678901234567890123456789"
         "0",
         "57edf4a22be3c955ac49da2e2107b67a"},
    };
    for (const auto& entry : suite) {
        const std::string text = entry.first; // (clang 14: no structured binding in CAPTURE)
        const std::string digest = entry.second;
        CAPTURE(text);
        for (const std::size_t chunk : {0, 1, 7, 63, 64})
            CHECK(md5_of(md5, text, chunk) == digest);
    }
    // Every length around the padding's edges (55, 56, 64 bytes and their
    // neighbours), against Python's hashlib.
    std::string text;
    std::string ours;
    for (int n = 0; n < 140; ++n) {
        ours += md5_of(md5, text, 13) + "\n";
        text += static_cast<char>('A' + n % 26);
    }
    const std::string python = test::output_of("/usr/bin/python3 -c 'import hashlib\n"
                                               "for n in range(140): print(hashlib.md5(bytes(65 + "
                                               "k % 26 for k in range(n))).hexdigest())'");
    CHECK(ours == python);
    dlclose(handle);
}

TEST_CASE("a workbook is made with thidua's MD5 library standing for libcrypto (OpenSSL's not "
          "loaded), and with OpenSSL's libcrypto where it is missing") {
    TempDir dir;
    made_workbook(dir.path, dir.path);
    const std::string maps = read_file("/proc/self/maps");
    CHECK(maps.find("/libthidua-md5.so") != std::string::npos);
    CHECK(maps.find("/libcrypto.so.3") == std::string::npos);
    // A program copied where no MD5 library is beside it loads OpenSSL's
    // and still makes the workbook.
    const fs::path lone = dir.path / "bin" / "thidua";
    fs::create_directories(lone.parent_path());
    fs::copy_file(THIDUA_EXE, lone);
    const Output p = shell("LD_DEBUG=files '" + lone.string() + "' render '" +
                           source_path("samples/dong-bac-2023.xml") + "' -o '" +
                           (dir.path / "out").string() + "' --only workbook");
    INFO(p.err.substr(0, 2000));
    CHECK(p.exit_code == 0);
    CHECK(fs::exists(dir.path / "out/dong-bac/2023/thong-ke.xlsx"));
    CHECK(p.err.find("libcrypto.so.3") != std::string::npos);
    CHECK(p.err.find("libthidua-md5.so") == std::string::npos);
}

TEST_CASE("libxlsxwriter's scratch files are memory files: nothing is created in its folder") {
    // The program's lxw_tmpfile is exported, so libxlsxwriter binds to it.
    CHECK(xlsx::parts_kept_in_memory());
    TempDir dir;
    const fs::path scratch = dir.path / "scratch";
    fs::create_directory(scratch);
    // Every file created in the scratch folder, even one unlinked at once
    // (what libxlsxwriter's own lxw_tmpfile does, ~17 per workbook), is an
    // inotify IN_CREATE event.
    const int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    REQUIRE(watch >= 0);
    REQUIRE(inotify_add_watch(watch, scratch.c_str(), IN_CREATE) >= 0);
    const fs::path file = made_workbook(dir.path, scratch);
    alignas(inotify_event) char events[4096];
    const ssize_t got = read(watch, events, sizeof events);
    const int why = errno;
    close(watch);
    CHECK(got == -1);
    CHECK(why == EAGAIN);
    // A whole workbook: a zip holding the four sheets of that sample.
    const Output sheets =
        zip_facts(file, "sum(n.startswith(\"xl/worksheets/sheet\") for n in z.namelist())");
    CHECK(sheets.exit_code == 0);
    CHECK(sheets.out == "4\n");
}

TEST_CASE("a scratch file in memory reads, seeks and overwrites as a file would") {
    // The program's lxw_tmpfile, as libxlsxwriter calls it: written, then
    // rewound and read back; positions as fseek and ftell give them. Within
    // a PartsInMemory a string holds the bytes (no descriptor), else a memfd.
    using TmpFile = FILE* (*)(char*);
    const auto make = reinterpret_cast<TmpFile>(dlsym(RTLD_DEFAULT, "lxw_tmpfile"));
    REQUIRE(reinterpret_cast<void*>(make) != nullptr);
    for (const bool in_memory : {true, false}) {
        CAPTURE(in_memory);
        std::optional<xlsx::PartsInMemory> parts;
        if (in_memory) parts.emplace();
        FILE* f = make(nullptr);
        REQUIRE(f != nullptr);
        CHECK((fileno(f) < 0) == in_memory);
        std::string text(10000, 'a'); // more than stdio's buffer
        text += "<end/>";
        CHECK(std::fputs(text.c_str(), f) >= 0);
        CHECK(std::fseek(f, 0, SEEK_END) == 0);
        CHECK(std::ftell(f) == 10006);
        CHECK(std::fseek(f, -6, SEEK_CUR) == 0);
        CHECK(std::ftell(f) == 10000);
        CHECK(std::fputs("<END/>", f) >= 0); // overwritten, not appended
        CHECK(std::fseek(f, 2, SEEK_SET) == 0);
        CHECK(std::fputs("bc", f) >= 0);
        CHECK(std::fseek(f, -1, SEEK_SET) != 0); // before the start: refused
        std::rewind(f);
        std::string back(20000, '\0');
        back.resize(std::fread(back.data(), 1, back.size(), f));
        CHECK(std::feof(f));
        std::string expected(10000, 'a');
        expected.replace(2, 2, "bc");
        CHECK(back == expected + "<END/>");
        CHECK(std::fclose(f) == 0);
    }
}

TEST_CASE("the workbook's parts are compressed by libdeflate at level 1, and read back whole") {
    // The program's three minizip functions are exported, so libxlsxwriter
    // binds to them.
    CHECK(xlsx::parts_compressed_by_thidua());
    TempDir dir;
    const fs::path file = made_workbook(dir.path, dir.path);
    // minizip marks a deflated member's level in bits 1-2 of its flags
    // (APPNOTE 4.4.4): 0 for the default level 6, both bits for level 1.
    const Output levels =
        zip_facts(file, "sorted({(i.compress_type, i.flag_bits & 6) for i in z.infolist()})");
    CHECK(levels.exit_code == 0);
    CHECK(levels.out == "[(8, 6)]\n");
    // The first sheet's bytes as stored (after its local header: 30 bytes,
    // the name and the extra field) are libdeflate's level 1 of its text,
    // which zlib's compression (minizip's own) does not give.
    const fs::path text = dir.path / "sheet1.xml";
    const fs::path stored = dir.path / "sheet1.deflate";
    const Output kept =
        shell("/usr/bin/python3 -c 'import sys, zipfile\n"
              "z = zipfile.ZipFile(sys.argv[1]); i = z.getinfo(\"xl/worksheets/sheet1.xml\")\n"
              "open(sys.argv[2], \"wb\").write(z.read(i))\n"
              "f = open(sys.argv[1], \"rb\"); f.seek(i.header_offset); h = f.read(30)\n"
              "f.seek(i.header_offset + 30 + int.from_bytes(h[26:28], \"little\") + "
              "int.from_bytes(h[28:30], \"little\"))\n"
              "open(sys.argv[3], \"wb\").write(f.read(i.compress_size))' '" +
              file.string() + "' '" + text.string() + "' '" + stored.string() + "'");
    INFO(kept.err);
    REQUIRE(kept.exit_code == 0);
    const std::string sheet = read_file(text);
    REQUIRE(sheet.find("<worksheet") != std::string::npos);
    flate::Deflater libdeflate(1);
    const auto expected = libdeflate.raw(sheet);
    REQUIRE(expected);
    CHECK(read_file(stored) == *expected);
}

TEST_CASE("a member name of one very long word still makes the workbook, no cell merged alone") {
    // The signing block's merged ranges narrow to one column when the
    // members' column is very wide; libxlsxwriter refuses a one-cell merge.
    TempDir dir;
    std::string source = read_file(source_path("samples/dong-bac-2023.xml"));
    const std::string name = "name=\"Liên minh HTX tỉnh Bắc Kạn\"";
    REQUIRE(source.find(name) != std::string::npos);
    source.replace(source.find(name), name.size(),
                   "name=\"Liên minh HTX tỉnh " + std::string(70, 'W') + "\"");
    const fs::path input = dir.path / "cum.xml";
    std::ofstream(input) << source;
    const Output p = run_thidua("render '" + input.string() + "' -o '" + dir.path.string() +
                                "/out' --only workbook");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    const fs::path made = dir.path / "out/dong-bac/2023/thong-ke.xlsx";
    const Lines names = sheet_names(made);
    REQUIRE(!names.empty());
    for (std::size_t k = 1; k <= names.size(); ++k) {
        const Output sheet =
            zip_entry(made.string(), "xl/worksheets/sheet" + std::to_string(k) + ".xml");
        REQUIRE(sheet.exit_code == 0);
        for (std::size_t at = sheet.out.find("<mergeCell ref=\""); at != std::string::npos;
             at = sheet.out.find("<mergeCell ref=\"", at + 1)) {
            const std::size_t start = at + 16;
            const std::string ref = sheet.out.substr(start, sheet.out.find('"', start) - start);
            const std::size_t colon = ref.find(':');
            CAPTURE(ref);
            CHECK((colon != std::string::npos && ref.substr(0, colon) != ref.substr(colon + 1)));
        }
    }
}
