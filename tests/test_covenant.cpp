// The covenant form: every member signs in exactly one block, no block
// crosses a page, the legal bases follow the covenant's date, a blank form
// prints complete.
#include "doc/template.hpp"
#include "support.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace thidua;
namespace fs = std::filesystem;

namespace {

using test::TempDir;

std::string run(const std::string& command) {
    TempDir dir;
    const std::string out = (dir.path / "out").string();
    const int status = std::system((command + " >'" + out + "' 2>&1").c_str());
    INFO(command);
    INFO(test::read_file(out));
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    return test::read_file(out);
}

const std::vector<std::string> provinces = {
    "Hà Nội",     "Huế",      "Lai Châu",  "Điện Biên", "Sơn La",      "Lạng Sơn",    "Quảng Ninh",
    "Thanh Hóa",  "Nghệ An",  "Hà Tĩnh",   "Cao Bằng",  "Tuyên Quang", "Lào Cai",     "Thái Nguyên",
    "Phú Thọ",    "Bắc Ninh", "Hưng Yên",  "Hải Phòng", "Ninh Bình",   "Quảng Trị",   "Đà Nẵng",
    "Quảng Ngãi", "Gia Lai",  "Khánh Hòa", "Lâm Đồng",  "Đắk Lắk",     "Hồ Chí Minh", "Đồng Nai",
    "Tây Ninh",   "Cần Thơ",  "Vĩnh Long", "Đồng Tháp", "Cà Mau",      "An Giang"};

// A cluster-year of n members; the first is head, the second deputy.
std::string cluster_of(std::size_t n, const std::string& extra = "") {
    std::string xml = "<cluster-year format=\"1\" year=\"2024\">\n"
                      "  <cluster id=\"cum-thu\" name=\"Cụm thi đua thử nghiệm\"/>\n  <members>\n";
    for (std::size_t k = 0; k < n; ++k) {
        xml += "    <member id=\"m" + std::to_string(k) + "\" name=\"Liên minh HTX tỉnh " +
               provinces[k] + "\"" +
               (k == 0   ? " role=\"head\""
                : k == 1 ? " role=\"deputy\""
                         : "") +
               "/>\n";
    }
    return xml + "  </members>\n" + extra + "</cluster-year>\n";
}

struct Grid {
    std::map<std::string, int> counts;
    int split = -1;
    int columns = 0;
};

// Renders the covenant of `xml` and reads its signature grid back from the PDF.
Grid grid_of(const std::string& xml, const std::vector<std::string>& upper_names) {
    TempDir dir;
    std::ofstream(dir.path / "in.xml") << xml;
    run(std::string("'") + THIDUA_EXE + "' render '" + (dir.path / "in.xml").string() + "' -o '" +
        dir.path.string() + "' --only covenant");
    fs::path pdf;
    for (const auto& e : fs::recursive_directory_iterator(dir.path)) {
        if (e.path().filename() == "giao-uoc.pdf") pdf = e.path();
    }
    REQUIRE(!pdf.empty());
    run("pdftotext -bbox -enc UTF-8 '" + pdf.string() + "' '" + (dir.path / "bbox.html").string() +
        "'");
    std::ofstream names(dir.path / "names.txt");
    for (const std::string& n : upper_names)
        names << n << "\n";
    names.close();
    const std::string json =
        run("python3 '" + test::source_path("tests/tools/signature_grid.py") + "' '" +
            (dir.path / "bbox.html").string() + "' '" + (dir.path / "names.txt").string() + "'");
    Grid g;
    for (const std::string& n : upper_names) {
        const std::string key = "\"" + n + "\": ";
        const std::size_t at = json.find(key);
        g.counts[n] = at == std::string::npos ? -1 : std::stoi(json.substr(at + key.size()));
    }
    g.split = std::stoi(json.substr(json.find("\"split\": ") + 9));
    g.columns = std::stoi(json.substr(json.find("\"columns\": ") + 11));
    return g;
}

std::vector<std::string> bases_for(const std::string& date) {
    diag::Diagnostics diags("covenant.xml");
    const auto t = doc::Template::load(test::source_path("templates/covenant.xml"), diags);
    INFO(diags.format());
    REQUIRE(t);
    const std::string xml = cluster_of(3, "  <covenant date=\"" + date + "\"/>\n");
    const auto r = load::load_text(xml, "x.xml");
    REQUIRE(r.model);
    std::vector<std::string> out;
    for (const doc::Block& b : t->render(*r.model).blocks) {
        const auto* p = std::get_if<doc::Paragraph>(&b.item);
        if (!p || p->spans.empty() || p->spans[0].text.rfind("Căn cứ", 0) != 0) continue;
        std::string text;
        for (const auto& s : p->spans)
            text += s.text;
        out.push_back(text);
    }
    return out;
}

bool starts(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

} // namespace

TEST_CASE("every member signs in exactly one block, and no block crosses a page") {
    for (std::size_t n : {2u, 5u, 6u, 9u, 11u, 34u}) {
        CAPTURE(n);
        std::vector<std::string> names;
        for (std::size_t k = 0; k < n; ++k) {
            names.push_back(text::to_upper("Liên minh HTX tỉnh " + provinces[k]));
        }
        const Grid g = grid_of(cluster_of(n), names);
        for (const auto& entry : g.counts) {
            CAPTURE(entry.first); // named, not a structured binding: clang 14 cannot capture those
            CHECK(entry.second == 1);
        }
        CHECK(g.split == 0);
        CHECK((g.columns == 2 || g.columns == 3));
    }
}

TEST_CASE("every sample's covenant has each member once and its targets in order") {
    for (const char* sample : {"dong-bac-2023.xml", "dbsh-dhbb-2020.xml", "5-thanh-pho-2017.xml",
                               "tay-nam-song-hau-2020.xml", "dbsh-2017.xml"}) {
        CAPTURE(sample);
        const auto r = load::load_file(test::source_path(std::string("samples/") + sample));
        REQUIRE(r.model);
        std::vector<std::string> names;
        for (const auto& m : r.model->members)
            names.push_back(text::to_upper(m.name));
        const Grid g =
            grid_of(test::read_file(test::source_path(std::string("samples/") + sample)), names);
        for (const auto& entry : g.counts) {
            CAPTURE(entry.first); // named, not a structured binding: clang 14 cannot capture those
            CHECK(entry.second == 1);
        }
        CHECK(g.split == 0);
        // Targets, numbered, in the file's order.
        TempDir dir;
        run(std::string("'") + THIDUA_EXE + "' render '" +
            test::source_path(std::string("samples/") + sample) + "' -o '" + dir.path.string() +
            "' --only covenant");
        const fs::path pdf =
            dir.path / r.model->cluster.id / std::to_string(r.model->year) / "giao-uoc.pdf";
        std::string text = run("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
        std::replace(text.begin(), text.end(), '\n', ' ');
        std::size_t at = 0;
        const auto& targets = r.model->covenant->targets;
        for (std::size_t k = 0; k < targets.size(); ++k) {
            const std::string number = "1." + std::to_string(k + 1) + ". ";
            const std::size_t found = text.find(number, at);
            CHECK_MESSAGE(found != std::string::npos, number);
            if (found != std::string::npos) at = found;
        }
        CHECK(text.find("GIAO ƯỚC THI ĐUA NĂM " + std::to_string(r.model->covenant->year)) !=
              std::string::npos);
        const std::string fonts = run("pdffonts '" + pdf.string() + "'");
        CHECK(fonts.find(" no ") == std::string::npos);
        run("qpdf --check '" + pdf.string() + "'");
    }
}

TEST_CASE("the legal bases follow the covenant's date") {
    const auto b2017 = bases_for("2017-06-01");
    REQUIRE(b2017.size() == 2);
    CHECK(starts(b2017[0], "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003"));
    CHECK(starts(b2017[1], "Căn cứ Nghị định số 42/2010/NĐ-CP"));
    CHECK(b2017[1].back() == '.');
    CHECK(b2017[0].back() == ';');

    const auto b2020 = bases_for("2020-12-15");
    REQUIRE(b2020.size() == 3);
    CHECK(starts(b2020[0], "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003"));
    CHECK(starts(b2020[1], "Căn cứ Nghị định số 91/2017/NĐ-CP"));
    CHECK(starts(b2020[2], "Căn cứ Quyết định số 429/QĐ-LMHTXVN"));

    const auto b2024 = bases_for("2024-11-20");
    REQUIRE(b2024.size() == 3);
    CHECK(starts(b2024[0], "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"));
    CHECK(starts(b2024[1], "Căn cứ Nghị định số 98/2023/NĐ-CP"));
    CHECK(starts(b2024[2], "Căn cứ Quyết định số 429/QĐ-LMHTXVN"));

    const auto b2026 = bases_for("2026-01-15");
    REQUIRE(b2026.size() == 3);
    CHECK(starts(b2026[1], "Căn cứ Nghị định số 152/2025/NĐ-CP"));

    // The days a decree changes hands.
    CHECK(starts(bases_for("2017-09-30")[1], "Căn cứ Nghị định số 42/2010/NĐ-CP"));
    CHECK(starts(bases_for("2017-10-01")[1], "Căn cứ Nghị định số 91/2017/NĐ-CP"));
    CHECK(starts(bases_for("2025-06-30")[1], "Căn cứ Nghị định số 98/2023/NĐ-CP"));
    CHECK(starts(bases_for("2025-07-01")[1], "Căn cứ Nghị định số 152/2025/NĐ-CP"));
}

namespace {

// The "Căn cứ ..." paragraphs of the covenant made from `covenant` (a
// <covenant> element for a two-member cluster-year of 2023).
std::vector<std::string> cited(const std::string& covenant, std::string* warnings = nullptr) {
    diag::Diagnostics diags("covenant.xml");
    const auto t = doc::Template::load(test::source_path("templates/covenant.xml"), diags);
    REQUIRE(t);
    const auto r = load::load_text(cluster_of(2, covenant), "x.xml");
    REQUIRE(r.model);
    if (warnings) *warnings = r.diagnostics.format();
    std::vector<std::string> out;
    for (const doc::Block& b : t->render(*r.model).blocks) {
        const auto* p = std::get_if<doc::Paragraph>(&b.item);
        if (!p || p->spans.empty() || !starts(p->spans[0].text, "Căn cứ")) continue;
        std::string text;
        for (const auto& span : p->spans)
            text += span.text;
        out.push_back(text);
    }
    return out;
}

} // namespace

TEST_CASE("bases written in the file add to the data file's, one citation per document") {
    // Signed on 2024-11-20: the defaults in force are the 2022 law, Decree
    // 98/2023 and Decision 429. The file cites the law again (no second
    // citation), Decree 98/2023 in its own words (replacing the default in
    // its place) and a resolution of the cluster (added at the end).
    const auto bases =
        cited("  <covenant date=\"2024-11-20\">\n"
              "    <basis>Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022</basis>\n"
              "    <basis>Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ</basis>\n"
              "    <basis>Nghị quyết số 01/NQ-CTĐ của Cụm</basis>\n  </covenant>\n");
    CHECK(bases == std::vector<std::string>{
                       "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                       "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ;",
                       "Căn cứ Quyết định số 429/QĐ-LMHTXVN ngày 18 tháng 11 năm 2019 của Liên "
                       "minh Hợp tác xã Việt Nam ban hành Quy chế Thi đua, Khen thưởng trong hệ "
                       "thống Liên minh Hợp tác xã Việt Nam;",
                       "Căn cứ Nghị quyết số 01/NQ-CTĐ của Cụm."});
}

TEST_CASE("bases=\"replace\" cites the file's bases alone, with a warning") {
    std::string warnings;
    const auto bases = cited("  <covenant date=\"2024-11-20\" bases=\"replace\">\n"
                             "    <basis>Nghị quyết số 01/NQ-CTĐ của Cụm</basis>\n  </covenant>\n",
                             &warnings);
    CHECK(bases == std::vector<std::string>{"Căn cứ Nghị quyết số 01/NQ-CTĐ của Cụm."});
    CHECK(warnings.find("warning: bases=\"replace\": the covenant cites only this file's <basis> "
                        "elements, none of the laws and decrees of templates/bases.xml") !=
          std::string::npos);
}

TEST_CASE("Decree 152/2025 is cited with a fill-in line for its date") {
    const auto bases = cited("  <covenant date=\"2026-01-15\"/>\n");
    REQUIRE(bases.size() == 3);
    CHECK(starts(bases[1], "Căn cứ Nghị định số 152/2025/NĐ-CP ngày ..... tháng ..... năm 2025 của "
                           "Chính phủ"));
}

TEST_CASE("a mistake in the bases file is reported with its file, line and column") {
    TempDir dir;
    std::ofstream(dir.path / "covenant.xml")
        << "<template bases-file=\"bases.xml\"><p>x</p></template>\n";
    std::ofstream(dir.path / "bases.xml")
        << "<bases>\n  <basis from=\"2024-13-01\">Luật</basis>\n  <basi>x</basi>\n</bases>\n";
    diag::Diagnostics diags((dir.path / "covenant.xml").string());
    CHECK_FALSE(doc::Template::load(dir.path / "covenant.xml", diags));
    const std::string b = (dir.path / "bases.xml").string();
    CHECK(diags.format() ==
          b + ":2:16: error: '2024-13-01' is not a date; write YYYY-MM-DD, e.g. 2024-01-01\n" + b +
              ":3:3: error: <basi> is not allowed in <bases>; write <basis>\n");
    diag::Diagnostics escape("t.xml");
    CHECK_FALSE(doc::Template::parse("<template bases-file=\"../x.xml\"/>", escape, dir.path));
    CHECK(escape.format() == "t.xml:1:23: error: bases-file names a file in the template's own "
                             "folder, e.g. bases-file=\"bases.xml\"\n");
}

TEST_CASE("a file with only the cluster, its members and the covenant's year prints a whole form") {
    TempDir dir;
    std::ofstream(dir.path / "blank.xml") << cluster_of(4, "  <covenant year=\"2025\"/>\n");
    run(std::string("'") + THIDUA_EXE + "' render '" + (dir.path / "blank.xml").string() +
        "' -o '" + dir.path.string() + "' --only covenant");
    std::string text =
        run("pdftotext -enc UTF-8 '" + (dir.path / "cum-thu/2024/giao-uoc.pdf").string() + "' -");
    std::replace(text.begin(), text.end(), '\n', ' ');
    for (const char* needle :
         {"GIAO ƯỚC THI ĐUA NĂM 2025", "Số: ....../GƯTĐ-CTĐ", "ngày ..... tháng ..... năm .......",
          "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "1.1. ..........",
          "- Liên minh HTX tỉnh Hà Nội: ..........", "Tổ chức thực hiện",
          "TM. LIÊN MINH HTX TỈNH HÀ NỘI", "TM. LIÊN MINH HTX TỈNH ĐIỆN BIÊN"}) {
        CHECK_MESSAGE(text.find(needle) != std::string::npos, needle);
    }
}

TEST_CASE("short names sign in three columns, long ones in two") {
    std::string xml = "<cluster-year format=\"1\" year=\"2024\">\n"
                      "  <cluster id=\"cum-ngan\" name=\"Cụm ngắn\"/>\n  <members>\n";
    std::vector<std::string> names;
    for (char c = 'A'; c <= 'I'; ++c) {
        const std::string name = std::string("Tỉnh ") + c;
        xml += "    <member id=\"t-" + std::string(1, static_cast<char>(c + 32)) + "\" name=\"" +
               name + "\"" + (c == 'A' ? " role=\"head\"" : "") + "/>\n";
        names.push_back(text::to_upper(name));
    }
    xml += "  </members>\n</cluster-year>\n";
    const Grid short_names = grid_of(xml, names);
    CHECK(short_names.columns == 3);
    CHECK(short_names.split == 0);
    for (const auto& [name, count] : short_names.counts)
        CHECK(count == 1);
    std::vector<std::string> long_names;
    for (std::size_t k = 0; k < 9; ++k) {
        long_names.push_back(text::to_upper("Liên minh HTX tỉnh " + provinces[k]));
    }
    CHECK(grid_of(cluster_of(9), long_names).columns == 2);
}
