// Signing authority (Decree 30/2020, Appendix I, II.7): a representative's
// authority as written or following the title, the checks when it does not
// fit the title, and the covenant's signature blocks as the PDF reads back:
// TM. and the member, the authority over the head's title, the signer's
// own title, room to sign, the name.
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace thidua;
namespace fs = std::filesystem;
using Lines = std::vector<std::string>;

namespace {

// A cluster-year whose k-th member (from line 5) has the k-th
// representative (none when the text is empty); the first member is the
// head, the second the deputy.
std::string with_representatives(const Lines& representatives, const std::string& extra = "") {
    static const Lines places = {"Hà Tĩnh", "Nghệ An",   "Quảng Bình", "Quảng Trị",
                                 "Huế",     "Thanh Hóa", "Ninh Bình"};
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<cluster-year format=\"1\" year=\"2024\">\n"
                      "  <cluster id=\"bac-trung-bo\" name=\"Cụm thi đua Bắc Trung Bộ\"/>\n"
                      "  <members>\n";
    for (std::size_t k = 0; k < representatives.size(); ++k) {
        const std::string role = k == 0 ? " role=\"head\"" : k == 1 ? " role=\"deputy\"" : "";
        xml += "    <member id=\"m" + std::to_string(k) + "\" name=\"Liên minh HTX " +
               (places[k] == "Huế" ? "thành phố " : "tỉnh ") + places[k] + "\"" + role + ">" +
               representatives[k] + "</member>\n";
    }
    return xml + "  </members>\n" + extra + "</cluster-year>\n";
}

// One signature block as the PDF reads back (tests/tools/signature_blocks.py).
struct Block {
    int page = 0, column = 0, columns = 0;
    double room = 0;   // from the top of the line above the name to the name's
    double spread = 0; // how far apart the lines' centres are
    Lines lines;
};

std::vector<Block> blocks_of(const fs::path& pdf, const std::string& first_word) {
    const fs::path bbox = pdf.parent_path() / "bbox.html";
    test::output_of("pdftotext -bbox -enc UTF-8 '" + pdf.string() + "' '" + bbox.string() + "'");
    const std::string out =
        test::output_of("python3 '" + test::source_path("tests/tools/signature_blocks.py") + "' '" +
                        bbox.string() + "' '" + first_word + "'");
    std::vector<Block> blocks;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
        std::istringstream fields(line);
        Lines f;
        for (std::string field; std::getline(fields, field, '\t');)
            f.push_back(field);
        REQUIRE(f.size() >= 6);
        Block b{std::stoi(f[0]),     std::stoi(f[1]),     std::stoi(f[2]),
                test::decimal(f[3]), test::decimal(f[4]), Lines(f.begin() + 5, f.end())};
        blocks.push_back(std::move(b));
    }
    return blocks;
}

// The covenant of `xml`, rendered by the executable into `dir`.
fs::path covenant_pdf(const test::TempDir& dir, const std::string& xml) {
    std::ofstream(dir.path / "in.xml") << xml;
    test::output_of(std::string("'") + THIDUA_EXE + "' render '" + (dir.path / "in.xml").string() +
                    "' -o '" + dir.path.string() + "' --only covenant");
    return dir.path / "bac-trung-bo" / "2024" / "giao-uoc.pdf";
}

std::string joined(const Lines& lines, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t k = from; k < to && k < lines.size(); ++k)
        out += (out.empty() ? "" : " ") + lines[k];
    return out;
}

const model::Representative& representative(const model::ClusterYear& cy, std::size_t k) {
    REQUIRE(cy.members.at(k).representative);
    return *cy.members[k].representative;
}

} // namespace

TEST_CASE("a representative's authority follows the title unless the file says it") {
    const auto r = load::load_text(
        with_representatives({
            "<representative name=\"Trần Quốc Khánh\" title=\"Phó Chủ tịch\"/>",
            "<representative name=\"Nguyễn Văn Bình\" title=\"Chủ tịch\"/>",
            "<representative name=\"Lê Thị Hoa\" title=\"Phó Chủ tịch\" authority=\"Q\"/>",
            "<representative name=\"Phạm Văn Đức\" title=\"Chánh Văn phòng\" authority=\"TL\" "
            "for=\"Chủ tịch\"/>",
            "<representative name=\"Hồ Văn Nam\" title=\"Phó Chủ tịch Thường trực\"/>",
            "<representative name=\"Đỗ Văn Tâm\" title=\"PHÓ CHỦ TỊCH\" authority=\"KT\" "
            "for=\"Chủ tịch Liên minh\"/>",
        }),
        "t.xml");
    INFO(r.diagnostics.format());
    REQUIRE(r.model);
    CHECK(r.diagnostics.format().empty());
    const model::ClusterYear& cy = *r.model;
    using model::Authority;
    // A deputy signs for the head by default: KT. CHỦ TỊCH.
    CHECK(representative(cy, 0).authority == Authority::kt);
    CHECK(representative(cy, 0).signs_for == "Chủ tịch");
    // The head signs under their own title.
    CHECK(representative(cy, 1).authority == Authority::none);
    CHECK_FALSE(representative(cy, 1).signs_for);
    // An acting head: the head's title from the deputy's.
    CHECK(representative(cy, 2).authority == Authority::q);
    CHECK(representative(cy, 2).signs_for == "Chủ tịch");
    CHECK(representative(cy, 3).authority == Authority::tl);
    CHECK(representative(cy, 3).signs_for == "Chủ tịch");
    // "Thường trực" says which deputy, not whose.
    CHECK(representative(cy, 4).authority == Authority::kt);
    CHECK(representative(cy, 4).signs_for == "Chủ tịch");
    // `for` as written wins, whatever the case of the title.
    CHECK(representative(cy, 5).authority == Authority::kt);
    CHECK(representative(cy, 5).signs_for == "Chủ tịch Liên minh");
}

TEST_CASE("check warns when an authority does not fit the title") {
    CHECK(test::diagnose(with_representatives({
              "<representative name=\"A\" title=\"Phó Chủ tịch\" authority=\"none\"/>",
              "<representative name=\"B\" title=\"Chủ tịch\" authority=\"KT\"/>",
              "<representative name=\"C\" title=\"Chủ tịch\" authority=\"TL\" for=\"Chủ tịch\"/>",
              "<representative name=\"D\" title=\"Chủ tịch\" authority=\"Q\" for=\"chủ tịch\"/>",
              "<representative name=\"E\" title=\"Chánh Văn phòng\" authority=\"TUQ\"/>",
              "<representative name=\"F\" title=\"Chủ tịch\" for=\"Chủ tịch\"/>",
          })) ==
          Lines{
              "t.xml:5:124: warning: 'Phó Chủ tịch' is a deputy's title, and a deputy signs for "
              "the head: KT. CHỦ TỊCH above PHÓ CHỦ TỊCH (Decree 30/2020); leave authority out "
              "for that, or write authority=\"Q\" for an acting head",
              "t.xml:6:122: warning: authority=\"KT\" is a deputy signing for the head, but 'Chủ "
              "tịch' is not a deputy's title (Phó ...); leave authority out to sign as 'Chủ "
              "tịch', or give the deputy's title, e.g. title=\"Phó Chủ tịch\"",
              "t.xml:7:111: warning: 'Chủ tịch' signs under their own title, not for 'Chủ tịch': "
              "leave authority out (authority=\"TL\" signs for someone else)",
              "t.xml:8:110: warning: an acting head (Q.) is not yet 'chủ tịch': give the acting "
              "head's own title, e.g. title=\"Phó chủ tịch\", or leave authority out for the head",
              "t.xml:9:116: warning: authority=\"TUQ\" signs for the head: write their title, e.g. "
              "for=\"Chủ tịch\"; until then the documents print a fill-in line for it",
              "t.xml:10:99: warning: for=\"Chủ tịch\" names the head signed for, but no authority "
              "says how; write authority=\"KT\" (a deputy for the head), \"TL\", \"TUQ\" or \"Q\", "
              "or leave for out",
          });
}

TEST_CASE("an authority is written as Decree 30 abbreviates it, and TM. is the member's") {
    CHECK(test::diagnose(with_representatives({
              "<representative name=\"A\" title=\"Phó Chủ tịch\" authority=\"kt.\"/>",
              "<representative name=\"B\" title=\"Chủ tịch\" authority=\"TM\"/>",
              "<representative name=\"C\" title=\"Chủ tịch\" authority=\"KX\"/>",
          })) ==
          Lines{
              "t.xml:5:124: error: write authority=\"KT\", in capitals and without a dot, for "
              "'kt.'",
              "t.xml:6:122: error: 'TM' is not written here: every signature block already puts "
              "TM. before the member's name (the member signs as an organisation); the "
              "representative's own authority is KT (a deputy for the head), TL, TUQ, Q or none",
              "t.xml:7:111: error: 'KX' is not a valid authority; write none, KT, TL, TUQ or Q "
              "(did you mean 'KT'?)",
          });
}

TEST_CASE("the covenant's blocks print the authority over the head's title, as Decree 30 does") {
    test::TempDir dir;
    const fs::path pdf = covenant_pdf(
        dir, with_representatives(
                 {
                     "<representative name=\"Trần Quốc Khánh\" title=\"Phó Chủ tịch\"/>",
                     "<representative name=\"Nguyễn Văn Bình\" title=\"Chủ tịch\"/>",
                     "<representative name=\"Lê Thị Hoa\" title=\"Phó Chủ tịch\" authority=\"Q\"/>",
                     "<representative name=\"Phạm Văn Đức\" title=\"Chánh Văn phòng\" "
                     "authority=\"TL\" for=\"Chủ tịch\"/>",
                     "<representative name=\"Hồ Văn Nam\" title=\"Phó Chủ tịch Thường trực\"/>",
                     "<representative name=\"Đỗ Văn Tâm\" title=\"Phó Chủ tịch\" "
                     "authority=\"TUQ\"/>",
                     "",
                 },
                 "  <covenant year=\"2025\"/>\n"));
    // Each block: TM. and the member (wrapped as the column needs), then
    // each of these on a line of its own.
    const std::vector<std::pair<std::string, Lines>> expected = {
        {"TM. LIÊN MINH HTX TỈNH HÀ TĨNH", {"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Quốc Khánh"}},
        {"TM. LIÊN MINH HTX TỈNH NGHỆ AN", {"CHỦ TỊCH", "Nguyễn Văn Bình"}},
        // An acting head signs under the head's title only.
        {"TM. LIÊN MINH HTX TỈNH QUẢNG BÌNH", {"Q. CHỦ TỊCH", "Lê Thị Hoa"}},
        {"TM. LIÊN MINH HTX TỈNH QUẢNG TRỊ", {"TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Phạm Văn Đức"}},
        {"TM. LIÊN MINH HTX THÀNH PHỐ HUẾ",
         {"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Hồ Văn Nam"}},
        // No head's title in the file: a fill-in line, nothing invented.
        {"TM. LIÊN MINH HTX TỈNH THANH HÓA",
         {"TUQ. ...............", "PHÓ CHỦ TỊCH", "Đỗ Văn Tâm"}},
        // No representative: fill-in lines for the title and the name only.
        {"TM. LIÊN MINH HTX TỈNH NINH BÌNH", {std::string(20, '.'), std::string(25, '.')}},
    };
    const std::vector<Block> blocks = blocks_of(pdf, "TM.");
    REQUIRE(blocks.size() == expected.size());
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        CAPTURE(k);
        const Block& b = blocks[k];
        const auto& [organisation, tail] = expected[k];
        INFO(joined(b.lines, 0, b.lines.size()));
        REQUIRE(b.lines.size() > tail.size());
        const std::size_t split = b.lines.size() - tail.size();
        CHECK(joined(b.lines, 0, split) == organisation);
        CHECK(Lines(b.lines.begin() + static_cast<long>(split), b.lines.end()) == tail);
        // Centred on one axis, with room to sign and seal (25 mm) above the name.
        CHECK(b.spread < 1.0);
        CHECK(b.room > 25 / 25.4 * 72);
        CHECK(b.column == static_cast<int>(k % 2));
    }
}
