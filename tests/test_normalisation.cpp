// The same content in other byte forms loads into the same model: NFD
// instead of NFC, a byte-order mark, CRLF line ends.
#include "support.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <utf8proc.h>

using namespace thidua;

namespace {

std::string to_nfd(const std::string& s) {
    utf8proc_uint8_t* nfd = utf8proc_NFD(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
    std::string out(reinterpret_cast<const char*>(nfd));
    std::free(nfd);
    return out;
}

std::string to_crlf(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

} // namespace

TEST_CASE("an NFD file loads into a model equal to its NFC twin") {
    for (const char* name : {"dong-bac-2023.xml", "dbsh-2017.xml", "tay-nam-song-hau-2020.xml"}) {
        CAPTURE(name);
        const std::string nfc = test::read_file(test::source_path(std::string("samples/") + name));
        const std::string nfd = to_nfd(nfc);
        REQUIRE(nfd != nfc); // the twin really is decomposed
        const auto a = load::load_text(nfc, "nfc.xml");
        const auto b = load::load_text(nfd, "nfd.xml");
        REQUIRE(a.model);
        REQUIRE(b.model);
        CHECK(*a.model == *b.model);
    }
}

TEST_CASE("a UTF-8 byte-order mark and CRLF line ends are accepted") {
    const std::string text = test::read_file(test::source_path("samples/dong-bac-2023.xml"));
    const auto plain = load::load_text(text, "a.xml");
    const auto windows = load::load_text("\xEF\xBB\xBF" + to_crlf(text), "b.xml");
    REQUIRE(plain.model);
    REQUIRE(windows.model);
    CHECK(*plain.model == *windows.model);
    CHECK(windows.diagnostics.empty());
}

TEST_CASE("positions stay right with a BOM and CRLF") {
    const std::string xml = "\xEF\xBB\xBF<cluster-year format=\"1\" year=\"2023\">\r\n"
                            "  <cluster id=\"Bắc\" name=\"C\"/>\r\n"
                            "  <members><member id=\"a\" name=\"A\" role=\"head\"/></members>\r\n"
                            "</cluster-year>\r\n";
    CHECK(test::diagnose(xml) ==
          std::vector<std::string>{"t.xml:2:16: error: 'Bắc' is not a valid id; use lower-case "
                                   "letters a-z, digits and '-' (at most 40), e.g. 'bac'"});
}

TEST_CASE("columns count characters, not bytes") {
    const std::string xml = thidua::test::with_body(
        "  <awards><award type=\"Cờ thi đua\" by=\"Liên minh\" member=\"x\"/></awards>\n");
    // "  <awards><award type="Cờ thi đua" by="Liên minh" member="  is 58 characters
    CHECK(test::diagnose(xml) ==
          std::vector<std::string>{"t.xml:9:59: error: unknown member 'x'; the members are "
                                   "'bac-kan', 'lang-son', 'cao-bang'"});
}
