// The archive's catalogue (ARCHIVE/index.xlsx), read with openpyxl: every
// cluster-year the archive holds, including one archived later from
// another folder, with its heads and deputies of the year and of the next
// (the 2018 co-heads Thái Bình and Quảng Ninh), its awards and recipients,
// and its documents with SHA-256s equal to the files'; a history sheet per
// cluster across its years with totals and growth; index.xlsx in
// SHA256SUMS; a second run leaves it byte-identical and untouched.
#include "digest/sha256.hpp"
#include "support.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
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

struct Cell {
    std::string kind, content, stored;
};
using Sheet = std::map<std::pair<int, int>, Cell>;

// read_workbook.py's output for one file: the sheets in order, with cells.
std::vector<std::pair<std::string, Sheet>> read_workbook(const fs::path& file) {
    const auto p = shell("/usr/bin/python3 '" + source_path("tests/tools/read_workbook.py") +
                         "' '" + file.string() + "'");
    REQUIRE(p.exit_code == 0);
    std::vector<std::pair<std::string, Sheet>> out;
    std::istringstream in(p.out);
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> f(1);
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '\t') {
                f.emplace_back();
            } else if (line[i] == '\\' && i + 1 < line.size()) {
                const char n = line[++i];
                f.back() += n == 'n' ? '\n' : n == 't' ? '\t' : n;
            } else {
                f.back() += line[i];
            }
        }
        if (f[0] == "sheet") out.emplace_back(f[1], Sheet{});
        if (f[0] == "cell" && f.size() == 7 && !out.empty())
            out.back().second[{std::stoi(f[1]), std::stoi(f[2])}] = {f[3], f[5], f[6]};
    }
    return out;
}

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

// A number as openpyxl prints it, whatever the locale.
double number(const std::string& s) {
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    CHECK_MESSAGE((r.ec == std::errc() && r.ptr == s.data() + s.size()), "not a number: " << s);
    return v;
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

} // namespace

TEST_CASE("the archive's catalogue lists every cluster-year, its leaders, awards and documents") {
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

    const auto sheets = read_workbook(index);
    REQUIRE(sheets.size() >= 2);
    CHECK(sheets[0].first == "Danh mục");
    const Sheet& catalogue = sheets[0].second;
    std::vector<std::string> history;
    for (std::size_t k = 1; k < sheets.size(); ++k)
        history.push_back(sheets[k].first);
    CHECK(history == std::vector<std::string>{"5-thanh-pho", "cum-mau", "dbsh", "dbsh-dhbb",
                                              "dong-bac", "tay-nam-song-hau"});

    // Every stored source is a cluster-year of the catalogue.
    const int heading = row_of(catalogue, 0, "STT");
    REQUIRE(heading >= 0);
    int listed = 0;
    for (const auto& entry : fs::recursive_directory_iterator(archive)) {
        if (entry.path().filename() != "du-lieu.xml") continue;
        ++listed;
        auto r = load::load_file(entry.path());
        REQUIRE(r.model);
        const model::ClusterYear& cy = *r.model;
        CAPTURE(cy.cluster.id);
        CAPTURE(cy.year);
        int row = -1;
        for (int from = heading; row < 0 && from >= 0;) {
            const int at = row_of(catalogue, 2, cy.cluster.name, from);
            if (at < 0) break;
            if (cell_text(catalogue, at, 1) == std::to_string(cy.year)) row = at;
            from = at + 1;
        }
        REQUIRE(row > heading);
        CHECK(cell_text(catalogue, row, 4) == names(cy, ids(cy.heads())));
        CHECK(cell_text(catalogue, row, 5) == names(cy, ids(cy.deputies())));
        CHECK(cell_text(catalogue, row, 6) ==
              (cy.succession ? names(cy, cy.succession->heads) : ""));
        CHECK(cell_text(catalogue, row, 7) ==
              (cy.succession ? names(cy, cy.succession->deputies) : ""));
        for (std::size_t m = 0; m < cy.members.size(); ++m)
            CHECK(cell_text(catalogue, row + static_cast<int>(m), 3) == cy.members[m].name);
        for (std::size_t a = 0; a < cy.awards.size(); ++a) {
            const model::Award& award = cy.awards[a];
            const int r = row + static_cast<int>(a);
            const std::string member = cy.find_member(award.member)->name;
            CHECK(cell_text(catalogue, r, 8) == award.type);
            CHECK(cell_text(catalogue, r, 9) == member);
            CHECK(cell_text(catalogue, r, 10) == award.recipient.value_or(member));
        }
        // The documents beside the source, each with its SHA-256.
        std::vector<std::string> files;
        for (const auto& f : fs::directory_iterator(entry.path().parent_path())) {
            if (!f.path().filename().string().starts_with("."))
                files.push_back(f.path().filename());
        }
        std::sort(files.begin(), files.end());
        CHECK(files.size() == 4);
        for (std::size_t d = 0; d < files.size(); ++d) {
            const int r = row + static_cast<int>(d);
            CHECK(cell_text(catalogue, r, 11) == files[d]);
            CHECK(cell_text(catalogue, r, 12) ==
                  *digest::sha256_file(entry.path().parent_path() / files[d]));
        }
    }
    CHECK(listed == 7);

    // The co-heads: named for 2018 by the 2017 file, leading in 2018.
    const std::string co_heads = "Liên minh HTX tỉnh Thái Bình\nLiên minh HTX tỉnh Quảng Ninh";
    const int y2017 = row_of(catalogue, 1, "2017", heading);
    const Sheet& dbsh = sheets[3].second;
    const int leaders = row_of(dbsh, 0, "Năm");
    REQUIRE(leaders >= 0);
    CHECK(cell_text(dbsh, leaders + 1, 0) == "2017");
    CHECK(cell_text(dbsh, leaders + 1, 1) == "Liên minh HTX tỉnh Ninh Bình");
    CHECK(cell_text(dbsh, leaders + 1, 3) == co_heads);
    CHECK(cell_text(dbsh, leaders + 2, 0) == "2018");
    CHECK(cell_text(dbsh, leaders + 2, 1) == co_heads);
    CHECK(cell_text(dbsh, leaders + 2, 2) == "Liên minh HTX tỉnh Hà Nam");
    CHECK(cell_text(dbsh, leaders + 2, 3) == "Liên minh HTX tỉnh Hà Nam");
    CHECK(y2017 > heading);
    // Awards by member by year.
    const int awards = row_of(dbsh, 1, "Đơn vị");
    REQUIRE(awards > leaders);
    CHECK(cell_text(dbsh, awards, 2) == "Năm 2017");
    CHECK(cell_text(dbsh, awards, 3) == "Năm 2018");
    const int ha_nam = row_of(dbsh, 1, "Liên minh HTX tỉnh Hà Nam", awards);
    CHECK(cell_text(dbsh, ha_nam, 2) == "Giấy khen: 01 HTX nông nghiệp");
    CHECK(cell_text(dbsh, ha_nam, 3) == "Bằng khen: HTX Nông nghiệp Nhân Hòa");
    // The so-htx indicator over both years: totals and growth as formulas
    // stored with the engine's figures (4139 in 2017, 1701 in 2018).
    const int table = row_of(dbsh, 1, "Đơn vị", awards + 1);
    REQUIRE(table > awards);
    CHECK(cell_text(dbsh, table, 4) == "Tăng trưởng 2018 so với 2017");
    const int total = row_of(dbsh, 0, "Toàn Cụm", table);
    REQUIRE(total > table);
    const Cell& t2017 = dbsh.at({total, 2});
    const Cell& t2018 = dbsh.at({total, 3});
    const Cell& growth = dbsh.at({total, 4});
    CHECK(t2017.kind == "f");
    CHECK(t2017.stored == "4139");
    CHECK(t2018.stored == "1701");
    CHECK(growth.kind == "f");
    CHECK(number(growth.stored) == doctest::Approx((1701.0 - 4139.0) / 4139.0).epsilon(1e-8));
    const int thai_binh = row_of(dbsh, 1, "Liên minh HTX tỉnh Thái Bình", table);
    CHECK(cell_text(dbsh, thai_binh, 2) == "560");
    CHECK(cell_text(dbsh, thai_binh, 3) == "600");
    CHECK(number(dbsh.at({thai_binh, 4}).stored) == doctest::Approx(40.0 / 560.0).epsilon(1e-8));
    // A member of 2017 only: no 2018 value, no growth.
    const int hai_duong = row_of(dbsh, 1, "Liên minh HTX tỉnh Hải Dương", table);
    CHECK(cell_text(dbsh, hai_duong, 3) == "");
    CHECK(dbsh.at({hai_duong, 4}).stored == "");
}
