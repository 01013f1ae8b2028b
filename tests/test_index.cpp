// The archive's catalogue (ARCHIVE/index.xlsx), read with openpyxl and
// LibreOffice. Its four catalogue sheets are each one filterable table (an
// autofilter over a header row and the records, named as templates/index.xml
// names the table), one record a row, every row with its year and
// cluster id: the cluster-years, their members, awards and documents, as
// many rows as the samples hold (counted by hand below); LibreOffice reads
// each as a database range with filter buttons, an archive without awards
// too (its header row alone). The records
// equal what the stored sources say: every cluster-year the archive holds,
// including one archived later from another folder, with its heads and
// deputies of the year and of the next (the 2018 co-heads Thái Bình and
// Quảng Ninh), its members and roles, its awards, recipients and statuses,
// and its documents with SHA-256s equal to the files'. A history sheet per
// cluster across its years with totals and like-for-like growth, which
// LibreOffice recalculates (a canary proves it did) to the values stored
// with them and to sums worked out by hand; index.xlsx in SHA256SUMS; a
// second run leaves it byte-identical and untouched; a mistake in
// index.xml's tables stops the archive before anything is written.
#include "digest/sha256.hpp"
#include "sheet_support.hpp"
#include "support.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>

using namespace thidua;
using test::read_file;
using test::run_thidua;
using test::shell;
using test::source_path;
using test::TempDir;
namespace fs = std::filesystem;

namespace {

// A later year of the dbsh sample, archived from another folder: the two
// co-heads named by the 2017 file's succession now lead.
const char* dbsh_2018 = R"(<?xml version="1.0" encoding="UTF-8"?>
<cluster-year format="1" year="2018">
  <cluster id="dbsh" name="Cụm thi đua Liên minh HTX 9 tỉnh Đồng bằng sông Hồng"/>
  <members>
    <member id="ninh-binh" name="Liên minh HTX tỉnh Ninh Bình"/>
    <member id="ha-nam" name="Liên minh HTX tỉnh Hà Nam" role="deputy"/>
    <member id="thai-binh" name="Liên minh HTX tỉnh Thái Bình" role="head"/>
    <member id="quang-ninh" name="Liên minh HTX tỉnh Quảng Ninh" role="head"/>
  </members>
  <statistics>
    <indicator id="so-htx" label="Hợp tác xã" unit="HTX"/>
    <row member="ninh-binh" so-htx="441"/>
    <row member="ha-nam" so-htx="260"/>
    <row member="thai-binh" so-htx="600"/>
    <row member="quang-ninh" so-htx="400"/>
  </statistics>
  <awards>
    <award type="Cờ thi đua" by="Liên minh HTX Việt Nam" member="thai-binh" status="granted"/>
    <award type="Bằng khen" member="ha-nam" recipient="HTX Nông nghiệp Nhân Hòa"/>
  </awards>
  <succession year="2019" head="ha-nam" deputy="ninh-binh"/>
</cluster-year>
)";

using Sheet = std::map<std::pair<int, int>, test::DumpCell>;

std::string cell_text(const Sheet& s, int r, int c) {
    const auto it = s.find({r, c});
    return it == s.end() ? "" : it->second.content;
}

int row_of(const Sheet& s, int col, const std::string& value, int from = 0) {
    for (const auto& [pos, cell] : s) {
        if (pos.first >= from && pos.second == col && cell.content == value) return pos.first;
    }
    return -1;
}

// A number as openpyxl or LibreOffice prints it, whatever the locale.
double number(const std::string& s) {
    const auto v = test::number_in(s);
    CHECK_MESSAGE(v.has_value(), "not a number: " << s);
    return v.value_or(std::nan(""));
}

std::string names(const model::ClusterYear& cy, const std::vector<std::string>& ids) {
    std::string out;
    for (const std::string& id : ids)
        out += (out.empty() ? "" : "\n") + cy.find_member(id)->name;
    return out;
}

std::vector<std::string> ids(const std::vector<const model::Member*>& ms) {
    std::vector<std::string> out;
    for (const model::Member* m : ms)
        out.push_back(m->id);
    return out;
}

// What the archive holds, counted by hand from samples/*.xml and the 2018
// file above: each cluster-year's <member>s, <award>s and documents
// (bien-ban.pdf, thong-ke.xlsx, du-lieu.xml, and giao-uoc.pdf for a year
// with a <covenant>: every sample has one, the 2018 file none).
struct Held {
    int year;
    std::string cluster_id;
    std::string cluster;
    int members, awards, documents;
};
const std::vector<Held> held = {
    {2017, "5-thanh-pho", "Cụm thi đua Liên minh HTX 05 thành phố trực thuộc trung ương", 5, 2, 4},
    {2017, "dbsh", "Cụm thi đua Liên minh HTX 9 tỉnh Đồng bằng sông Hồng", 9, 3, 4},
    {2018, "dbsh", "Cụm thi đua Liên minh HTX 9 tỉnh Đồng bằng sông Hồng", 4, 2, 3},
    {2020, "dbsh-dhbb",
     "Cụm thi đua Liên minh HTX 11 tỉnh, thành phố Đồng bằng sông Hồng và Duyên hải Bắc Bộ", 11, 6,
     4},
    {2020, "tay-nam-song-hau", "Cụm thi đua Tây Nam sông Hậu", 7, 0, 4},
    {2023, "dong-bac", "Cụm thi đua Liên minh HTX các tỉnh Đông Bắc", 6, 2, 4},
    {2024, "cum-mau", "Cụm thi đua Liên minh HTX các tỉnh khu vực A", 3, 3, 4},
};
// Their sums: 7 cluster-years, 5+9+4+11+7+6+3 members, 2+3+2+6+0+2+3
// awards, 6*4+3 documents.
constexpr int held_years = 7, held_members = 45, held_awards = 18, held_documents = 27;

// The four catalogue tables: sheet, table name, headings (templates/index.xml).
struct TableRule {
    std::string sheet, table;
    std::vector<std::string> headings;
};
const std::vector<std::string> leading = {"STT", "Năm", "Mã Cụm", "Cụm thi đua"};
std::vector<std::string> with_leading(const std::vector<std::string>& own) {
    std::vector<std::string> out = leading;
    out.insert(out.end(), own.begin(), own.end());
    return out;
}
const TableRule years_rule{"Các Cụm theo năm", "CumTheoNam",
                           with_leading({"Số thành viên", "Cụm trưởng", "Cụm phó",
                                         "Cụm trưởng năm sau", "Cụm phó năm sau"})};
const TableRule members_rule{"Thành viên", "ThanhVien",
                             with_leading({"Mã đơn vị", "Đơn vị", "Vai trò"})};
const TableRule awards_rule{"Khen thưởng", "KhenThuong",
                            with_leading({"Hình thức khen thưởng", "Cấp khen thưởng", "Mã đơn vị",
                                          "Đơn vị", "Tập thể, cá nhân được khen", "Tình trạng"})};
const TableRule documents_rule{"Tài liệu", "TaiLieu", with_leading({"Tài liệu", "Mã SHA-256"})};

// A record's row and the year and cluster id it carries.
struct Record {
    int row;
    int year;
    std::string cluster_id;
};

// The rules of a catalogue sheet: an autofilter (the catalogue is written
// row by row, in libxlsxwriter's constant_memory mode, which refuses Excel
// tables) over a header row holding the headings and every record, the
// table's name defined in the workbook (`defined`: workbook.xml) for those
// cells; nothing from its header down outside it, one record a row (its
// number counting from 1, its year and cluster id from `held` with the
// cluster's name, the columns `required` never empty). Returns the
// records, top to bottom.
std::vector<Record> check_table(const test::DumpSheet& sheet, const TableRule& rule,
                                const std::vector<int>& required, const std::string& defined) {
    CAPTURE(rule.sheet);
    const Sheet& cells = sheet.cells;
    CHECK(sheet.tables.empty());
    const std::optional<test::CellRange> range = test::parse_range(sheet.autofilter);
    REQUIRE_MESSAGE(range, "no autofilter");
    std::string absolute;
    for (char c : sheet.autofilter) {
        if (c != ':' && (absolute.empty() || absolute.back() == ':' ||
                         (std::isdigit(static_cast<unsigned char>(c)) &&
                          !std::isdigit(static_cast<unsigned char>(absolute.back())))))
            absolute += '$';
        absolute += c;
    }
    CHECK_MESSAGE(defined.find("<definedName name=\"" + rule.table + "\">'" + rule.sheet + "'!" +
                               absolute + "</definedName>") != std::string::npos,
                  "no name " << rule.table << " for " << absolute << " in " << defined);
    const int header = range->first_row;
    CHECK(range->first_col == 0);
    CHECK(range->last_col == static_cast<int>(rule.headings.size()) - 1);
    for (int c = 0; c <= range->last_col; ++c)
        CHECK(cell_text(cells, header, c) == rule.headings[static_cast<std::size_t>(c)]);
    for (const auto& entry : cells) {
        // Named copies: clang 14 cannot capture structured bindings in CHECK's lambda.
        const auto& pos = entry.first;
        const auto& cell = entry.second;
        const bool inside = pos.first <= range->last_row && pos.second <= range->last_col;
        CHECK_MESSAGE((pos.first < header || inside),
                      "row " << pos.first << ", column " << pos.second << " outside the table: '"
                             << cell.content << "'");
    }
    std::vector<Record> records;
    for (int r = header + 1; r <= range->last_row; ++r) {
        CAPTURE(r);
        CHECK(cell_text(cells, r, 0) == std::to_string(r - header));
        const auto year = cells.find({r, 1});
        const bool numeric = year != cells.end() && year->second.kind == 'n';
        CHECK_MESSAGE(numeric, "the year is not a number: '" << cell_text(cells, r, 1) << "'");
        const std::string id = cell_text(cells, r, 2);
        const auto known = std::find_if(held.begin(), held.end(), [&](const Held& h) {
            return numeric && std::to_string(h.year) == year->second.content && h.cluster_id == id;
        });
        CHECK_MESSAGE(known != held.end(),
                      "no cluster-year '" << cell_text(cells, r, 1) << "' '" << id << "'");
        if (known != held.end()) CHECK(cell_text(cells, r, 3) == known->cluster);
        for (int c : required)
            CHECK_MESSAGE(!cell_text(cells, r, c).empty(), "column " << c << " is empty");
        records.push_back({r, known != held.end() ? known->year : 0, id});
    }
    return records;
}

// The records of one cluster-year.
std::vector<int> rows_of(const std::vector<Record>& records, int year, const std::string& id) {
    std::vector<int> out;
    for (const Record& r : records) {
        if (r.year == year && r.cluster_id == id) out.push_back(r.row);
    }
    return out;
}

const test::DumpSheet& sheet_named(const std::vector<test::DumpSheet>& sheets,
                                   const std::string& name) {
    const auto it = std::find_if(sheets.begin(), sheets.end(),
                                 [&](const test::DumpSheet& s) { return s.name == name; });
    REQUIRE_MESSAGE(it != sheets.end(), "no sheet " << name);
    return *it;
}

// LibreOffice holds the catalogue's tables (or an autofilter) as database
// ranges with filter buttons over the same cells as openpyxl reads.
void check_libreoffice_reads(const std::vector<test::LibreOfficeRange>& ranges,
                             const test::DumpSheet& sheet) {
    CAPTURE(sheet.name);
    const std::string cells = sheet.autofilter;
    const auto it = std::find_if(ranges.begin(), ranges.end(), [&](const auto& r) {
        return r.sheet == sheet.name && r.cells == cells;
    });
    REQUIRE_MESSAGE(it != ranges.end(), "LibreOffice has no range " << cells);
    CHECK(it->filter_buttons);
}

const char* role_word(model::Role role) {
    switch (role) {
    case model::Role::head:
        return "Cụm trưởng";
    case model::Role::deputy:
        return "Cụm phó";
    case model::Role::member:
        break;
    }
    return "Thành viên";
}

} // namespace

TEST_CASE("the archive's catalogue: one table a sheet, one record a row, with year and cluster") {
    TempDir dir;
    const fs::path archive = dir.path / "archive";
    const fs::path index = archive / "index.xlsx";
    auto p = run_thidua("archive '" + source_path("samples") + "' -o '" + archive.string() + "'");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    REQUIRE(fs::exists(index));
    // Again: nothing changes, index.xlsx is not even rewritten.
    const std::string before = read_file(index.string());
    fs::last_write_time(index, fs::file_time_type::clock::now() - std::chrono::hours(1));
    const auto stamp = fs::last_write_time(index);
    p = run_thidua("archive '" + source_path("samples") + "' -o '" + archive.string() + "'");
    REQUIRE(p.exit_code == 0);
    CHECK(p.out.find(" 0 files written") != std::string::npos);
    CHECK(read_file(index.string()) == before);
    CHECK(fs::last_write_time(index) == stamp);

    // A later year from another folder joins the catalogue.
    fs::create_directories(dir.path / "later");
    std::ofstream(dir.path / "later" / "dbsh-2018.xml") << dbsh_2018;
    p = run_thidua("archive '" + (dir.path / "later").string() + "' -o '" + archive.string() + "'");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    CHECK(read_file(index.string()) != before);
    const std::string sums = read_file((archive / "SHA256SUMS").string());
    CHECK(sums.find(*digest::sha256_file(index) + "  index.xlsx\n") != std::string::npos);
    CHECK(shell("cd '" + archive.string() + "' && sha256sum -c --quiet SHA256SUMS").exit_code == 0);

    // LibreOffice recalculates every formula (the history sheets' totals
    // and growth) to the value stored with it; openpyxl reads the cells.
    const test::Recalculation lo = test::recalculate(dir.path / "sheets", {index});
    CHECK(test::check_recalculated_as_stored(lo) > 50);
    REQUIRE(lo.dump.contains("index"));
    const std::vector<test::DumpSheet>& sheets = lo.dump.at("index");
    std::vector<std::string> sheet_names;
    for (const test::DumpSheet& s : sheets)
        sheet_names.push_back(s.name);
    CHECK(sheet_names == std::vector<std::string>{"Các Cụm theo năm", "Thành viên", "Khen thưởng",
                                                  "Tài liệu", "5-thanh-pho", "cum-mau", "dbsh",
                                                  "dbsh-dhbb", "dong-bac", "tay-nam-song-hau"});
    REQUIRE(sheets.size() == 10);

    // Each catalogue sheet is one table; every row a record with its year
    // and cluster; as many records as the samples hold.
    const std::string defined = test::output_of(
        "python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1])"
        ".read(\"xl/workbook.xml\").decode())' '" +
        index.string() + "'");
    const std::vector<Record> year_records = check_table(sheets[0], years_rule, {4, 5}, defined);
    const std::vector<Record> member_records =
        check_table(sheets[1], members_rule, {4, 5, 6}, defined);
    const std::vector<Record> award_records =
        check_table(sheets[2], awards_rule, {4, 6, 7, 8, 9}, defined);
    const std::vector<Record> document_records =
        check_table(sheets[3], documents_rule, {4, 5}, defined);
    CHECK(year_records.size() == held_years);
    CHECK(member_records.size() == held_members);
    CHECK(award_records.size() == held_awards);
    CHECK(document_records.size() == held_documents);
    for (const Held& h : held) {
        CAPTURE(h.year);
        CAPTURE(h.cluster_id);
        CHECK(rows_of(year_records, h.year, h.cluster_id).size() == 1);
        CHECK(static_cast<int>(rows_of(member_records, h.year, h.cluster_id).size()) == h.members);
        CHECK(static_cast<int>(rows_of(award_records, h.year, h.cluster_id).size()) == h.awards);
        CHECK(static_cast<int>(rows_of(document_records, h.year, h.cluster_id).size()) ==
              h.documents);
    }
    // Sorted by year, then cluster id.
    for (std::size_t k = 0; k < year_records.size() && k < held.size(); ++k) {
        CHECK(year_records[k].year == held[k].year);
        CHECK(year_records[k].cluster_id == held[k].cluster_id);
    }
    // LibreOffice reads the four tables.
    const auto ranges = test::libreoffice_ranges(dir.path / "ranges", index);
    for (int k = 0; k < 4; ++k)
        check_libreoffice_reads(ranges, sheets[static_cast<std::size_t>(k)]);

    // The records say what every stored source says.
    const Sheet& years = sheets[0].cells;
    const Sheet& members = sheets[1].cells;
    const Sheet& awards_sheet = sheets[2].cells;
    const Sheet& documents = sheets[3].cells;
    int listed = 0;
    for (const auto& entry : fs::recursive_directory_iterator(archive)) {
        if (entry.path().filename() != "du-lieu.xml") continue;
        ++listed;
        auto r = load::load_file(entry.path());
        REQUIRE(r.model);
        const model::ClusterYear& cy = *r.model;
        CAPTURE(cy.cluster.id);
        CAPTURE(cy.year);
        const std::vector<int> year_rows = rows_of(year_records, cy.year, cy.cluster.id);
        REQUIRE(year_rows.size() == 1);
        const int row = year_rows[0];
        CHECK(cell_text(years, row, 4) == std::to_string(cy.members.size()));
        CHECK(cell_text(years, row, 5) == names(cy, ids(cy.heads())));
        CHECK(cell_text(years, row, 6) == names(cy, ids(cy.deputies())));
        CHECK(cell_text(years, row, 7) == (cy.succession ? names(cy, cy.succession->heads) : ""));
        CHECK(cell_text(years, row, 8) ==
              (cy.succession ? names(cy, cy.succession->deputies) : ""));
        const std::vector<int> member_rows = rows_of(member_records, cy.year, cy.cluster.id);
        REQUIRE(member_rows.size() == cy.members.size());
        for (std::size_t m = 0; m < cy.members.size(); ++m) {
            CHECK(cell_text(members, member_rows[m], 4) == cy.members[m].id);
            CHECK(cell_text(members, member_rows[m], 5) == cy.members[m].name);
            CHECK(cell_text(members, member_rows[m], 6) == role_word(cy.members[m].role));
        }
        const std::vector<int> award_rows = rows_of(award_records, cy.year, cy.cluster.id);
        REQUIRE(award_rows.size() == cy.awards.size());
        for (std::size_t a = 0; a < cy.awards.size(); ++a) {
            const model::Award& award = cy.awards[a];
            const int ar = award_rows[a];
            const std::string member = cy.find_member(award.member)->name;
            CHECK(cell_text(awards_sheet, ar, 4) == award.type);
            CHECK(cell_text(awards_sheet, ar, 5) == award.by.value_or(""));
            CHECK(cell_text(awards_sheet, ar, 6) == award.member);
            CHECK(cell_text(awards_sheet, ar, 7) == member);
            CHECK(cell_text(awards_sheet, ar, 8) == award.recipient.value_or(member));
            CHECK(cell_text(awards_sheet, ar, 9) ==
                  (award.status == model::AwardStatus::granted ? "Đã được tặng" : "Đề nghị"));
        }
        // The documents beside the source, each with its SHA-256.
        std::vector<std::string> files;
        for (const auto& f : fs::directory_iterator(entry.path().parent_path())) {
            if (!f.path().filename().string().starts_with("."))
                files.push_back(f.path().filename());
        }
        std::sort(files.begin(), files.end());
        // The covenant only for a year that has one (none of these is a blank form).
        const bool has_covenant =
            std::find(files.begin(), files.end(), "giao-uoc.pdf") != files.end();
        CHECK(has_covenant == cy.covenant.has_value());
        CHECK(files.size() == (cy.covenant ? 4u : 3u));
        const std::vector<int> document_rows = rows_of(document_records, cy.year, cy.cluster.id);
        REQUIRE(document_rows.size() == files.size());
        for (std::size_t d = 0; d < files.size(); ++d) {
            CHECK(cell_text(documents, document_rows[d], 4) == files[d]);
            CHECK(cell_text(documents, document_rows[d], 5) ==
                  *digest::sha256_file(entry.path().parent_path() / files[d]));
        }
    }
    CHECK(listed == held_years);

    // The co-heads: named for 2018 by the 2017 file, leading in 2018.
    const std::string co_heads = "Liên minh HTX tỉnh Thái Bình\nLiên minh HTX tỉnh Quảng Ninh";
    CHECK(cell_text(years, rows_of(year_records, 2017, "dbsh").at(0), 7) == co_heads);
    CHECK(cell_text(years, rows_of(year_records, 2018, "dbsh").at(0), 5) == co_heads);
    const Sheet& dbsh = sheet_named(sheets, "dbsh").cells;
    const int leaders = row_of(dbsh, 0, "Năm");
    REQUIRE(leaders >= 0);
    CHECK(cell_text(dbsh, leaders + 1, 0) == "2017");
    CHECK(cell_text(dbsh, leaders + 1, 1) == "Liên minh HTX tỉnh Ninh Bình");
    CHECK(cell_text(dbsh, leaders + 1, 3) == co_heads);
    CHECK(cell_text(dbsh, leaders + 2, 0) == "2018");
    CHECK(cell_text(dbsh, leaders + 2, 1) == co_heads);
    CHECK(cell_text(dbsh, leaders + 2, 2) == "Liên minh HTX tỉnh Hà Nam");
    CHECK(cell_text(dbsh, leaders + 2, 3) == "Liên minh HTX tỉnh Hà Nam");
    // Awards by member by year.
    const int awards = row_of(dbsh, 1, "Đơn vị");
    REQUIRE(awards > leaders);
    CHECK(cell_text(dbsh, awards, 2) == "Năm 2017");
    CHECK(cell_text(dbsh, awards, 3) == "Năm 2018");
    const int ha_nam = row_of(dbsh, 1, "Liên minh HTX tỉnh Hà Nam", awards);
    // Each with its status: the 2017 file proposes, Thái Bình's 2018 flag was granted.
    CHECK(cell_text(dbsh, ha_nam, 2) == "Giấy khen: 01 HTX nông nghiệp (đề nghị)");
    CHECK(cell_text(dbsh, ha_nam, 3) == "Bằng khen: HTX Nông nghiệp Nhân Hòa (đề nghị)");
    const int thai_binh_awards = row_of(dbsh, 1, "Liên minh HTX tỉnh Thái Bình", awards);
    CHECK(cell_text(dbsh, thai_binh_awards, 2) == "");
    CHECK(cell_text(dbsh, thai_binh_awards, 3) == "Cờ thi đua (đã được tặng)");
    // The so-htx indicator over both years: totals and growth as formulas,
    // recalculated by LibreOffice and stored (openpyxl) as sums worked out
    // here by hand from dbsh-2017.xml and the 2018 file above.
    const int table = row_of(dbsh, 1, "Đơn vị", awards + 1);
    REQUIRE(table > awards);
    CHECK(cell_text(dbsh, table, 4) == "Tăng trưởng 2018 so với 2017");
    const int total = row_of(dbsh, 0, "Toàn Cụm", table);
    REQUIRE(total > table);
    const test::Grid recalculated = lo.recalculated("index", "dbsh");
    const auto formula_gives = [&](int r, int c, double expected) {
        CAPTURE(r);
        CAPTURE(c);
        CHECK(dbsh.at({r, c}).kind == 'f');
        CHECK(number(test::at(recalculated, r, c)) == doctest::Approx(expected).epsilon(1e-8));
        CHECK(number(dbsh.at({r, c}).stored) == doctest::Approx(expected).epsilon(1e-8));
    };
    const double htx_2017 = 420 + 260 + 620 + 560 + 470 + 380 + 600 + 420 + 409;
    const double htx_2018 = 441 + 260 + 600 + 400;
    formula_gives(total, 2, htx_2017);
    formula_gives(total, 3, htx_2018);
    // The growth compares like for like: the four members of 2018 against
    // their own 2017 figures (Ninh Bình, Hà Nam, Thái Bình, Quảng Ninh).
    const double htx_2017_same = 420 + 260 + 560 + 409;
    formula_gives(total, 4, (htx_2018 - htx_2017_same) / htx_2017_same);
    const int thai_binh = row_of(dbsh, 1, "Liên minh HTX tỉnh Thái Bình", table);
    CHECK(cell_text(dbsh, thai_binh, 2) == "560");
    CHECK(cell_text(dbsh, thai_binh, 3) == "600");
    formula_gives(thai_binh, 4, (600.0 - 560.0) / 560.0);
    // A member of 2017 only: no 2018 value, no growth.
    const int hai_duong = row_of(dbsh, 1, "Liên minh HTX tỉnh Hải Dương", table);
    CHECK(cell_text(dbsh, hai_duong, 3) == "");
    CHECK(dbsh.at({hai_duong, 4}).stored == "");
    CHECK(test::at(recalculated, hai_duong, 4) == "");
}

TEST_CASE("a catalogue without awards keeps their header row, with an autofilter") {
    TempDir dir;
    fs::create_directories(dir.path / "src");
    fs::copy_file(source_path("samples/tay-nam-song-hau-2020.xml"),
                  dir.path / "src" / "tay-nam-song-hau-2020.xml");
    const fs::path archive = dir.path / "archive";
    const fs::path index = archive / "index.xlsx";
    const auto p =
        run_thidua("archive '" + (dir.path / "src").string() + "' -o '" + archive.string() + "'");
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    const test::Process read =
        shell("/usr/bin/python3 '" + source_path("tests/tools/read_workbook.py") + "' '" +
              index.string() + "'");
    REQUIRE(read.exit_code == 0);
    const test::Dump dump = test::read_dump(read.out);
    REQUIRE(dump.contains("index"));
    const std::vector<test::DumpSheet>& sheets = dump.at("index");
    REQUIRE(sheets.size() == 5);
    // The sample's one cluster-year, 7 members, no award, 4 documents.
    const std::string defined = test::output_of(
        "python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1])"
        ".read(\"xl/workbook.xml\").decode())' '" +
        index.string() + "'");
    CHECK(check_table(sheets[0], years_rule, {4, 5}, defined).size() == 1);
    CHECK(check_table(sheets[1], members_rule, {4, 5, 6}, defined).size() == 7);
    CHECK(check_table(sheets[2], awards_rule, {}, defined).empty());
    CHECK(check_table(sheets[3], documents_rule, {4, 5}, defined).size() == 4);
    const auto ranges = test::libreoffice_ranges(dir.path / "ranges", index);
    for (int k = 0; k < 4; ++k)
        check_libreoffice_reads(ranges, sheets[static_cast<std::size_t>(k)]);
}

TEST_CASE("a mistake in index.xml's tables stops the archive before anything is written") {
    TempDir dir;
    const fs::path templates = dir.path / "templates";
    fs::create_directories(templates);
    for (const auto& f : fs::directory_iterator(source_path("templates"))) {
        if (f.path().extension() == ".xml")
            fs::copy_file(f.path(), templates / f.path().filename());
    }
    std::string index = read_file(source_path("templates/index.xml"));
    const auto replace = [&](const std::string& from, const std::string& to) {
        const auto at = index.find(from);
        REQUIRE(at != std::string::npos);
        index.replace(at, from.size(), to);
    };
    replace("member=\"Đơn vị\" role=", "member=\"mã Đơn Vị\" role=");
    replace("table=\"KhenThuong\"", "table=\"Khen thưởng\"");
    replace("table=\"TaiLieu\"", "table=\"cumtheonam\"");
    replace("sha256=\"Mã SHA-256\"", "sha256=\"\"");
    std::ofstream(templates / "index.xml") << index;
    const fs::path archive = dir.path / "archive";
    const auto p = run_thidua("archive '" + source_path("samples") + "' -o '" + archive.string() +
                              "' --templates '" + templates.string() + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find("index.xml:") != std::string::npos);
    CHECK(p.err.find("error: the column heading 'mã Đơn Vị' is already that of another column "
                     "on line ") != std::string::npos);
    CHECK(p.err.find("error: the table name 'Khen thưởng' contains ' '; a table name has only "
                     "letters without marks, digits, '_' and '.', e.g. ThanhVien") !=
          std::string::npos);
    CHECK(p.err.find("error: the table name 'cumtheonam' is already used on line ") !=
          std::string::npos);
    CHECK(p.err.find("error: the column heading 'sha256' is empty") != std::string::npos);
    CHECK_FALSE(fs::exists(archive / "index.xlsx"));
}
