// font/: reading TrueType files (Liberation Serif, DejaVu Serif) with
// HarfBuzz for metrics and the character map, and cutting the subsets a PDF
// embeds; damaged, hostile and wrong files give a sentence, never a crash.
//
// Reference numbers were obtained once with python3-fonttools 4.38 (Debian
// bookworm) on fonts-liberation2 2.1.5 and fonts-dejavu-core 2.37:
// TTFont(f)['hmtx'][cmap[ord(c)]][0] summed over "Hội nghị", and
// TTFont(f)['glyf'][name].components walked for the composite glyphs.
#include "font/font_file.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

using thidua::font::FontFile;
using thidua::font::GlyphId;
using thidua::units::Pt;
namespace fs = std::filesystem;

namespace {

using Bytes = std::vector<std::uint8_t>;

const fs::path liberation = "/usr/share/fonts/truetype/liberation2";
const fs::path dejavu_serif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
const fs::path liberation_regular = liberation / "LiberationSerif-Regular.ttf";

std::vector<fs::path> liberation_styles() {
    return {liberation / "LiberationSerif-Regular.ttf", liberation / "LiberationSerif-Bold.ttf",
            liberation / "LiberationSerif-Italic.ttf",
            liberation / "LiberationSerif-BoldItalic.ttf"};
}

std::shared_ptr<const FontFile> load_ok(const fs::path& path) {
    std::string error;
    auto font = FontFile::load(path, error);
    INFO(error);
    REQUIRE(font);
    CHECK(error.empty());
    return font;
}

std::string load_error(const fs::path& path) {
    std::string error;
    CHECK_FALSE(FontFile::load(path, error));
    return error;
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("thidua-font-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }

    fs::path write(const std::string& name, const Bytes& bytes) const {
        std::ofstream(path / name, std::ios::binary)
            .write(reinterpret_cast<const char*>(bytes.data()),
                   static_cast<std::streamsize>(bytes.size()));
        return path / name;
    }
};

Bytes bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Big-endian access for patching copies of a font, written apart from the
// code under test.
std::uint32_t get(const Bytes& b, std::size_t at, int size) {
    std::uint32_t v = 0;
    for (int k = 0; k < size; ++k)
        v = v << 8 | b.at(at + static_cast<std::size_t>(k));
    return v;
}

void put(Bytes& b, std::size_t at, int size, std::uint32_t v) {
    for (int k = size - 1; k >= 0; --k, v >>= 8)
        b.at(at + static_cast<std::size_t>(k)) = static_cast<std::uint8_t>(v);
}

// Offset of the table directory entry for `tag`.
std::size_t entry_of(const Bytes& b, const std::string& tag) {
    for (std::size_t i = 0, n = get(b, 4, 2); i < n; ++i)
        if (std::string(b.begin() + 12 + 16 * i, b.begin() + 16 + 16 * i) == tag)
            return 12 + 16 * i;
    FAIL("no table " << tag);
    return 0;
}

std::size_t table_of(const Bytes& b, const std::string& tag) {
    return get(b, entry_of(b, tag) + 8, 4);
}

// Offset in the file of glyph g's data (head indexToLocFormat picks the loca format).
std::size_t glyph_at(const Bytes& b, std::size_t g) {
    const bool long_loca = get(b, table_of(b, "head") + 50, 2) == 1;
    const std::size_t loca = table_of(b, "loca");
    const std::size_t offset = long_loca ? get(b, loca + 4 * g, 4) : 2 * get(b, loca + 2 * g, 2);
    return table_of(b, "glyf") + offset;
}

// The tags of the table directory, in its order.
std::vector<std::string> tables_of(const Bytes& b) {
    std::vector<std::string> tags;
    for (std::size_t i = 0, n = get(b, 4, 2); i < n; ++i)
        tags.emplace_back(b.begin() + 12 + 16 * i, b.begin() + 16 + 16 * i);
    return tags;
}

// maxp numGlyphs.
int glyph_count_of(const Bytes& b) {
    return static_cast<int>(get(b, table_of(b, "maxp") + 4, 2));
}

// Glyph g's advance in hmtx (glyphs past hhea numberOfHMetrics take the last).
int advance_of(const Bytes& b, std::size_t g) {
    const std::size_t metrics = get(b, table_of(b, "hhea") + 34, 2);
    return static_cast<int>(get(b, table_of(b, "hmtx") + 4 * std::min(g, metrics - 1), 2));
}

// Every letter of the Vietnamese alphabet, both cases; vowels with each of
// the five tone marks (composed by NFC, so each must become one code point).
std::vector<char32_t> vietnamese_letters() {
    const char* const vowels[] = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
                                  "A", "Ă", "Â", "E", "Ê", "I", "O", "Ô", "Ơ", "U", "Ư", "Y"};
    const char* const tones[] = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
    const char* const consonants[] = {"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q",
                                      "r", "s", "t", "v", "x", "B", "C", "D", "Đ", "G", "H", "K",
                                      "L", "M", "N", "P", "Q", "R", "S", "T", "V", "X"};
    std::vector<std::string> letters(std::begin(consonants), std::end(consonants));
    for (const char* v : vowels)
        for (const char* t : tones)
            letters.push_back(thidua::text::to_nfc(std::string(v) + t));
    std::vector<char32_t> code_points;
    for (const std::string& s : letters) {
        REQUIRE(thidua::text::count_code_points(s) == 1);
        std::size_t i = 0;
        code_points.push_back(thidua::text::next_code_point(s, i));
    }
    return code_points;
}

} // namespace

TEST_CASE("Liberation Serif: units per em, vertical metrics and names") {
    for (const fs::path& path : liberation_styles()) {
        const auto font = load_ok(path);
        CHECK(font->units_per_em() == 2048);
        CHECK(font->ascender() == 1825);
        CHECK(font->descender() == -443);
        CHECK(font->cap_height() == 1341); // OS/2 version 3 sCapHeight
        CHECK(font->family() == "Liberation Serif");
        CHECK(font->fs_type() == 0);
        CHECK(font->path() == path);
        CHECK(font->bytes().size() == fs::file_size(path));
    }
    const auto regular = load_ok(liberation_regular);
    CHECK(regular->postscript_name() == "LiberationSerif");
    CHECK(regular->glyph_count() == 2602);
    CHECK(load_ok(liberation / "LiberationSerif-BoldItalic.ttf")->postscript_name() ==
          "LiberationSerif-BoldItalic");
}

TEST_CASE("DejaVu Serif: OS/2 version 1 has no cap height, so it comes from H") {
    const auto font = load_ok(dejavu_serif);
    CHECK(font->family() == "DejaVu Serif");
    CHECK(font->postscript_name() == "DejaVuSerif");
    CHECK(font->units_per_em() == 2048);
    CHECK(font->ascender() == 1901);
    CHECK(font->descender() == -483);
    CHECK(font->cap_height() == 1493); // yMax of glyph 'H'
    CHECK(font->glyph_count() == 3528);
}

TEST_CASE("every Vietnamese letter with every tone has a glyph in all five fonts") {
    const std::vector<char32_t> letters = vietnamese_letters();
    CHECK(letters.size() == 34 + 24 * 6);
    std::vector<fs::path> fonts = liberation_styles();
    fonts.push_back(dejavu_serif);
    for (const fs::path& path : fonts) {
        const auto font = load_ok(path);
        for (const char32_t cp : letters) {
            INFO(path.filename().string() << " U+" << std::hex << static_cast<unsigned>(cp));
            CHECK(font->has(cp));
        }
        CHECK(font->has(U' '));
    }
}

TEST_CASE("a character the font lacks has no glyph") {
    for (const fs::path& path : {liberation_regular, dejavu_serif}) {
        const auto font = load_ok(path);
        CHECK_FALSE(font->glyph(U'\u4E00'));
        CHECK_FALSE(font->has(0x10FFFF));
        CHECK_FALSE(font->has(0x110000));
        CHECK(font->glyph(U'H') == GlyphId{43});
    }
    // Beyond the Basic Multilingual Plane: only the format 12 subtable has it.
    CHECK(load_ok(dejavu_serif)->glyph(0x1D434) == GlyphId{3342});
}

TEST_CASE("characters inside and outside the ranges read ahead: glyphs and widths as fontTools "
          "gives them") {
    // Read ahead: Latin, Vietnamese, punctuation, currency; asked of
    // HarfBuzz when needed: Greek, Cyrillic, letterlike symbols.
    const auto font = load_ok(liberation_regular);
    struct Expected {
        char32_t cp;
        GlyphId glyph;
        int advance; // font units of 2048
    };
    for (const Expected& e : {Expected{U'\u20AB', 2087, 1050}, Expected{U'\u2013', 2015, 1024},
                              Expected{U'\u03A9', 859, 1522}, Expected{U'\u0414', 965, 1397},
                              Expected{U'\u2116', 2102, 1954}}) {
        INFO("U+" << std::hex << static_cast<unsigned>(e.cp));
        CHECK(font->glyph(e.cp) == e.glyph);
        CHECK(font->advance(e.glyph) == e.advance);
    }
    CHECK_FALSE(font->has(U'\u0001')); // inside a range read ahead, no glyph
    // "₫–ΩД№" at 10 pt: (1050 + 1024 + 1522 + 1397 + 1954) / 2048 * 10.
    CHECK(font->measure("\u20AB\u2013\u03A9\u0414\u2116", Pt(10)).value ==
          doctest::Approx(6947 * 10 / 2048.0));
}

TEST_CASE("widths: \"Hội nghị\" at 13 pt matches fontTools' advances") {
    const auto width = [](const fs::path& path) {
        return load_ok(path)->measure("Hội nghị", Pt(13)).value;
    };
    CHECK(width(liberation / "LiberationSerif-Regular.ttf") == doctest::Approx(7225 * 13 / 2048.0));
    CHECK(width(liberation / "LiberationSerif-Bold.ttf") == doctest::Approx(7569 * 13 / 2048.0));
    CHECK(width(liberation / "LiberationSerif-Italic.ttf") == doctest::Approx(7225 * 13 / 2048.0));
    CHECK(width(liberation / "LiberationSerif-BoldItalic.ttf") ==
          doctest::Approx(7569 * 13 / 2048.0));
    CHECK(width(dejavu_serif) == doctest::Approx(8929 * 13 / 2048.0));

    const auto font = load_ok(liberation_regular);
    CHECK(font->measure("", Pt(13)).value == 0);
    CHECK(font->advance(0) == 1593); // .notdef
    CHECK(font->measure("\u4E00", Pt(2048)).value == doctest::Approx(1593));
    CHECK(font->advance(60000) == 0); // no such glyph
}

TEST_CASE("a subset holds the characters asked for and every part of them, at every depth") {
    // The subset read back with this file's own reading of the table
    // directory, maxp and hmtx (not HarfBuzz's): a PDF's program holds only
    // what ISO 32000-1 9.9 asks, so it is no font FontFile could load (no
    // character map, names or OS/2); test_pdf.cpp's check_subset_glyphs.py
    // compares the outlines through the PDF's own maps.
    std::string error;
    const auto dejavu = load_ok(dejavu_serif);
    const auto cut = dejavu->subset({U'ẩ', U'ệ', U'ữ'}, error);
    REQUIRE(error.empty());
    const Bytes& b = cut.bytes;
    CHECK(tables_of(b) == std::vector<std::string>{"glyf", "head", "hhea", "hmtx", "loca", "maxp"});
    CHECK(get(b, table_of(b, "head") + 18, 2) == 2048); // unitsPerEm
    // The plan's advances agree with the subset's hmtx.
    REQUIRE(cut.advances.size() == static_cast<std::size_t>(glyph_count_of(b)));
    for (int g = 0; g < glyph_count_of(b); ++g)
        CHECK(cut.advance(static_cast<GlyphId>(g)) == advance_of(b, static_cast<std::size_t>(g)));
    // ệ uni1EC7 = e + dotbelowcomb(720: dotaccent 663) + uni0302(687: circumflex 648)
    // ẩ uni1EA9 = a + uni03020309(3489: Circumflex 3455, hookabovecomb 694)
    // ữ uni1EEF = tilde 666 + uhorn(370: u 88, uni031B 712)
    // 6 + 5 + 5 glyphs, none shared, and .notdef.
    CHECK(glyph_count_of(b) == 17);
    for (const char32_t cp : {U'ẩ', U'ệ', U'ữ'}) {
        REQUIRE(cut.glyph(cp));
        CHECK(advance_of(b, *cut.glyph(cp)) == dejavu->advance(*dejavu->glyph(cp)));
    }
    CHECK_FALSE(cut.glyph(U'e')); // a part, not a character of the subset
    CHECK(b.size() < 8000);       // no hinting, names or layout tables (the whole file: 360 KB)

    // Liberation Serif builds ệ in one level: e, circumflex, dotbelowcomb.
    const auto liberation_font = load_ok(liberation_regular);
    CHECK(glyph_count_of(liberation_font->subset({U'ệ'}, error).bytes) == 5);
}

TEST_CASE("a composite glyph that contains itself does not hang the subset") {
    TempDir dir;
    Bytes b = bytes_of(dejavu_serif);
    // dotbelowcomb (720) has one record; its glyph index follows its flags.
    const std::size_t part_of_720 = glyph_at(b, 720) + 10 + 2;
    REQUIRE(get(b, part_of_720, 2) == 663);
    for (const std::uint32_t part : {1617u, 720u}) { // 1617 -> 720 -> 1617, then 720 -> 720
        put(b, part_of_720, 2, part);
        const auto font = load_ok(dir.write("loop.ttf", b));
        std::string error;
        const auto cut = font->subset({U'ệ'}, error);
        CHECK(cut.empty() != error.empty());
        // A cut, when there is one, is a whole font program: its glyph
        // count and every glyph's place within glyf.
        if (cut.empty()) continue;
        const int glyphs = glyph_count_of(cut.bytes);
        CHECK(glyphs > 1);
        const std::size_t glyf_end =
            table_of(cut.bytes, "glyf") + get(cut.bytes, entry_of(cut.bytes, "glyf") + 12, 4);
        for (int g = 0; g <= glyphs; ++g)
            CHECK(glyph_at(cut.bytes, static_cast<std::size_t>(g)) <= glyf_end);
    }
}

TEST_CASE("glyphs past numberOfHMetrics repeat the last advance") {
    TempDir dir;
    const auto original = load_ok(liberation_regular);
    Bytes b = bytes_of(liberation_regular);
    const int listed = original->glyph_count() - 10;
    put(b, table_of(b, "hhea") + 34, 2, static_cast<std::uint32_t>(listed));
    const auto font = load_ok(dir.write("short-hmtx.ttf", b));
    REQUIRE(font->glyph_count() == original->glyph_count());
    for (int g = 0; g < listed; ++g)
        CHECK(font->advance(static_cast<GlyphId>(g)) == original->advance(static_cast<GlyphId>(g)));
    for (int g = listed; g < font->glyph_count(); ++g)
        CHECK(font->advance(static_cast<GlyphId>(g)) == original->advance(listed - 1));
}

TEST_CASE("OS/2 fsType: restricted-licence and bitmap-only fonts are refused") {
    TempDir dir;
    Bytes b = bytes_of(liberation_regular);
    const std::size_t fs_type = table_of(b, "OS/2") + 8;
    const auto with_fs_type = [&](std::uint32_t value) {
        put(b, fs_type, 2, value);
        return dir.write("fs-type.ttf", b);
    };
    const std::string refused = "the font Liberation Serif (" +
                                (dir.path / "fs-type.ttf").string() +
                                ") does not allow embedding (OS/2 fsType); choose another font";
    CHECK(load_error(with_fs_type(0x0002)) == refused);
    CHECK(load_error(with_fs_type(0x0200)) == refused);
    CHECK(load_ok(with_fs_type(0x0006))->fs_type() == 0x0006); // restricted, but preview & print
    CHECK(load_ok(with_fs_type(0x000A))->fs_type() == 0x000A); // restricted, but editable
    CHECK(load_ok(with_fs_type(0x0100))->fs_type() == 0x0100); // installable, no subsetting
}

TEST_CASE("cap height falls back to H, and names to the Macintosh records or the file name") {
    TempDir dir;
    const Bytes original = bytes_of(liberation_regular);

    Bytes no_cap = original;
    put(no_cap, table_of(no_cap, "OS/2") + 88, 2, 0); // sCapHeight 0
    CHECK(load_ok(dir.write("no-cap.ttf", no_cap))->cap_height() == 1341);

    Bytes no_os2 = original;
    put(no_os2, entry_of(no_os2, "OS/2"), 4, 0x58532F32); // renamed 'XS/2'
    const auto without = load_ok(dir.write("no-os2.ttf", no_os2));
    CHECK(without->cap_height() == 1341);
    CHECK(without->fs_type() == 0);

    // Windows records made unreadable (platform 99): the Macintosh Roman ones remain.
    Bytes mac_only = original;
    const std::size_t name = table_of(mac_only, "name");
    const std::size_t records = get(mac_only, name + 2, 2);
    for (std::size_t i = 0; i < records; ++i)
        if (get(mac_only, name + 6 + 12 * i, 2) == 3) put(mac_only, name + 6 + 12 * i, 2, 99);
    const auto mac = load_ok(dir.write("mac.ttf", mac_only));
    CHECK(mac->family() == "Liberation Serif");
    CHECK(mac->postscript_name() == "LiberationSerif");

    for (std::size_t i = 0; i < records; ++i)
        put(mac_only, name + 6 + 12 * i, 2, 99);
    const auto nameless = load_ok(dir.write("Nameless Serif.ttf", mac_only));
    CHECK(nameless->family() == "Nameless Serif");
    CHECK(nameless->postscript_name() == "NamelessSerif");
}

TEST_CASE("a file that is not a TrueType font gets its own sentence") {
    TempDir dir;
    const auto sentence = [](const fs::path& p, const std::string& why) {
        return "cannot read the font file " + p.string() + ": " + why;
    };
    const fs::path missing = dir.path / "missing.ttf";
    CHECK(load_error(missing) ==
          sentence(missing, "there is no such file; check the name and the folder"));
    CHECK(load_error(dir.path) == sentence(dir.path, "this is a folder, not a font file (.ttf)"));

    const Bytes text = {'h', 'e', 'l', 'l', 'o', ',', ' ', 'w', 'o', 'r', 'l', 'd', '\n'};
    const fs::path notes = dir.write("notes.ttf", text);
    CHECK(load_error(notes) == sentence(notes, "it is not a TrueType font (.ttf)"));
    const fs::path empty = dir.write("empty.ttf", {});
    CHECK(load_error(empty) == sentence(empty, "it is not a TrueType font (.ttf)"));

    Bytes b = bytes_of(liberation_regular);
    put(b, 0, 4, 0x4F54544F); // 'OTTO'
    const fs::path otf = dir.write("cff.otf", b);
    CHECK(load_error(otf) == sentence(otf, "it is an OpenType font with PostScript (CFF) "
                                           "outlines, which thidua cannot embed; use a "
                                           "TrueType font (.ttf)"));
    put(b, 0, 4, 0x74746366); // 'ttcf'
    const fs::path ttc = dir.write("fonts.ttc", b);
    CHECK(load_error(ttc) == sentence(ttc, "it is a font collection (.ttc) holding several "
                                           "fonts; use a single TrueType font (.ttf)"));
}

TEST_CASE("a missing table and a missing Unicode character map are named") {
    TempDir dir;
    const Bytes original = bytes_of(liberation_regular);
    const auto sentence = [](const fs::path& p, const std::string& why) {
        return "cannot read the font file " + p.string() + ": " + why;
    };

    Bytes no_hmtx = original;
    put(no_hmtx, entry_of(no_hmtx, "hmtx"), 4, 0x786D7478); // renamed 'xmtx'
    const fs::path p1 = dir.write("no-hmtx.ttf", no_hmtx);
    CHECK(load_error(p1) ==
          sentence(p1, "it is damaged or cut short (the 'hmtx' table is missing)"));

    Bytes no_unicode = original; // every cmap subtable moved to platform 7
    const std::size_t cmap = table_of(no_unicode, "cmap");
    for (std::size_t i = 0, n = get(no_unicode, cmap + 2, 2); i < n; ++i)
        put(no_unicode, cmap + 4 + 8 * i, 2, 7);
    const fs::path p2 = dir.write("no-unicode.ttf", no_unicode);
    CHECK(load_error(p2) == sentence(p2, "it has no Unicode character map (cmap format 4 or 12), "
                                         "so no letter can be found in it"));

    // An impossible unitsPerEm is read as HarfBuzz reads it (1000, the value
    // the OpenType specification's range check falls back to).
    Bytes bad_head = original;
    put(bad_head, table_of(bad_head, "head") + 18, 2, 0); // unitsPerEm 0
    CHECK(load_ok(dir.write("bad-head.ttf", bad_head))->units_per_em() == 1000);

    Bytes no_glyphs = original;
    put(no_glyphs, table_of(no_glyphs, "maxp") + 4, 2, 0); // numGlyphs 0
    const fs::path p3 = dir.write("no-glyphs.ttf", no_glyphs);
    CHECK(load_error(p3) == sentence(p3, "it is damaged or cut short (its 'maxp' table is too "
                                         "short or holds impossible values)"));
}

TEST_CASE("a truncated font file gives an error, not a crash") {
    TempDir dir;
    const Bytes whole = bytes_of(liberation_regular);
    std::vector<std::size_t> lengths;
    for (std::size_t n = 0; n < 300; ++n)
        lengths.push_back(n);
    std::size_t end_of_tables = 0;
    for (std::size_t i = 0, n = get(whole, 4, 2); i < n; ++i) {
        const std::size_t start = get(whole, 12 + 16 * i + 8, 4);
        const std::size_t end = start + get(whole, 12 + 16 * i + 12, 4);
        lengths.insert(lengths.end(), {start + 1, end - 1});
        end_of_tables = std::max(end_of_tables, end);
    }
    for (const std::size_t n : lengths) {
        const fs::path cut = dir.write("cut.ttf", Bytes(whole.begin(), whole.begin() + n));
        const std::string error = load_error(cut);
        INFO("first " << n << " bytes");
        CHECK(error.starts_with("cannot read the font file " + cut.string() + ": it is "));
    }
    const fs::path cut = dir.write("cut.ttf", Bytes(whole.begin(), whole.begin() + 200000));
    CHECK(load_error(cut) == "cannot read the font file " + cut.string() +
                                 ": it is damaged or cut short (its table directory points "
                                 "outside the file)");
    CHECK(end_of_tables <= whole.size());
}

TEST_CASE("damaged tables give an error or a usable font, never a crash") {
    TempDir dir;
    const Bytes whole = bytes_of(liberation_regular);
    const std::size_t tables = get(whole, 4, 2);
    std::uint32_t seed = 12345;
    const auto random = [&](std::uint32_t below) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) % below;
    };
    int loaded = 0;
    for (int round = 0; round < 300; ++round) {
        Bytes b = whole;
        // Somewhere a decoder looks: the directory, a table's start, or a glyph's start.
        std::size_t at = 0;
        switch (random(3)) {
        case 0:
            at = random(static_cast<std::uint32_t>(12 + 16 * tables));
            break;
        case 1:
            at = get(b, 12 + 16 * random(static_cast<std::uint32_t>(tables)) + 8, 4) + random(64);
            break;
        default:
            at = glyph_at(b, random(2602)) + random(24);
        }
        const std::uint32_t values[] = {0x00, 0xFF, 0x80, 0x7F, random(256)};
        for (std::uint32_t k = 0, n = 1 + random(4); k < n && at + k < b.size(); ++k)
            b[at + k] = static_cast<std::uint8_t>(values[random(5)]);

        const fs::path path = dir.write("damaged.ttf", b);
        std::string error;
        const auto font = FontFile::load(path, error);
        if (!font) {
            INFO("round " << round << ", byte " << at);
            CHECK((error.starts_with("cannot read the font file ") ||
                   error.starts_with("the font ")));
            continue;
        }
        ++loaded;
        CHECK(font->measure("Hội nghị đại biểu", Pt(13)).value >= 0);
        std::string why;
        const auto cut = font->subset({U'H', U'ộ', U'ệ'}, why);
        CHECK(cut.empty() != why.empty());
        CHECK(font->units_per_em() >= 16);
    }
    CHECK(loaded > 0);
}
