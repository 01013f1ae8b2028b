// The archive's catalogue (ARCHIVE/index.xlsx), read with openpyxl: every
// cluster-year the archive holds, including one archived later from
// another folder, with its heads and deputies of the year and of the next
// (the 2018 co-heads Thái Bình and Quảng Ninh), its awards, recipients and statuses,
// and its documents with SHA-256s equal to the files'; a history sheet per
// cluster across its years with totals and like-for-like growth, which LibreOffice
// recalculates (a canary proves it did) to the values stored with them and
// to sums worked out by hand; index.xlsx in SHA256SUMS; a second run leaves
// it byte-identical and untouched.
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

    // LibreOffice recalculates every formula (the history sheets' totals
    // and growth) to the value stored with it; openpyxl reads the cells.
    const test::Recalculation lo = test::recalculate(dir.path / "sheets", {index});
    CHECK(test::check_recalculated_as_stored(lo) > 50);
    REQUIRE(lo.dump.contains("index"));
    const std::vector<test::DumpSheet>& sheets = lo.dump.at("index");
    REQUIRE(sheets.size() >= 2);
    CHECK(sheets[0].name == "Danh mục");
    const Sheet& catalogue = sheets[0].cells;
    std::vector<std::string> history;
    for (std::size_t k = 1; k < sheets.size(); ++k)
        history.push_back(sheets[k].name);
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
            CHECK(cell_text(catalogue, r, 11) ==
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
        for (std::size_t d = 0; d < files.size(); ++d) {
            const int r = row + static_cast<int>(d);
            CHECK(cell_text(catalogue, r, 12) == files[d]);
            CHECK(cell_text(catalogue, r, 13) ==
                  *digest::sha256_file(entry.path().parent_path() / files[d]));
        }
    }
    CHECK(listed == 7);

    // The co-heads: named for 2018 by the 2017 file, leading in 2018.
    const std::string co_heads = "Liên minh HTX tỉnh Thái Bình\nLiên minh HTX tỉnh Quảng Ninh";
    const int y2017 = row_of(catalogue, 1, "2017", heading);
    const Sheet& dbsh = sheets[3].cells;
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
