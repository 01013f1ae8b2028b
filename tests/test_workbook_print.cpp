// The statistics workbook as the alliance receives it: every sheet ends
// with the place and date (fill-in dots when the file gives none, never a
// made-up date) and the signatures, the preparer's (người lập biểu) and the
// Cụm trưởng's with the authority Decree 30/2020 writes; and it prints at 9
// points or more, across as many A4 landscape pages as it takes, with the
// headings and the key columns on each, no heading cut between two pages,
// and the signatures whole on one page with 25 mm to sign. Read back with
// openpyxl (cells, print setup) and in the PDF LibreOffice prints
// (pdftotext for the words and where they stand, the content streams for
// the size each text is drawn at).
#include "doc/workbook_labels.hpp"
#include "sheet_support.hpp"
#include "support.hpp"
#include "xlsx/print_setup.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

using namespace thidua;
using test::DumpSheet;
using test::TempDir;
namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

namespace {

const Lines provinces = {"Hà Tĩnh",   "Nghệ An",  "Quảng Bình", "Quảng Trị", "Thanh Hóa",
                         "Ninh Bình", "Nam Định", "Thái Bình",  "Hà Nam"};

struct Year {
    std::string head_representative; // a <representative .../>, or none
    std::string meeting;             // attributes of <meeting>, or no meeting at all
    int members = 3;
    int indicators = 1;     // each with last year's figures: three columns
    bool everything = true; // scoring, a ballot, awards and a covenant too
};

// A year whose head is represented by a vice-chairman, with a meeting on
// 20 November 2024 in Hà Tĩnh.
Year signed_year() {
    Year y;
    y.head_representative = "<representative name=\"Trần Quốc Khánh\" title=\"Phó Chủ tịch\"/>";
    y.meeting = "date=\"2024-11-20\" place=\"Hà Tĩnh\"";
    return y;
}

std::string cluster_year(const Year& y) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<cluster-year format=\"1\" year=\"2024\">\n"
                      "  <cluster id=\"bac-trung-bo\" name=\"Cụm thi đua Bắc Trung Bộ\"/>\n"
                      "  <members>\n";
    for (int k = 0; k < y.members; ++k) {
        xml += "    <member id=\"m" + std::to_string(k) + "\" name=\"Liên minh HTX tỉnh " +
               provinces[static_cast<std::size_t>(k)] + "\"" + (k == 0 ? " role=\"head\">" : ">") +
               (k == 0 ? y.head_representative : "") + "</member>\n";
    }
    xml += "  </members>\n";
    if (!y.meeting.empty())
        xml += "  <meeting " + y.meeting + "><title>Hội nghị tổng kết</title></meeting>\n";
    xml += "  <statistics>\n";
    for (int i = 0; i < y.indicators; ++i) {
        xml += "    <indicator id=\"c" + std::to_string(i) + "\" label=\"Chỉ tiêu số " +
               std::to_string(i + 1) + "\" unit=\"HTX\"/>\n";
    }
    for (int k = 0; k < y.members; ++k) {
        for (const int year : {2024, 2023}) {
            xml += "    <row member=\"m" + std::to_string(k) + "\" year=\"" + std::to_string(year) +
                   "\"";
            for (int i = 0; i < y.indicators; ++i)
                xml += " c" + std::to_string(i) + "=\"" + std::to_string(100 + 10 * k + i) + "\"";
            xml += "/>\n";
        }
    }
    xml += "  </statistics>\n";
    if (y.everything) {
        xml += "  <scoring><criterion id=\"a\" label=\"Tiêu chí A\" max=\"100\"/>"
               "<score member=\"m0\" a=\"90\"/><score member=\"m1\" a=\"80\"/></scoring>\n"
               "  <ballot id=\"co\" title=\"Suy tôn\" voters=\"3\"><tally member=\"m0\" "
               "votes=\"3\"/></ballot>\n"
               "  <awards><award type=\"Cờ thi đua\" member=\"m0\"/></awards>\n"
               "  <covenant><commitment id=\"h\" label=\"HTX mới\" unit=\"HTX\"/>"
               "<pledge member=\"m0\" h=\"5\"/></covenant>\n";
    }
    return xml + "</cluster-year>\n";
}

// The workbook of `xml` (with `options` for render), as a file of its own.
fs::path workbook_of(const TempDir& dir, const std::string& xml, const std::string& options = "") {
    std::ofstream(dir.path / "in.xml") << xml;
    test::output_of(std::string("'") + THIDUA_EXE + "' render '" + (dir.path / "in.xml").string() +
                    "' -o '" + (dir.path / "out").string() + "' --only workbook " + options);
    const fs::path xlsx = dir.path / "thong-ke.xlsx";
    fs::copy_file(dir.path / "out" / "bac-trung-bo" / "2024" / "thong-ke.xlsx", xlsx,
                  fs::copy_options::overwrite_existing);
    return xlsx;
}

std::vector<DumpSheet> sheets_of(const fs::path& xlsx) {
    const test::Dump dump = test::read_dump(
        test::output_of("/usr/bin/python3 '" + test::source_path("tests/tools/read_workbook.py") +
                        "' '" + xlsx.string() + "'"));
    REQUIRE(dump.count(xlsx.stem().string()) == 1);
    return dump.at(xlsx.stem().string());
}

// Where a cell holds exactly `text`.
std::optional<std::pair<int, int>> find(const DumpSheet& s, const std::string& text) {
    for (const auto& [pos, cell] : s.cells) {
        if (cell.content == text) return pos;
    }
    return std::nullopt;
}

std::string at(const DumpSheet& s, int row, int col) {
    const auto it = s.cells.find({row, col});
    return it == s.cells.end() ? "" : it->second.content;
}

// The signatures of a sheet as the cells hold them.
struct Signing {
    std::string place_date;
    int place_date_col = -1;
    Lines left;  // from "NGƯỜI LẬP BIỂU" down, empty rows skipped
    Lines right; // from the row of "NGƯỜI LẬP BIỂU" down in the place and date's column
    int name_row = -1;  // the right block's last line
    int first_row = -1; // the place and date's
    int right_col = -1;
};

Signing signing_of(const DumpSheet& s) {
    Signing out;
    const auto preparer = find(s, "NGƯỜI LẬP BIỂU");
    REQUIRE_MESSAGE(preparer, s.name);
    const auto [row, col] = *preparer;
    CHECK(col == 0);
    out.first_row = row - 1;
    for (const auto& [pos, cell] : s.cells) {
        if (pos.first == row - 1) {
            out.place_date = cell.content;
            out.place_date_col = pos.second;
        }
    }
    out.right_col = out.place_date_col;
    for (int r = row; r < row + 30; ++r) {
        if (!at(s, r, 0).empty()) out.left.push_back(at(s, r, 0));
        if (!at(s, r, out.right_col).empty()) {
            out.right.push_back(at(s, r, out.right_col));
            out.name_row = r;
        }
    }
    return out;
}

} // namespace

TEST_CASE("every sheet ends with the place, the date and the signatures, the head's with its "
          "authority") {
    TempDir dir;
    const std::vector<DumpSheet> sheets = sheets_of(workbook_of(dir, cluster_year(signed_year())));
    REQUIRE(sheets.size() == 5);
    for (const DumpSheet& sheet : sheets) {
        CAPTURE(sheet.name);
        const Signing s = signing_of(sheet);
        CHECK(s.place_date == "Hà Tĩnh, ngày 20 tháng 11 năm 2024");
        CHECK(s.left == Lines{"NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"});
        // Decree 30: the role, TM. and the member, KT. over the head's title,
        // the signer's own title; room to sign; the name.
        CHECK(s.right == Lines{"CỤM TRƯỞNG", "TM. LIÊN MINH HTX TỈNH HÀ TĨNH", "KT. CHỦ TỊCH",
                               "PHÓ CHỦ TỊCH", "Trần Quốc Khánh"});
        CHECK(at(sheet, s.name_row - 1, s.right_col).empty()); // the room to sign
        CHECK(s.right_col > 0);
        // Under the table: nothing of the sheet below the signatures' first row
        // but the signatures.
        for (const auto& [pos, cell] : sheet.cells) {
            if (pos.first < s.first_row) continue;
            CHECK((pos.second == 0 || pos.second == s.right_col));
        }
    }
}

TEST_CASE("the workbook's signatures invent nothing: no date, title or name the file lacks") {
    TempDir dir;
    Year y;
    y.everything = false;
    SUBCASE("no meeting, no representative: fill-in dots") {
        const std::vector<DumpSheet> sheets = sheets_of(workbook_of(dir, cluster_year(y)));
        REQUIRE(sheets.size() == 1);
        const Signing s = signing_of(sheets[0]);
        CHECK(s.place_date == "..............., ngày ..... tháng ..... năm .......");
        CHECK(s.place_date.find_first_of("0123456789") == std::string::npos);
        CHECK(s.right == Lines{"CỤM TRƯỞNG", "TM. LIÊN MINH HTX TỈNH HÀ TĨNH", std::string(20, '.'),
                               std::string(25, '.')});
    }
    SUBCASE("a place and no date") {
        y.meeting = "place=\"Hà Tĩnh\"";
        const Signing s = signing_of(sheets_of(workbook_of(dir, cluster_year(y)))[0]);
        CHECK(s.place_date == "Hà Tĩnh, ngày ..... tháng ..... năm .......");
    }
    SUBCASE("an acting head signs under the head's title only") {
        y.head_representative =
            "<representative name=\"Lê Thị Hoa\" title=\"Phó Chủ tịch\" authority=\"Q\"/>";
        const Signing s = signing_of(sheets_of(workbook_of(dir, cluster_year(y)))[0]);
        CHECK(s.right ==
              Lines{"CỤM TRƯỞNG", "TM. LIÊN MINH HTX TỈNH HÀ TĨNH", "Q. CHỦ TỊCH", "Lê Thị Hoa"});
    }
    SUBCASE("by order of the head; a head's title the file does not give is a fill-in line") {
        y.head_representative = "<representative name=\"Phạm Văn Đức\" title=\"Chánh Văn phòng\" "
                                "authority=\"TL\" for=\"Chủ tịch\"/>";
        const Signing by_order = signing_of(sheets_of(workbook_of(dir, cluster_year(y)))[0]);
        CHECK(by_order.right == Lines{"CỤM TRƯỞNG", "TM. LIÊN MINH HTX TỈNH HÀ TĨNH",
                                      "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Phạm Văn Đức"});
        y.head_representative = "<representative name=\"Phạm Văn Đức\" title=\"Chánh Văn phòng\" "
                                "authority=\"TUQ\"/>";
        const Signing unsaid = signing_of(sheets_of(workbook_of(dir, cluster_year(y)))[0]);
        CHECK(unsaid.right == Lines{"CỤM TRƯỞNG", "TM. LIÊN MINH HTX TỈNH HÀ TĨNH",
                                    "TUQ. ...............", "CHÁNH VĂN PHÒNG", "Phạm Văn Đức"});
    }
}

TEST_CASE("without <signing> in the template the sheets end with their tables, and the national "
          "workbook has none") {
    TempDir dir;
    fs::create_directories(dir.path / "templates");
    for (const auto& e : fs::directory_iterator(test::source_path("templates")))
        fs::copy_file(e.path(), dir.path / "templates" / e.path().filename());
    std::string wording = test::read_file((dir.path / "templates" / "workbook.xml").string());
    const std::size_t from = wording.find("  <signing");
    REQUIRE(from != std::string::npos);
    wording.erase(from, wording.find("/>", from) + 2 - from);
    std::ofstream(dir.path / "templates" / "workbook.xml") << wording;
    Year y;
    y.meeting = "date=\"2024-11-20\" place=\"Hà Tĩnh\"";
    for (const DumpSheet& sheet : sheets_of(workbook_of(
             dir, cluster_year(y), "--templates '" + (dir.path / "templates").string() + "'"))) {
        CAPTURE(sheet.name);
        CHECK_FALSE(find(sheet, "NGƯỜI LẬP BIỂU"));
        CHECK_FALSE(find(sheet, "CỤM TRƯỞNG"));
    }
    // The national workbook puts the clusters' tables side by side: their
    // signatures stay on the clusters' own workbooks.
    const fs::path national = dir.path / "national.xlsx";
    test::output_of(std::string("'") + THIDUA_EXE + "' national '" +
                    (dir.path / "in.xml").string() + "' --year 2024 -o '" + national.string() +
                    "'");
    for (const DumpSheet& sheet : sheets_of(national)) {
        CAPTURE(sheet.name);
        CHECK_FALSE(find(sheet, "NGƯỜI LẬP BIỂU"));
    }
}

TEST_CASE("the signatures' wording is checked with the rest of the workbook template") {
    const auto errors = [](const std::string& signing) {
        diag::Diagnostics diags("w.xml");
        doc::WorkbookLabels::parse(
            "<workbook title=\"T\" subject=\"S\" author=\"A\" parent=\"P\" issuer=\"I\" "
            "footer=\"F\" no-data=\"N\">\n"
            "<awards sheet=\"K\" title=\"T\" granted-title=\"T2\" mixed-title=\"T3\" "
            "number=\"STT\" type=\"a\" by=\"b\" member=\"c\" recipient=\"d\" status=\"e\" "
            "reason=\"f\" proposed=\"g\" proposed-via=\"g2\" granted=\"h\"/>\n" +
                signing + "</workbook>\n",
            diags);
        return diags.format();
    };
    const std::string good = "<signing place-date=\"{meeting.place}\" preparer=\"P\" head=\"H\" "
                             "organisation=\"TM. {member.name|upper}\" "
                             "authority=\"{member.representative.authority}\" "
                             "title=\"{member.representative.title}\" "
                             "name=\"{member.representative.name}\"/>\n";
    CHECK(errors(good).empty());
    std::string typo = good;
    typo.replace(typo.find("representative.title"), 20, "representative.titel");
    CHECK(errors(typo) == "w.xml:3:153: error: unknown field 'titel' in "
                          "'member.representative'; did you mean 'title'?\n");
    std::string missing = good;
    missing.erase(missing.find("preparer=\"P\" "), 13);
    CHECK(errors(missing) == "w.xml:3:1: error: <signing> needs the attribute 'preparer'\n");
}

TEST_CASE("a wide workbook prints at 9 points or more across A4 landscape pages, headings and "
          "key columns on each, the signatures whole") {
    TempDir dir;
    Year y = signed_year();
    y.members = 9;
    y.indicators = 8; // 2 + 24 columns
    y.everything = false;
    const fs::path xlsx = workbook_of(dir, cluster_year(y));
    const std::vector<DumpSheet> sheets = sheets_of(xlsx);
    REQUIRE(sheets.size() == 1);
    const DumpSheet& sheet = sheets[0];
    // Not shrunk to one page wide (this table would print at about 45%): 75%
    // keeps the cells' 12 points at 9.
    CHECK(sheet.fit_width == "-");
    CHECK(sheet.scale == 75);
    CHECK(sheet.orientation == "landscape");
    CHECK(sheet.paper == "9");
    CHECK(sheet.titles == "$6:$7");
    CHECK(sheet.title_columns == "$A:$B");
    // Pages across start at an indicator's first column (2, 5, 8, ...): no
    // indicator's three columns are cut between two pages.
    REQUIRE_FALSE(sheet.column_breaks.empty());
    for (int c : sheet.column_breaks)
        CHECK((c - 2) % 3 == 0);

    const fs::path pdf = test::print_to_pdf(dir.path, xlsx);
    // Every page A4 landscape.
    std::istringstream info(test::output_of("pdfinfo -f 1 -l 99 '" + pdf.string() + "'"));
    int pages = 0;
    for (std::string line; std::getline(info, line);) {
        if (!line.starts_with("Page ") || line.find(" size:") == std::string::npos) continue;
        ++pages;
        CHECK_MESSAGE(line.find(" 841.89 x 595.") != std::string::npos, line);
    }
    CHECK(pages > static_cast<int>(sheet.column_breaks.size()));
    // Every piece of text drawn at 9 points or more (LibreOffice sets 12
    // points as 11.991, hence 8.99 at 75%).
    std::istringstream sizes(
        test::output_of("python3 '" + test::source_path("tests/tools/pdf_text_sizes.py") + "' '" +
                        pdf.string() + "' '" + (dir.path / "q.pdf").string() + "'"));
    int measured = 0;
    for (std::string page, smallest, largest, count;
         sizes >> page >> smallest >> largest >> count;) {
        CAPTURE(page);
        if (count == "0") continue;
        ++measured;
        CHECK(test::decimal(smallest) >= 8.99);
    }
    CHECK(measured == pages);
    // The phrases of each page: the headings and the key columns on every
    // page, every indicator on some page, the signatures on one page.
    test::output_of("pdftotext -bbox -enc UTF-8 '" + pdf.string() + "' '" +
                    (dir.path / "b.html").string() + "'");
    std::istringstream phrases(test::output_of("python3 '" +
                                               test::source_path("tests/tools/pdf_phrases.py") +
                                               "' '" + (dir.path / "b.html").string() + "'"));
    std::map<int, Lines> on_page;
    std::map<std::string, std::pair<int, double>> where; // phrase -> page, top
    for (std::string line; std::getline(phrases, line);) {
        std::istringstream f(line);
        std::string page, top, left, right, text;
        std::getline(f, page, '\t');
        std::getline(f, top, '\t');
        std::getline(f, left, '\t');
        std::getline(f, right, '\t');
        std::getline(f, text);
        // Within the margins (0.5 and 0.4 inch): no text runs off the page,
        // nor is cut where two pages across meet (the title, the notes).
        CHECK_MESSAGE(test::decimal(left) >= 36 - 2, line);
        CHECK_MESSAGE(test::decimal(right) <= 841.89 - 28.8 + 2, line);
        on_page[std::stoi(page)].push_back(text);
        where.emplace(text, std::make_pair(std::stoi(page), test::decimal(top)));
    }
    REQUIRE(static_cast<int>(on_page.size()) == pages);
    // The title whole on the first page, not cut where the pages across meet.
    CHECK(where.count("TỔNG HỢP SỐ LIỆU THỐNG KÊ NĂM 2024") == 1);
    CHECK(where["TỔNG HỢP SỐ LIỆU THỐNG KÊ NĂM 2024"].first == 1);
    for (const auto& entry : on_page) {
        const int page = entry.first;     // (no structured binding: clang 14's lambdas
        const auto& texts = entry.second; // in doctest's macros cannot capture one)
        CAPTURE(page);
        CHECK(std::count(texts.begin(), texts.end(), "Đơn vị") == 1);
        CHECK(std::count(texts.begin(), texts.end(), "STT") == 1);
    }
    for (int i = 1; i <= y.indicators; ++i)
        CHECK_MESSAGE(where.count("Chỉ tiêu số " + std::to_string(i)) == 1, i);
    const Lines signature = {"Hà Tĩnh, ngày 20 tháng 11 năm 2024",
                             "NGƯỜI LẬP BIỂU",
                             "CỤM TRƯỞNG",
                             "KT. CHỦ TỊCH",
                             "PHÓ CHỦ TỊCH",
                             "Trần Quốc Khánh"};
    for (const std::string& phrase : signature) {
        CAPTURE(phrase);
        REQUIRE(where.count(phrase) == 1);
        CHECK(where.at(phrase).first == where.at("NGƯỜI LẬP BIỂU").first);
    }
    // 25 mm on paper to sign and seal, between the title and the name.
    CHECK(where.at("Trần Quốc Khánh").second - where.at("PHÓ CHỦ TỊCH").second >= 25 / 25.4 * 72);
}

TEST_CASE("pages across start between headings, never inside one spanning several columns") {
    // STT and the member, then ten indicators of three columns under their
    // headings; too wide for a page even at 75%.
    xlsx::SheetPlan plan;
    plan.column_widths = {6, 30};
    for (int i = 0; i < 30; ++i)
        plan.column_widths.push_back(10);
    plan.repeat_rows = std::make_pair(5, 6);
    plan.freeze = {7, 2};
    xlsx::Cell text;
    text.kind = xlsx::Cell::Kind::text;
    text.text = "x";
    for (int c = 0; c < 32; ++c)
        plan.cells[{7, c}] = text;
    const xlsx::SheetPlan plain = plan;
    for (int i = 0; i < 10; ++i) {
        const int c = 2 + 3 * i;
        plan.cells[{5, c}] = text;
        plan.merges.push_back({{5, c}, {5, c + 2}});
    }
    CHECK(xlsx::print_scale(plan) == 75);
    const std::vector<int> breaks = xlsx::column_breaks(plan, 75);
    REQUIRE(breaks.size() >= 2);
    for (int c : breaks)
        CHECK((c - 2) % 3 == 0);
    // Without the headings the same widths break inside an indicator: the
    // rule above is what keeps it whole.
    bool inside = false;
    for (int c : xlsx::column_breaks(plain, 75))
        inside = inside || (c - 2) % 3 != 0;
    CHECK(inside);
}
