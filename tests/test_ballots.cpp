// Ballots: the threshold as a percentage or a fraction, passed above it
// ("trên") or at least it ("từ ... trở lên"), compared exactly (14 of 20
// is 70%, 6 of 9 is two thirds); the ballot papers handed out, returned,
// valid and invalid and the counting committee, each rule broken once
// with its message at LINE:COLUMN; the minutes read back with pdftotext
// and the ballots sheet with LibreOffice (recalculated) and openpyxl. Every
// expected figure and sentence is written here by hand.
#include "sheet_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace thidua;
using test::diagnose;
using test::folded;
using test::with_body;
namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

namespace {

model::ClusterYear load_ok(const std::string& body) {
    return test::load_valid(with_body(body));
}

// One ballot of `voters` with the attributes `more` and a tally per
// (member, votes); lines 9 to 10 + tallies.
std::string ballot(const std::string& more, int voters,
                   const std::vector<std::pair<std::string, int>>& tallies) {
    std::string out = "  <ballot id=\"b\" title=\"B\" voters=\"" + std::to_string(voters) + "\"" +
                      (more.empty() ? "" : " " + more) + ">\n";
    for (const auto& [member, votes] : tallies)
        out += "    <tally member=\"" + member + "\" votes=\"" + std::to_string(votes) + "\"/>\n";
    return out + "  </ballot>\n";
}

std::vector<bool> passed(const model::Ballot& b) {
    std::vector<bool> out;
    for (const model::Tally& t : b.tallies)
        out.push_back(t.passed);
    return out;
}

} // namespace

TEST_CASE("a threshold is passed above it or at least it, as a percentage or a fraction") {
    // 14 of 20 under "từ 70% trở lên": exactly 70%, passed; 13 is 65%.
    auto cy = load_ok(
        ballot("min-percent=\"70\" pass=\"at-least\"", 20, {{"bac-kan", 14}, {"lang-son", 13}}));
    CHECK(cy.ballots[0].pass == model::PassRule::at_least);
    CHECK(cy.ballots[0].threshold == model::Share{7, 10});
    CHECK(passed(cy.ballots[0]) == std::vector<bool>{true, false});
    // The same votes under "trên 70%" (the default rule): 14 is not above 70%.
    cy = load_ok(ballot("min-percent=\"70\"", 20, {{"bac-kan", 14}, {"lang-son", 15}}));
    CHECK(cy.ballots[0].pass == model::PassRule::above);
    CHECK(passed(cy.ballots[0]) == std::vector<bool>{false, true});
    // Two thirds of 9 is 6 exactly: not above it, at least it.
    cy = load_ok(ballot("min-fraction=\"2/3\"", 9, {{"bac-kan", 6}, {"lang-son", 7}}));
    CHECK(cy.ballots[0].threshold == model::Share{2, 3});
    CHECK(cy.ballots[0].min_percent == 66.666667);
    CHECK(passed(cy.ballots[0]) == std::vector<bool>{false, true});
    cy = load_ok(
        ballot("min-fraction=\"2/3\" pass=\"at-least\"", 9, {{"bac-kan", 6}, {"lang-son", 5}}));
    CHECK(passed(cy.ballots[0]) == std::vector<bool>{true, false});
    // A fraction written unreduced is the same share: 4/6 of 9 is 6.
    cy = load_ok(ballot("min-fraction=\"4/6\" pass=\"at-least\"", 9, {{"bac-kan", 6}}));
    CHECK(passed(cy.ballots[0]) == std::vector<bool>{true});
    // A percentage near two thirds is not two thirds: 6/9 = 66.666...% is
    // below 66.67%.
    cy = load_ok(ballot("min-percent=\"66.67\" pass=\"at-least\"", 9, {{"bac-kan", 6}}));
    CHECK(passed(cy.ballots[0]) == std::vector<bool>{false});
    // Decimals of a percentage are exact too: 101 of 200 is 50.5%.
    cy = load_ok(ballot("min-percent=\"50.5\" pass=\"at-least\"", 200,
                        {{"bac-kan", 101}, {"lang-son", 100}}));
    CHECK(cy.ballots[0].threshold == model::Share{101, 200});
    CHECK(passed(cy.ballots[0]) == std::vector<bool>{true, false});
    // 0% at least: every member passes, 0 votes too; 100% above: none can.
    cy = load_ok(ballot("min-percent=\"0\" pass=\"at-least\"", 3, {{"bac-kan", 0}}));
    CHECK(passed(cy.ballots[0]) == std::vector<bool>{true});
    cy = load_ok(ballot("min-fraction=\"1/1\"", 3, {{"bac-kan", 3}}));
    CHECK(passed(cy.ballots[0]) == std::vector<bool>{false});
}

TEST_CASE("the threshold's mistakes say what to write instead") {
    CHECK(diagnose(
              with_body(ballot("min-percent=\"70\" min-fraction=\"2/3\"", 9, {{"bac-kan", 6}}))) ==
          Lines{"t.xml:9:56: error: the threshold is given twice; keep min-percent=\"...\" (a "
                "percentage) or min-fraction=\"...\" (a fraction such as 2/3), not both"});
    CHECK(diagnose(
              with_body(ballot("min-fraction=\"2:3\" pass=\"at least\"", 9, {{"bac-kan", 6}}))) ==
          Lines{"t.xml:9:53: error: '2:3' is not a fraction; write two whole numbers with '/' "
                "between them, e.g. min-fraction=\"2/3\" for two thirds",
                "t.xml:9:64: error: 'at least' is not a valid pass; write above or at-least "
                "(did you mean 'at-least'?)"});
    CHECK(diagnose(with_body(ballot("min-fraction=\"2/0\"", 9, {{"bac-kan", 6}}))) ==
          Lines{"t.xml:9:53: error: '2/0' divides by 0; write the share as N/D with D above 0, "
                "e.g. min-fraction=\"2/3\""});
    CHECK(diagnose(with_body(ballot("min-fraction=\"4/3\"", 9, {{"bac-kan", 6}}))) ==
          Lines{"t.xml:9:53: error: '4/3' is more than all the votes; a share is at most 1, "
                "e.g. min-fraction=\"2/3\""});
    CHECK(diagnose(with_body(ballot("min-fraction=\"1/3000000\"", 9, {{"bac-kan", 6}}))) ==
          Lines{"t.xml:9:53: error: '1/3000000' has a denominator above 1000000; write a "
                "smaller fraction, or min-percent=\"...\""});
    CHECK(diagnose(with_body(ballot("min-fraction=\"2/3\"", 2000000, {{"bac-kan", 6}}))) ==
          Lines{"t.xml:9:36: error: '2000000' is more than a conference casts; a ballot counts "
                "at most 1000000 papers or votes"});
    // More decimals than are kept: a warning, and the fraction to write.
    CHECK(diagnose(with_body(ballot("min-percent=\"66.6666667\"", 9, {{"bac-kan", 6}}))) ==
          Lines{"t.xml:9:52: warning: min-percent 66.6666667 is kept to a millionth of a point "
                "(66.666667); for a share such as two thirds write min-fraction=\"2/3\" instead"});
}

TEST_CASE(
    "ballot papers: valid <= returned <= handed out, invalid = returned - valid, votes <= valid") {
    // More returned than handed out.
    CHECK(diagnose(with_body(ballot("issued=\"20\" returned=\"21\"", 20, {{"bac-kan", 3}}))) ==
          Lines{"t.xml:9:62: error: returned ballots 21 exceed the 20 handed out (issued); no "
                "more papers come back than were handed out: correct returned or issued"});
    // More valid than returned; more invalid than handed out (nothing returned given).
    CHECK(diagnose(with_body(ballot("returned=\"20\" valid=\"21\"", 20, {{"bac-kan", 3}}))) ==
          Lines{"t.xml:9:61: error: valid ballots 21 exceed the 20 returned; correct valid or "
                "returned"});
    CHECK(diagnose(with_body(ballot("issued=\"20\" invalid=\"21\"", 20, {{"bac-kan", 3}}))) ==
          Lines{"t.xml:9:61: error: invalid ballots 21 exceed the 20 handed out (issued); "
                "correct invalid or issued"});
    // Invalid is returned - valid: 20 - 19 = 1, not 2.
    CHECK(diagnose(with_body(
              ballot("returned=\"20\" valid=\"19\" invalid=\"2\"", 20, {{"bac-kan", 3}}))) ==
          Lines{"t.xml:9:74: error: invalid ballots 2 do not add up: returned 20 - valid 19 = 1; "
                "write invalid=\"1\" (or leave it out: it is computed), or correct returned or "
                "valid"});
    // Without the returned papers: valid + invalid at most those handed out.
    CHECK(diagnose(with_body(
              ballot("issued=\"20\" valid=\"15\" invalid=\"6\"", 20, {{"bac-kan", 3}}))) ==
          Lines{"t.xml:9:72: error: valid 15 and invalid 6 ballots make more than the 20 handed "
                "out (issued); correct valid, invalid or issued"});
    // Votes at most the valid papers, given or returned - invalid.
    CHECK(diagnose(with_body(
              ballot("returned=\"20\" valid=\"19\"", 20, {{"bac-kan", 19}, {"lang-son", 20}}))) ==
          Lines{"t.xml:11:37: error: votes 20 exceed the 19 valid ballots; a member gets at most "
                "one vote from each valid ballot: correct votes, or the ballot's valid"});
    CHECK(diagnose(with_body(ballot("returned=\"20\" invalid=\"2\"", 20, {{"bac-kan", 19}}))) ==
          Lines{"t.xml:10:36: error: votes 19 exceed the 18 valid ballots; a member gets at most "
                "one vote from each valid ballot: correct votes, or the ballot's valid (returned "
                "- invalid)"});
    CHECK(diagnose(with_body(ballot("issued=\"x\"", 20, {{"bac-kan", 3}}))) ==
          Lines{"t.xml:9:48: error: 'x' is not a number; write digits with a dot for decimals, "
                "e.g. 109 or 47.5"});
    // What the file gives, and what it leaves out computed from the rest.
    auto cy = load_ok(ballot("issued=\"20\" returned=\"20\" valid=\"19\"", 20, {{"bac-kan", 19}}));
    const model::Ballot& b = cy.ballots[0];
    CHECK(b.papers.issued == 20);
    CHECK(b.papers.returned == 20);
    CHECK(b.papers.valid == 19);
    CHECK_FALSE(b.papers.invalid.has_value());
    CHECK(b.invalid_computed == 1);
    CHECK_FALSE(b.valid_computed.has_value());
    cy = load_ok(ballot("returned=\"9\" invalid=\"1\"", 9, {{"bac-kan", 8}}));
    CHECK(cy.ballots[0].valid_computed == 8);
    CHECK_FALSE(cy.ballots[0].invalid_computed.has_value());
    // Nothing to compute from: nothing computed.
    cy = load_ok(ballot("issued=\"9\" valid=\"8\"", 9, {{"bac-kan", 8}}));
    CHECK_FALSE(cy.ballots[0].invalid_computed.has_value());
}

TEST_CASE("the counting committee: names, titles and roles, one head") {
    const std::string tellers = "  <ballot id=\"b\" title=\"B\" voters=\"9\">\n"
                                "    <teller name=\"Nguyễn Văn An\" title=\"Chánh Văn phòng\" "
                                "role=\"head\"/>\n"
                                "    <teller name=\"Trần Thị Bình\" role=\"secretary\"/>\n"
                                "    <teller name=\"Lê Văn Cường\"/>\n"
                                "    <tally member=\"bac-kan\" votes=\"6\"/>\n"
                                "  </ballot>\n";
    const auto cy = load_ok(tellers);
    const auto& t = cy.ballots[0].tellers;
    REQUIRE(t.size() == 3);
    CHECK(t[0] == model::Teller{"Nguyễn Văn An", "Chánh Văn phòng", model::TellerRole::head});
    CHECK(t[1] == model::Teller{"Trần Thị Bình", std::nullopt, model::TellerRole::secretary});
    CHECK(t[2] == model::Teller{"Lê Văn Cường", std::nullopt, model::TellerRole::member});
    CHECK(diagnose("" + with_body("  <ballot id=\"b\" title=\"B\" voters=\"9\">\n"
                                  "    <teller name=\"Nguyễn Văn An\" role=\"head\"/>\n"
                                  "    <teller name=\"Trần Thị Bình\" role=\"head\"/>\n"
                                  "    <teller name=\"Lê Văn Cường\" role=\"chair\"/>\n"
                                  "    <teller title=\"Thư ký\"/>\n"
                                  "    <tally member=\"bac-kan\" votes=\"6\"/>\n"
                                  "  </ballot>\n")) ==
          Lines{"t.xml:11:40: error: the committee has one head, already named on line 10; "
                "write role=\"deputy\" or role=\"member\" here",
                "t.xml:12:39: error: 'chair' is not a valid role; write head, deputy, secretary "
                "or member",
                "t.xml:13:5: error: <teller> needs the attribute 'name'"});
    CHECK(diagnose(with_body("  <teller name=\"A\"/>\n")) ==
          Lines{"t.xml:9:3: error: <teller> cannot be inside <cluster-year>; it belongs inside "
                "<ballot>"});
}

namespace {

// Seven ballots: "từ 70% trở lên" with every paper and a committee; "trên
// 70%"; "trên 2/3" with valid left out (9 - 1 = 8); "từ 2/3 trở lên"; two
// whose threshold x voters is not whole in binary (0.28 x 50 =
// 14.000000000000002, 0.29 x 100 = 28.999999999999996), which the
// result's ROUND makes whole; 66.67%, which 6 of 9 does not reach.
const char* const seven_ballots =
    "  <meeting date=\"2023-11-24\"><title>Hội nghị tổng kết năm 2023</title></meeting>\n"
    "  <ballot id=\"suy-ton\" title=\"Suy tôn đơn vị dẫn đầu\" voters=\"20\" min-percent=\"70\" "
    "pass=\"at-least\" issued=\"20\" returned=\"20\" valid=\"19\">\n"
    "    <teller name=\"Nguyễn Văn An\" title=\"Chánh Văn phòng Liên minh HTX tỉnh Bắc Kạn\" "
    "role=\"head\"/>\n"
    "    <teller name=\"Trần Thị Bình\" role=\"secretary\"/>\n"
    "    <teller name=\"Lê Văn Cường\"/>\n"
    "    <tally member=\"bac-kan\" votes=\"14\"/>\n"
    "    <tally member=\"lang-son\" votes=\"13\"/>\n"
    "  </ballot>\n"
    "  <ballot id=\"tren\" title=\"Bầu Cụm trưởng năm 2024\" voters=\"20\" min-percent=\"70\">\n"
    "    <tally member=\"bac-kan\" votes=\"14\"/>\n"
    "    <tally member=\"lang-son\" votes=\"15\"/>\n"
    "  </ballot>\n"
    "  <ballot id=\"phan-so\" title=\"Bầu Cụm phó năm 2024\" voters=\"9\" min-fraction=\"2/3\" "
    "returned=\"9\" invalid=\"1\">\n"
    "    <tally member=\"lang-son\" votes=\"6\"/>\n"
    "    <tally member=\"cao-bang\" votes=\"7\"/>\n"
    "  </ballot>\n"
    "  <ballot id=\"tu-phan-so\" title=\"Biểu quyết thông qua quy chế\" voters=\"9\" "
    "min-fraction=\"2/3\" pass=\"at-least\">\n"
    "    <tally member=\"cao-bang\" votes=\"6\"/>\n"
    "    <tally member=\"bac-kan\" votes=\"5\"/>\n"
    "  </ballot>\n"
    "  <ballot id=\"hai-muoi-tam\" title=\"Biểu quyết nội dung thứ hai\" voters=\"50\" "
    "min-percent=\"28\" pass=\"at-least\">\n"
    "    <tally member=\"bac-kan\" votes=\"14\"/>\n"
    "    <tally member=\"lang-son\" votes=\"13\"/>\n"
    "  </ballot>\n"
    "  <ballot id=\"hai-muoi-chin\" title=\"Biểu quyết nội dung thứ ba\" voters=\"100\" "
    "min-percent=\"29\">\n"
    "    <tally member=\"bac-kan\" votes=\"29\"/>\n"
    "    <tally member=\"lang-son\" votes=\"30\"/>\n"
    "  </ballot>\n"
    "  <ballot id=\"gan-hai-phan-ba\" title=\"Biểu quyết nội dung thứ tư\" voters=\"9\" "
    "min-percent=\"66.67\" pass=\"at-least\">\n"
    "    <tally member=\"cao-bang\" votes=\"6\"/>\n"
    "  </ballot>\n";

struct Rendered {
    test::TempDir dir;
    fs::path folder;
};

void render(Rendered& r, const std::string& only) {
    const fs::path input = r.dir.path / "phieu.xml";
    std::ofstream(input) << with_body(seven_ballots);
    const auto p = test::run_thidua("render '" + input.string() + "' -o '" +
                                    (r.dir.path / "out").string() + "' --only " + only);
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    r.folder = r.dir.path / "out/dong-bac/2023";
}

// The table rows (TT first) of the ballot titled `title` in pdftotext's
// -layout text, white space folded.
Lines rows_of(const std::string& layout, const std::string& title) {
    Lines out;
    std::size_t at = layout.find(title);
    if (at == std::string::npos) return out;
    std::istringstream lines(layout.substr(at));
    std::string line;
    std::getline(lines, line);
    bool table = false;
    while (std::getline(lines, line)) {
        const std::string f = folded(line);
        const std::string row = !f.empty() && f[0] == ' ' ? f.substr(1) : f;
        if (row.starts_with("TT ")) {
            table = true;
        } else if (table && !row.empty() && row[0] >= '1' && row[0] <= '9' &&
                   row.find(' ') != std::string::npos) { // not the page number under it
            out.push_back(row.back() == ' ' ? row.substr(0, row.size() - 1) : row);
        } else if (table) {
            break;
        }
    }
    return out;
}

} // namespace

TEST_CASE("the minutes print the committee, the papers, the rule and the results") {
    Rendered r;
    render(r, "minutes");
    const auto pdf = (r.folder / "bien-ban.pdf").string();
    const auto p = test::shell("pdftotext -enc UTF-8 '" + pdf + "' -");
    const auto layout = test::shell("pdftotext -layout -enc UTF-8 '" + pdf + "' -");
    REQUIRE(p.exit_code == 0);
    CHECK(p.err.empty());
    const std::string text = folded(p.out);
    INFO(text);
    INFO(layout.out);
    const auto has = [&](const std::string& s) {
        CHECK_MESSAGE(text.find(s) != std::string::npos, "missing: " << s);
    };
    has("Suy tôn đơn vị dẫn đầu Ban kiểm phiếu gồm: - Nguyễn Văn An, Chánh Văn phòng Liên minh "
        "HTX tỉnh Bắc Kạn – Trưởng ban; - Trần Thị Bình – Thư ký; - Lê Văn Cường – Thành viên. "
        "Số đại biểu bỏ phiếu: 20; số phiếu phát ra: 20; số phiếu thu về: 20; số phiếu hợp lệ: "
        "19; số phiếu không hợp lệ: 1. Đơn vị đạt khi được từ 70% số phiếu trở lên (tính trên "
        "số đại biểu bỏ phiếu). Kết quả kiểm phiếu:");
    // 14/20 = 70% exactly: passed at least 70%, not above it.
    CHECK(rows_of(layout.out, "Suy tôn đơn vị dẫn đầu") ==
          Lines{"1 Liên minh HTX tỉnh Bắc Kạn 14/20 70,0% Đạt",
                "2 Liên minh HTX tỉnh Lạng Sơn 13/20 65,0% Không đạt"});
    // (two pieces: where a page ends, pdftotext may read the table above
    // between them)
    has("Bầu Cụm trưởng năm 2024 Số đại biểu bỏ phiếu: 20.");
    has("Đơn vị đạt khi được trên 70% số phiếu (tính trên số đại biểu bỏ phiếu).");
    CHECK(rows_of(layout.out, "Bầu Cụm trưởng năm 2024") ==
          Lines{"1 Liên minh HTX tỉnh Bắc Kạn 14/20 70,0% Không đạt",
                "2 Liên minh HTX tỉnh Lạng Sơn 15/20 75,0% Đạt"});
    // Valid computed: 9 returned - 1 invalid = 8. 6/9 is two thirds exactly.
    has("Bầu Cụm phó năm 2024 Số đại biểu bỏ phiếu: 9; số phiếu thu về: 9; số phiếu hợp lệ: 8; "
        "số phiếu không hợp lệ: 1. Đơn vị đạt khi được trên 2/3 số phiếu");
    CHECK(rows_of(layout.out, "Bầu Cụm phó năm 2024") ==
          Lines{"1 Liên minh HTX tỉnh Lạng Sơn 6/9 66,7% Không đạt",
                "2 Liên minh HTX tỉnh Cao Bằng 7/9 77,8% Đạt"});
    has("Biểu quyết thông qua quy chế Số đại biểu bỏ phiếu: 9. Đơn vị đạt khi được từ 2/3 số "
        "phiếu trở lên");
    CHECK(rows_of(layout.out, "Biểu quyết thông qua quy chế") ==
          Lines{"1 Liên minh HTX tỉnh Cao Bằng 6/9 66,7% Đạt",
                "2 Liên minh HTX tỉnh Bắc Kạn 5/9 55,6% Không đạt"});
    // 14 of 50 is 28% exactly; 29 of 100 is 29%, not above it.
    has("Biểu quyết nội dung thứ hai Số đại biểu bỏ phiếu: 50. Đơn vị đạt khi được từ 28% số "
        "phiếu trở lên");
    CHECK(rows_of(layout.out, "Biểu quyết nội dung thứ hai") ==
          Lines{"1 Liên minh HTX tỉnh Bắc Kạn 14/50 28,0% Đạt",
                "2 Liên minh HTX tỉnh Lạng Sơn 13/50 26,0% Không đạt"});
    has("Biểu quyết nội dung thứ ba Số đại biểu bỏ phiếu: 100. Đơn vị đạt khi được trên 29% số "
        "phiếu");
    CHECK(rows_of(layout.out, "Biểu quyết nội dung thứ ba") ==
          Lines{"1 Liên minh HTX tỉnh Bắc Kạn 29/100 29,0% Không đạt",
                "2 Liên minh HTX tỉnh Lạng Sơn 30/100 30,0% Đạt"});
    // The threshold with its two decimals; 6/9 = 66,666...% is below it.
    has("Biểu quyết nội dung thứ tư Số đại biểu bỏ phiếu: 9.");
    has("Đơn vị đạt khi được từ 66,67% số "
        "phiếu trở lên");
    CHECK(rows_of(layout.out, "Biểu quyết nội dung thứ tư") ==
          Lines{"1 Liên minh HTX tỉnh Cao Bằng 6/9 66,7% Không đạt"});
    // No committee and no papers where the file gives none.
    CHECK(text.find("Ban kiểm phiếu") == text.rfind("Ban kiểm phiếu"));
    CHECK(text.find("phát ra") == text.rfind("phát ra"));
}

TEST_CASE("the ballots sheet: threshold by its rule, papers, committee, results as formulas") {
    Rendered r;
    render(r, "workbook");
    const fs::path file = r.dir.path / "phieu.xlsx";
    fs::copy_file(r.folder / "thong-ke.xlsx", file);
    const test::Recalculation lo = test::recalculate(r.dir.path / "lo", {file});
    const fs::path shown_dir = test::export_as_shown(r.dir.path / "lo", {file});
    // 7 ballots: 13 percentages, 13 results, 2 computed papers.
    CHECK(test::check_recalculated_as_stored(lo) == 28);
    REQUIRE(lo.dump.at("phieu").size() == 1);
    const test::DumpSheet& sheet = lo.dump.at("phieu").at(0);
    REQUIRE(sheet.name == "Bình xét");
    const test::Grid grid = lo.recalculated("phieu", sheet.name);
    const test::Grid shown = test::shown_sheet(shown_dir, "phieu", sheet.name);
    const auto row_of = [&](const std::string& text) {
        for (int k = 0; k < static_cast<int>(grid.size()); ++k) {
            if (test::at(grid, k, 0) == text) return k;
        }
        FAIL("no row starts with " << text);
        return -1;
    };
    const auto cell = [&](int row, int col) -> const test::DumpCell& {
        static const test::DumpCell none;
        const auto it = sheet.cells.find({row, col});
        return it == sheet.cells.end() ? none : it->second;
    };
    // A row: what it shows in columns A to F.
    const auto shows = [&](int row) {
        Lines out;
        for (int c = 0; c < 6; ++c)
            out.push_back(test::at(shown, row, c));
        return out;
    };

    // "Từ 70% trở lên": the threshold 0.7 itself; the papers (invalid
    // computed: 20 - 19); the committee; 14/20 passes.
    const int a = row_of("Suy tôn đơn vị dẫn đầu");
    CHECK(shows(a + 1) == Lines{"Đạt khi tỷ lệ phiếu bằng hoặc cao hơn", "", "", "", "70.0%", ""});
    CHECK(cell(a + 1, 4).stored == "0.7");
    CHECK(shows(a + 2) == Lines{"Số phiếu phát ra", "", "", "", "20", ""});
    CHECK(shows(a + 3) == Lines{"Số phiếu thu về", "", "", "", "20", ""});
    CHECK(shows(a + 4) == Lines{"Số phiếu hợp lệ", "", "", "", "19", ""});
    CHECK(shows(a + 5) == Lines{"Số phiếu không hợp lệ", "", "", "", "1", ""});
    CHECK(cell(a + 4, 4).kind == 'n');
    CHECK(cell(a + 5, 4).content == "=E" + std::to_string(a + 4) + "-E" + std::to_string(a + 5));
    CHECK(shows(a + 6)[0] == "Ban kiểm phiếu");
    CHECK(shows(a + 7) == Lines{"", "Nguyễn Văn An, Chánh Văn phòng Liên minh HTX tỉnh Bắc Kạn",
                                "Trưởng ban", "", "", ""});
    CHECK(shows(a + 8) == Lines{"", "Trần Thị Bình", "Thư ký", "", "", ""});
    CHECK(shows(a + 9) == Lines{"", "Lê Văn Cường", "Thành viên", "", "", ""});
    CHECK(shows(a + 10) ==
          Lines{"STT", "Đơn vị", "Số phiếu", "Số người bỏ phiếu", "Tỷ lệ", "Kết quả"});
    CHECK(shows(a + 11) == Lines{"1", "Liên minh HTX tỉnh Bắc Kạn", "14", "20", "70.0%", "Đạt"});
    CHECK(shows(a + 12) ==
          Lines{"2", "Liên minh HTX tỉnh Lạng Sơn", "13", "20", "65.0%", "Không đạt"});
    const std::string r1 = std::to_string(a + 12); // row a + 11, 1-based
    const std::string threshold = "$E$" + std::to_string(a + 2);
    CHECK(cell(a + 11, 5).content ==
          "=IF(C" + r1 + ">=ROUND(" + threshold + "*D" + r1 + ",9),\"Đạt\",\"Không đạt\")");
    CHECK(cell(a + 11, 4).content == "=ROUND(C" + r1 + "/D" + r1 + ",8)");

    // "Trên 70%": 14/20 does not pass, 15/20 does; strictly greater.
    const int b = row_of("Bầu Cụm trưởng năm 2024");
    CHECK(shows(b + 1) == Lines{"Đạt khi tỷ lệ phiếu cao hơn", "", "", "", "70.0%", ""});
    CHECK(shows(b + 2)[0] == "STT");
    CHECK(shows(b + 3) ==
          Lines{"1", "Liên minh HTX tỉnh Bắc Kạn", "14", "20", "70.0%", "Không đạt"});
    CHECK(shows(b + 4) == Lines{"2", "Liên minh HTX tỉnh Lạng Sơn", "15", "20", "75.0%", "Đạt"});
    const std::string r2 = std::to_string(b + 4);
    CHECK(cell(b + 3, 5).content == "=IF(C" + r2 + ">ROUND($E$" + std::to_string(b + 2) + "*D" +
                                        r2 + ",9),\"Đạt\",\"Không đạt\")");

    // "Trên 2/3", shown as a fraction; valid computed: 9 - 1.
    const int c = row_of("Bầu Cụm phó năm 2024");
    CHECK(shows(c + 1) == Lines{"Đạt khi tỷ lệ phiếu cao hơn", "", "", "", "2/3", ""});
    CHECK(cell(c + 1, 4).format == "?/?");
    CHECK(test::close_to(*test::number_in(test::at(grid, c + 1, 4)), 2.0 / 3));
    CHECK(shows(c + 2) == Lines{"Số phiếu thu về", "", "", "", "9", ""});
    CHECK(shows(c + 3) == Lines{"Số phiếu hợp lệ", "", "", "", "8", ""});
    CHECK(cell(c + 3, 4).content == "=E" + std::to_string(c + 3) + "-E" + std::to_string(c + 5));
    CHECK(shows(c + 4) == Lines{"Số phiếu không hợp lệ", "", "", "", "1", ""});
    CHECK(shows(c + 6) ==
          Lines{"1", "Liên minh HTX tỉnh Lạng Sơn", "6", "9", "66.7%", "Không đạt"});
    CHECK(shows(c + 7) == Lines{"2", "Liên minh HTX tỉnh Cao Bằng", "7", "9", "77.8%", "Đạt"});

    // "Từ 2/3 trở lên": 6 of 9 passes.
    const int d = row_of("Biểu quyết thông qua quy chế");
    CHECK(shows(d + 1) == Lines{"Đạt khi tỷ lệ phiếu bằng hoặc cao hơn", "", "", "", "2/3", ""});
    CHECK(shows(d + 3) == Lines{"1", "Liên minh HTX tỉnh Cao Bằng", "6", "9", "66.7%", "Đạt"});
    CHECK(shows(d + 4) == Lines{"2", "Liên minh HTX tỉnh Bắc Kạn", "5", "9", "55.6%", "Không đạt"});

    // Binary noise: 0.28 x 50 is 14.000000000000002 and 0.29 x 100 is
    // 28.999999999999996 in doubles; rounded to 9 decimals they are 14 and
    // 29, so 14 of 50 reaches 28% and 29 of 100 is not above 29% in any
    // spreadsheet. (LibreOffice compares with a tolerance of its own, so it
    // would agree even without the ROUND: the formulas' text above shows it.)
    const int e = row_of("Biểu quyết nội dung thứ hai");
    CHECK(shows(e + 1) == Lines{"Đạt khi tỷ lệ phiếu bằng hoặc cao hơn", "", "", "", "28.0%", ""});
    CHECK(shows(e + 3) == Lines{"1", "Liên minh HTX tỉnh Bắc Kạn", "14", "50", "28.0%", "Đạt"});
    CHECK(shows(e + 4) ==
          Lines{"2", "Liên minh HTX tỉnh Lạng Sơn", "13", "50", "26.0%", "Không đạt"});
    const int f = row_of("Biểu quyết nội dung thứ ba");
    CHECK(shows(f + 3) ==
          Lines{"1", "Liên minh HTX tỉnh Bắc Kạn", "29", "100", "29.0%", "Không đạt"});
    CHECK(shows(f + 4) == Lines{"2", "Liên minh HTX tỉnh Lạng Sơn", "30", "100", "30.0%", "Đạt"});
    // 66.67% shown with its two decimals, stored as 0.6667.
    const int g = row_of("Biểu quyết nội dung thứ tư");
    CHECK(shows(g + 1) == Lines{"Đạt khi tỷ lệ phiếu bằng hoặc cao hơn", "", "", "", "66.67%", ""});
    CHECK(cell(g + 1, 4).stored == "0.6667");
    CHECK(shows(g + 3) ==
          Lines{"1", "Liên minh HTX tỉnh Cao Bằng", "6", "9", "66.7%", "Không đạt"});
}
