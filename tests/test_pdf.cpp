// The PDF writer, judged on real files: poppler (pdftotext, pdffonts, pdfinfo,
// pdftoppm), qpdf and fontTools (tests/tools/check_subset_glyphs.py). Exact
// Vietnamese text and no reader warnings, four embedded fonts, nested
// composite glyphs kept, the same bytes twice, atomic writes.
#include "font/font_file.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/to_unicode_cmap.hpp"
#include "support.hpp"

#include <array>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace thidua;
using units::Pt;

// Every Vietnamese vowel with every tone, both cases, and đ Đ.
const std::array<std::string, 4> alphabet_lines = {
    "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị",
    "oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ",
    "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ",
    "OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ",
};

std::string alphabet() {
    std::string s;
    for (const std::string& line : alphabet_lines)
        s += (s.empty() ? "" : " ") + line;
    return s;
}

struct Family {
    std::string folder;
    std::array<std::string, 4> files; // regular, bold, italic, bold italic
    std::vector<std::string> paths() const {
        std::vector<std::string> p;
        for (const std::string& f : files)
            p.push_back(folder + f);
        return p;
    }
};

const Family dejavu_serif{"/usr/share/fonts/truetype/dejavu/",
                          {"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                           "DejaVuSerif-BoldItalic.ttf"}};
const Family liberation_serif{"/usr/share/fonts/truetype/liberation2/",
                              {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"}};

pdf::FontSet load_fonts(const Family& family) {
    pdf::FontSet set;
    for (std::size_t i = 0; i < 4; ++i) {
        std::string error;
        set[i] = font::FontFile::load(family.folder + family.files[i], error);
        INFO(error);
        REQUIRE(set[i] != nullptr);
    }
    return set;
}

// A fresh folder per test and process (the suite runs in parallel, twice).
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name)
        : path(fs::temp_directory_path() /
               ("thidua-pdf-" + name + "-" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(path))
            names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
};

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs a shell command; its output and error output as text.
test::Process run(const std::string& command, const TempDir& dir) {
    const std::string out = (dir.path / "run.out").string();
    const std::string err = (dir.path / "run.err").string();
    const int status = std::system((command + " >" + quote(out) + " 2>" + quote(err)).c_str());
    test::Process p;
    p.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    p.out = test::read_file(out);
    p.err = test::read_file(err);
    fs::remove(out);
    fs::remove(err);
    return p;
}

// Words placed one by one, as the layout does, separated by a space's width.
void place_words(layout::Page& page, const pdf::FontSet& fonts, const std::string& line, double y,
                 layout::FontStyle style, double size) {
    const auto& f = *fonts[static_cast<std::size_t>(style)];
    const Pt space = f.measure(" ", Pt(size));
    Pt x = units::mm(30);
    std::istringstream words(line);
    for (std::string w; words >> w;) {
        page.texts.push_back({x, Pt(y), w, style, Pt(size)});
        x += f.measure(w, Pt(size)) + space;
    }
}

// Three pages of Vietnamese in the four styles, a solid and a dotted rule.
// `lines` gets every line as pdftotext should print it.
layout::Document sample_document(const pdf::FontSet& fonts, std::vector<std::string>& lines) {
    using layout::FontStyle;
    lines = {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BIÊN BẢN HỘI NGHỊ TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2023",
        "Cụm thi đua Liên minh Hợp tác xã các tỉnh Đông Bắc",
        "Hôm nay, ngày 24 tháng 11 năm 2023, tại thành phố Lạng Sơn,",
        "Bắc Kạn chủ trì hội nghị; thư ký: ông Nguyễn Văn Đức.",
        "Đã thống nhất: phấn đấu vượt chỉ tiêu, giữ vững đoàn kết.",
        "Người ghi biên bản ký, ghi rõ họ tên",
    };
    const std::array<FontStyle, 8> styles = {
        FontStyle::bold,    FontStyle::bold,    FontStyle::bold,    FontStyle::italic,
        FontStyle::regular, FontStyle::regular, FontStyle::regular, FontStyle::bold_italic};
    layout::Document doc;
    doc.pages.resize(3);
    double y = 780;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        place_words(doc.pages[0], fonts, lines[i], y, styles[i], i < 3 ? 13 : 12);
        y -= 24;
    }
    doc.pages[0].rules.push_back(
        {units::mm(30), Pt(y), units::mm(110), Pt(y), Pt(0.6), /*dotted=*/false});
    doc.pages[0].rules.push_back(
        {units::mm(30), Pt(y - 30), units::mm(180), Pt(y - 30), Pt(0.8), /*dotted=*/true});

    y = 780;
    for (const std::string& line : alphabet_lines) {
        doc.pages[1].texts.push_back({units::mm(30), Pt(y), line, FontStyle::regular, Pt(13)});
        lines.push_back(line);
        y -= 22;
    }
    const std::string last = "Trang cuối: chữ ký của các thành viên";
    place_words(doc.pages[2], fonts, last, 700, FontStyle::italic, 12);
    lines.push_back(last);
    return doc;
}

// The alphabet in each style, four lines each, nothing else.
layout::Document alphabet_document() {
    layout::Document doc;
    doc.pages.resize(1);
    double y = 780;
    for (int s = 0; s < 4; ++s)
        for (const std::string& line : alphabet_lines) {
            doc.pages[0].texts.push_back(
                {units::mm(25), Pt(y), line, static_cast<layout::FontStyle>(s), Pt(12)});
            y -= 20;
        }
    return doc;
}

pdf::Metadata sample_metadata() {
    pdf::Metadata m;
    m.title = "Biên bản hội nghị tổng kết năm 2023";
    m.subject = "Giao ước thi đua";
    m.author = "Cụm thi đua Đông Bắc";
    m.created = text::Date{2023, 11, 24};
    return m;
}

// Writes `doc` to dir/name and returns the path.
fs::path write(const layout::Document& doc, const pdf::FontSet& fonts, const TempDir& dir,
               const std::string& name) {
    const fs::path out = dir.path / name;
    std::string error;
    const bool ok = pdf::write_pdf(doc, fonts, sample_metadata(), out, error);
    INFO(error);
    REQUIRE(ok);
    CHECK(error.empty());
    return out;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty() && line != "\f")
            lines.push_back(line.front() == '\f' ? line.substr(1) : line);
    return lines;
}

} // namespace

TEST_CASE("pdftotext prints the Vietnamese text exactly, with no warning") {
    TempDir dir("text");
    for (const Family* family : {&liberation_serif, &dejavu_serif}) {
        CAPTURE(family->folder);
        const pdf::FontSet fonts = load_fonts(*family);
        std::vector<std::string> expected;
        const fs::path out = write(sample_document(fonts, expected), fonts, dir, "minutes.pdf");
        const auto p = run("pdftotext " + quote(out.string()) + " -", dir);
        CHECK(p.exit_code == 0);
        CHECK(p.err == ""); // poppler warns about libharu's own /ToUnicode
        CHECK(lines_of(p.out) == expected);
    }
}

TEST_CASE("pdffonts lists the four styles, each embedded as a subset with a ToUnicode map") {
    TempDir dir("fonts");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    std::vector<std::string> expected;
    const fs::path out = write(sample_document(fonts, expected), fonts, dir, "minutes.pdf");
    const auto p = run("pdffonts " + quote(out.string()), dir);
    CHECK(p.exit_code == 0);
    CHECK(p.err == "");
    const std::vector<std::string> rows = lines_of(p.out);
    REQUIRE(rows.size() == 6); // two header lines, then one line per font
    // Plain PostScript names: no ",Bold" (libharu's suffix for a synthesised style).
    const std::regex embedded(R"(^[A-Z]{6}\+(LiberationSerif(-Bold|-Italic|-BoldItalic)?))"
                              R"( +CID TrueType +Identity-H +yes +yes +yes +\d+ +0$)");
    std::vector<std::string> names;
    for (std::size_t i = 2; i < rows.size(); ++i) {
        CAPTURE(rows[i]);
        std::smatch m;
        CHECK(std::regex_match(rows[i], m, embedded));
        names.push_back(m.size() > 1 ? m[1].str() : "");
    }
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"LiberationSerif", "LiberationSerif-Bold",
                                            "LiberationSerif-BoldItalic",
                                            "LiberationSerif-Italic"});
}

TEST_CASE("qpdf --check finds no error, and every page renders without a message") {
    TempDir dir("qpdf");
    const pdf::FontSet fonts = load_fonts(dejavu_serif);
    std::vector<std::string> expected;
    const fs::path out = write(sample_document(fonts, expected), fonts, dir, "minutes.pdf");
    const auto check = run("qpdf --check " + quote(out.string()), dir);
    CHECK(check.exit_code == 0); // 3 would mean warnings
    CHECK(check.err == "");
    CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);

    const auto render = run("pdftoppm -r 30 -png " + quote(out.string()) + " " +
                                quote((dir.path / "page").string()),
                            dir);
    CHECK(render.exit_code == 0);
    CHECK(render.err == "");
    CHECK(fs::exists(dir.path / "page-1.png"));
    CHECK(fs::exists(dir.path / "page-3.png"));
}

TEST_CASE("pdfinfo shows the Vietnamese title, subject, author and the meeting's date") {
    TempDir dir("info");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    std::vector<std::string> expected;
    const fs::path out = write(sample_document(fonts, expected), fonts, dir, "minutes.pdf");
    const auto p = run("TZ=UTC pdfinfo -isodates " + quote(out.string()), dir);
    CHECK(p.exit_code == 0);
    CHECK(p.err == "");
    const std::vector<std::string> rows = lines_of(p.out);
    const auto has = [&](const std::string& row) {
        return std::find(rows.begin(), rows.end(), row) != rows.end();
    };
    CHECK(has("Title:           Biên bản hội nghị tổng kết năm 2023"));
    CHECK(has("Subject:         Giao ước thi đua"));
    CHECK(has("Author:          Cụm thi đua Đông Bắc"));
    CHECK(has("Creator:         thidua"));
    CHECK(has("CreationDate:    2023-11-24T00:00:00Z"));
    CHECK(has("Pages:           3"));
    CHECK(p.out.find("ModDate") == std::string::npos);
}

TEST_CASE("the same input gives the same bytes") {
    TempDir dir("same");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    std::vector<std::string> expected;
    const layout::Document doc = sample_document(fonts, expected);
    const fs::path a = write(doc, fonts, dir, "a.pdf");
    const fs::path b = write(doc, fonts, dir, "b.pdf");
    const std::string bytes_a = test::read_file(a.string());
    CHECK(bytes_a.size() > 1000);
    CHECK(bytes_a == test::read_file(b.string()));

    std::string in_memory, error;
    REQUIRE(pdf::render_pdf(doc, fonts, sample_metadata(), in_memory, error));
    CHECK(in_memory == bytes_a);
    CHECK(bytes_a.find("CreationDate (D:20231124000000+00'00')") != std::string::npos);
}

TEST_CASE("every glyph of the Vietnamese alphabet keeps its outline, nested components too") {
    TempDir dir("glyphs");
    const std::string checker = test::source_path("tests/tools/check_subset_glyphs.py");
    struct Case {
        const Family* family;
        const char* options; // DejaVu Serif nests components two levels deep
    };
    for (const Case& c :
         {Case{&dejavu_serif, "--min-depth 2 --exact"}, Case{&liberation_serif, "--exact"}}) {
        CAPTURE(c.family->folder);
        const fs::path out = write(alphabet_document(), load_fonts(*c.family), dir, "alphabet.pdf");
        std::string command = "/usr/bin/python3 " + quote(checker) + " " + quote(out.string()) +
                              " " + quote(alphabet()) + " " + c.options;
        for (const std::string& path : c.family->paths())
            command += " " + quote(path);
        const auto p = run(command, dir);
        INFO(p.out, p.err);
        CHECK(p.exit_code == 0);
        CHECK(p.out == "ok: 4 font(s), 146 characters\n");

        const auto text = run("pdftotext " + quote(out.string()) + " -", dir);
        CHECK(text.err == "");
        std::vector<std::string> expected;
        for (int s = 0; s < 4; ++s)
            expected.insert(expected.end(), alphabet_lines.begin(), alphabet_lines.end());
        CHECK(lines_of(text.out) == expected);
    }
}

TEST_CASE("rules: solid with butt caps, dotted as round dots") {
    TempDir dir("rules");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    std::vector<std::string> expected;
    const fs::path out = write(sample_document(fonts, expected), fonts, dir, "minutes.pdf");
    const fs::path plain = dir.path / "plain.pdf";
    const auto p = run("qpdf --qdf --object-streams=disable " + quote(out.string()) + " " +
                           quote(plain.string()),
                       dir);
    REQUIRE(p.exit_code == 0);
    // qpdf's QDF form marks each page's content stream with a comment.
    const std::string pdf = test::read_file(plain.string());
    const auto start = pdf.find("%% Contents for page 1");
    REQUIRE(start != std::string::npos);
    const std::string page = pdf.substr(start, pdf.find("endstream", start) - start);
    CHECK(page.find("0 G\n0.6 w\n") != std::string::npos);
    CHECK(page.find("q\n1 J\n[0 2.4] 0 d\n0.8 w\n") != std::string::npos); // pitch 3 x 0.8
    CHECK(page.find(" Tw") == std::string::npos);                          // no word spacing
    CHECK(page.find(" Tc") == std::string::npos);                          // no character spacing
    CHECK(page.find("] TJ") != std::string::npos);
}

TEST_CASE("a text's codes are written as a literal string, the bytes PDF reads specially escaped") {
    pdf::PageContent content;
    content.begin_text();
    content.set_font("F1", 13);
    // Codes 0x0028 '(' and 0x2900 ')' low and high, 0x005C '\\', 0x000D and
    // 0x000A (line ends, read as LF unescaped), 0x0141 plain bytes.
    content.show(72, 700, u"\u0028\u2900\u005C\u000D\u000A\u0141", 3000);
    content.end_text();
    const std::string& ops = content.operators();
    const std::string expected = std::string("72 700 Td\n[(") + '\0' + "\\(" + "\\)" + '\0' + '\0' +
                                 "\\\\" + '\0' + "\\r" + '\0' + "\\n" + "\x01\x41" + ")] TJ\nET\n";
    REQUIRE(ops.size() >= expected.size());
    CHECK(ops.substr(ops.size() - expected.size()) == expected);
}

TEST_CASE("the words of one baseline are one TJ array, the space between them one number") {
    pdf::PageContent content;
    content.begin_text();
    content.set_font("F1", 10);
    // Worked by hand: the first word at x 72, 500 thousandths of 10 pt
    // wide, so the pen stops at 77; the next word at 80 is 3 pt on, which
    // TJ counts as -300 thousandths of the font size (negative: rightwards).
    content.show(72, 700, u"\u0001", 500);
    content.show(80, 700, u"\u0002", 250);   // pen: 80 + 2.5 = 82.5
    content.show(82.5, 700, u"\u0003", 100); // touching: no number
    content.show(90.25, 700, u"\u0004", 0);  // 90.25 - 83.5 = 6.75 pt: -675
    content.show(110.25, 700, u"\u0007", 0); // 2 ems on: a column, a move from 72
    content.show(72, 688, u"\u0005", 500);   // the next line: a move from 110.25 700
    content.set_font("F2", 12);              // another font closes the array
    content.show(100, 688, u"\u0006", 500);
    content.end_text();
    const std::string expected = std::string("0 g\nBT\n/F1 10 Tf\n72 700 Td\n[(") + '\0' +
                                 "\x01)-300(" + '\0' + "\x02)(" + '\0' + "\x03)-675(" + '\0' +
                                 "\x04)] TJ\n38.25 0 Td\n[(" + '\0' +
                                 "\x07)] TJ\n-38.25 -12 Td\n[(" + '\0' +
                                 "\x05)] TJ\n/F2 12 Tf\n28 0 Td\n[(" + '\0' + "\x06)] TJ\nET\n";
    CHECK(content.operators() == expected);
}

TEST_CASE("a code point the font lacks is an error naming it, and nothing is written") {
    TempDir dir("missing");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    layout::Document doc;
    doc.pages.resize(2);
    doc.pages[1].texts.push_back({Pt(72), Pt(700), "Hà Nội 中", layout::FontStyle::bold, Pt(12)});
    std::string error;
    CHECK_FALSE(pdf::write_pdf(doc, fonts, sample_metadata(), dir.path / "x.pdf", error));
    CHECK(error.find("page 2: U+4E2D '中'") == 0);
    CHECK(error.find("has no glyph in Liberation Serif") != std::string::npos);
    CHECK(dir.entries().empty());

    doc.pages[1].texts[0].text = "Hà Nội 😀";
    CHECK_FALSE(pdf::write_pdf(doc, fonts, sample_metadata(), dir.path / "x.pdf", error));
    CHECK(error.find("U+1F600") != std::string::npos);
    CHECK(dir.entries().empty());
}

TEST_CASE("writing into a missing folder fails with an error and leaves nothing") {
    TempDir dir("nofolder");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    std::vector<std::string> expected;
    const fs::path out = dir.path / "missing" / "minutes.pdf";
    std::string error;
    CHECK_FALSE(
        pdf::write_pdf(sample_document(fonts, expected), fonts, sample_metadata(), out, error));
    CHECK(error == "cannot write " + out.string() + ": the folder " +
                       (dir.path / "missing").string() + " does not exist");
    CHECK(dir.entries().empty());
}

TEST_CASE("a failed write leaves the earlier file at the same path untouched") {
    TempDir dir("keep");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    std::vector<std::string> expected;
    const fs::path out = write(sample_document(fonts, expected), fonts, dir, "minutes.pdf");
    const std::string before = test::read_file(out.string());

    layout::Document bad;
    bad.pages.resize(1);
    bad.pages[0].texts.push_back({Pt(72), Pt(700), "ký tên ☎", layout::FontStyle::regular, Pt(12)});
    std::string error;
    CHECK_FALSE(pdf::write_pdf(bad, fonts, sample_metadata(), out, error));
    CHECK(error.find("U+260E") != std::string::npos);
    CHECK(test::read_file(out.string()) == before);

    // A path that names a folder: the finished file cannot be renamed onto it.
    fs::create_directories(dir.path / "taken.pdf");
    CHECK_FALSE(pdf::write_pdf(sample_document(fonts, expected), fonts, sample_metadata(),
                               dir.path / "taken.pdf", error));
    CHECK(error.find("cannot write " + (dir.path / "taken.pdf").string() + ": ") == 0);
    CHECK(dir.entries() == std::vector<std::string>{"minutes.pdf", "taken.pdf"});
    CHECK(test::read_file(out.string()) == before);
}

TEST_CASE("a document with no pages or a missing font style is refused") {
    TempDir dir("refused");
    pdf::FontSet fonts = load_fonts(liberation_serif);
    std::string error;
    CHECK_FALSE(
        pdf::write_pdf(layout::Document{}, fonts, sample_metadata(), dir.path / "x.pdf", error));
    CHECK(error == "the document has no pages");
    std::vector<std::string> expected;
    fonts[2] = nullptr;
    CHECK_FALSE(pdf::write_pdf(sample_document(load_fonts(liberation_serif), expected), fonts,
                               sample_metadata(), dir.path / "x.pdf", error));
    CHECK(error == "no font was given for the italic style");
    CHECK(dir.entries().empty());
}

TEST_CASE("the ToUnicode map: ranges stay inside 256-code blocks, at most 100 rows a block") {
    std::vector<pdf::CidCharacter> same; // CID equal to the character: the cases of each rule
    const auto add = [&same](char32_t c) { same.push_back({static_cast<std::uint16_t>(c), c}); };
    for (char32_t c = 0x20; c <= 0x7E; ++c)
        add(c);
    for (char32_t c = 0x1EA0; c <= 0x1EF9; ++c) // Vietnamese, consecutive
        add(c);
    add(0x1FF);
    add(0x200);                                   // consecutive, but in the next block
    for (char32_t c = 0x4000; c < 0x4200; c += 2) // 256 lone codes
        add(c);
    const std::string cmap = pdf::to_unicode_cmap(same);

    CHECK(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n") !=
          std::string::npos);
    CHECK(cmap.find("<0020> <007E> <0020>\n") != std::string::npos);
    CHECK(cmap.find("<1EA0> <1EF9> <1EA0>\n") != std::string::npos);
    CHECK(cmap.find("<01FF> <01FF>\n") != std::string::npos);
    CHECK(cmap.find("<0200> <0200>\n") != std::string::npos);
    CHECK(cmap.find("2 beginbfrange\n") != std::string::npos);
    CHECK(cmap.find("100 beginbfchar\n") != std::string::npos);
    CHECK(cmap.find("58 beginbfchar\n") != std::string::npos); // 258 lone codes: 100+100+58

    // Every bfrange row: start and end share their high byte.
    const std::regex row(R"(<([0-9A-F]{2})[0-9A-F]{2}> <([0-9A-F]{2})[0-9A-F]{2}> <[0-9A-F]{4}>)");
    int rows = 0;
    for (auto it = std::sregex_iterator(cmap.begin(), cmap.end(), row);
         it != std::sregex_iterator(); ++it, ++rows)
        CHECK((*it)[1] == (*it)[2]);
    CHECK(rows == 2);
}

TEST_CASE("the ToUnicode map: CIDs counted from 1 stand for the characters of the subset") {
    // "Aa" then U+00FE U+00FF U+0100 U+0101 at CIDs 3..6: a run of both
    // CIDs and characters until the characters cross into the block of
    // U+0100 (the CIDs do not); then ệ alone.
    const std::string cmap = pdf::to_unicode_cmap(
        {{1, U'A'}, {2, U'a'}, {3, 0xFE}, {4, 0xFF}, {5, 0x100}, {6, 0x101}, {7, 0x1EC7}});
    CHECK(cmap.find("2 beginbfrange\n<0003> <0004> <00FE>\n<0005> <0006> <0100>\nendbfrange\n") !=
          std::string::npos);
    CHECK(cmap.find("3 beginbfchar\n<0001> <0041>\n<0002> <0061>\n<0007> <1EC7>\nendbfchar\n") !=
          std::string::npos);
    // A run breaks where the CIDs cross a block of 256 though the characters do not.
    const std::string across = pdf::to_unicode_cmap({{0xFF, U'a'}, {0x100, U'b'}});
    CHECK(across.find("2 beginbfchar\n<00FF> <0061>\n<0100> <0062>\nendbfchar\n") !=
          std::string::npos);
}
