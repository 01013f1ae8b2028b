// PDF/A-1b output (Metadata::pdfa), judged on the files: qpdf's JSON read by
// a Python script (stdlib and fontTools) for the XMP, the Info dictionary,
// the output intent, the /ID and each font's CIDSet against the glyphs drawn;
// pdffonts, pdftotext, qpdf --check; identical bytes twice; the executable's
// `render --pdfa`; Apache PDFBox Preflight (a PDF/A-1b validator) when it is
// installed. Also the pure parts: XMP dates and escaping, CIDSet bits, the
// colour profile check.
#include "font/font_file.hpp"
#include "pdf/cid_set.hpp"
#include "pdf/icc_profile.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/xmp_packet.hpp"
#include "support.hpp"

#include <array>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace thidua;
using units::Pt;

// Reads a PDF through `qpdf --json` and prints one "key=value" per line (a
// newline in a value as \n): header and version, trailer /ID (and whether it
// is the MD5 of the file with zeros in its place), Info entries, the XMP
// stream's dictionary and properties, the output intents, per Type 0 font
// "ok N CIDs" or its problems (not embedded, no CapHeight, no CIDSet, a CIDSet
// other than CID 0 plus the CIDs the pages draw with it, a CID whose glyph is
// missing or has no outline in the embedded subset), and any transparency.
const char* const facts_script = R"PY(
import base64, hashlib, io, json, re, subprocess, sys
import xml.etree.ElementTree as ET
from fontTools.ttLib import TTFont

path, profile = sys.argv[1], sys.argv[2]
sys.path.insert(0, sys.argv[3])  # tests/tools
from check_subset_glyphs import cmap_codes
raw = open(path, 'rb').read()
js = json.loads(subprocess.run(
    ['qpdf', '--json=2', '--json-key=qpdf', '--json-stream-data=inline',
     '--decode-level=generalized', path], check=True, capture_output=True).stdout)
meta, objs = js['qpdf']

def out(key, value):
    print(key + '=' + str(value).replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r'))

def entry(ref):
    return objs['obj:' + ref] if isinstance(ref, str) else {'value': ref}

def dict_of(ref):
    e = entry(ref)
    return e['value'] if 'value' in e else e['stream']['dict']

def literal(body):
    # The bytes of a literal string's body (ISO 32000-1, 7.3.4.2).
    out, i = bytearray(), 0
    escapes = {'n': 10, 'r': 13, 't': 9, 'b': 8, 'f': 12}
    while i < len(body):
        c = body[i]
        if c != '\\':
            out.append(ord(c))
            i += 1
            continue
        e = body[i + 1]
        octal = re.match(r'[0-7]{1,3}', body[i + 1:])
        if octal:
            out.append(int(octal.group(0), 8) & 0xFF)
            i += 1 + len(octal.group(0))
        else:
            out.append(escapes.get(e, ord(e)))
            i += 2
    return bytes(out)

def data(ref):
    return base64.b64decode(entry(ref)['stream']['data'])

def text(v):
    if v is None:
        return '(absent)'
    if isinstance(v, str) and v[:2] == 'u:':
        return v[2:]
    if isinstance(v, str) and v[:2] == 'b:':
        return bytes.fromhex(v[2:]).decode('latin-1')
    return v

out('header', raw[:8].decode('latin-1'))
out('version', meta['pdfversion'])
trailer = objs['trailer']['value']
out('encrypt', '/Encrypt' in trailer)
ids = [text(v).encode('latin-1').hex() for v in trailer.get('/ID', [])]
out('id', ' '.join(ids) if ids else '(absent)')
if ids:
    zeroed = raw.replace(ids[0].upper().encode(), b'0' * len(ids[0]))
    out('id_is_md5_of_file', hashlib.md5(zeroed).hexdigest() == ids[0])

info = dict_of(trailer['/Info'])
for k in ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate']:
    out('info.' + k, text(info.get('/' + k)))

catalog = dict_of(trailer['/Root'])
ref = catalog.get('/Metadata')
if ref is None:
    out('xmp', '(absent)')
else:
    d = dict_of(ref)
    out('xmp.Type', d.get('/Type'))
    out('xmp.Subtype', d.get('/Subtype'))
    out('xmp.Filter', d.get('/Filter', '(none)'))
    packet = data(ref).decode('utf-8')
    out('xmp.header', packet.startswith('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'))
    out('xmp.trailer', packet.endswith('<?xpacket end="w"?>'))
    try:
        root = ET.fromstring(packet.encode('utf-8'))
        out('xmp', 'parsed')
        ns = {'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
              'dc': 'http://purl.org/dc/elements/1.1/', 'xmp': 'http://ns.adobe.com/xap/1.0/',
              'pdf': 'http://ns.adobe.com/pdf/1.3/', 'pdfaid': 'http://www.aiim.org/pdfa/ns/id/'}
        for key, where in [('title', 'dc:title/rdf:Alt/rdf:li'), ('creator', 'dc:creator/rdf:Seq/rdf:li'),
                           ('description', 'dc:description/rdf:Alt/rdf:li'),
                           ('CreatorTool', 'xmp:CreatorTool'), ('CreateDate', 'xmp:CreateDate'),
                           ('ModifyDate', 'xmp:ModifyDate'), ('Producer', 'pdf:Producer'),
                           ('Keywords', 'pdf:Keywords'), ('part', 'pdfaid:part'),
                           ('conformance', 'pdfaid:conformance')]:
            found = root.findall('.//' + where, ns)
            out('xmp.' + key, '(absent)' if not found else found[0].text if len(found) == 1 else '(several)')
    except ET.ParseError as e:
        out('xmp', 'not XML: ' + str(e))

intents = [dict_of(i) for i in catalog.get('/OutputIntents', [])]
out('intents', len(intents))
for i in intents:
    out('intent.S', i.get('/S'))
    out('intent.OutputConditionIdentifier', text(i.get('/OutputConditionIdentifier')))
    p = i.get('/DestOutputProfile')
    out('intent.N', dict_of(p).get('/N') if p else '(absent)')
    out('intent.profile_is_file', p is not None and data(p) == open(profile, 'rb').read())

drawn = {}
for key, e in objs.items():
    page = e.get('value') if key.startswith('obj:') else None
    if isinstance(page, dict) and page.get('/Type') == '/Page':
        fonts = dict_of(page['/Resources'])['/Font']
        if isinstance(fonts, str):  # one /Font dictionary all pages share
            fonts = dict_of(fonts)
        contents = page['/Contents'] if isinstance(page['/Contents'], list) else [page['/Contents']]
        stream = b''.join(data(c) for c in contents).decode('latin-1')
        current = None
        # Every string of thidua's content streams is text shown (by Tj, or
        # in a TJ array with the words of its line).
        for m in re.finditer(r'/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\(((?:\\.|[^\\)])*)\)',
                             stream, re.S):
            if m.group(1):
                current = fonts['/' + m.group(1)]
                continue
            codes = bytes.fromhex(m.group(2)) if m.group(2) is not None else literal(m.group(3))
            drawn.setdefault(current, set()).update(
                codes[i] << 8 | codes[i + 1] for i in range(0, len(codes) - 1, 2))

count = 0
for key, e in sorted(objs.items()):
    v = e.get('value')
    if not (isinstance(v, dict) and v.get('/Type') == '/Font') or v.get('/Subtype') == '/CIDFontType2':
        continue
    name = v.get('/BaseFont', '/?')[1:]
    if v.get('/Subtype') != '/Type0':
        out('font.' + name, 'not a CID font')
        continue
    count += 1
    cid = dict_of(v['/DescendantFonts'][0])
    fd = dict_of(cid['/FontDescriptor'])
    problems = []
    if '/FontFile2' not in fd:
        problems.append('not embedded')
    if not fd.get('/CapHeight'):
        problems.append('no CapHeight')
    cidset = set()
    if '/CIDSet' not in fd:
        problems.append('no CIDSet')
    else:
        bits = data(fd['/CIDSet'])
        cidset = {i for i in range(8 * len(bits)) if bits[i // 8] & (0x80 >> (i % 8))}
        expected = {0} | drawn.get(key[4:], set())
        if cidset != expected:
            problems.append('CIDSet %s but drawn %s' % (sorted(cidset), sorted(expected)))
    if '/FontFile2' in fd:
        gidmap = data(cid['/CIDToGIDMap'])
        program = TTFont(io.BytesIO(data(fd['/FontFile2'])))
        order, glyf = program.getGlyphOrder(), program['glyf']
        # White space has no outline (the CIDs /ToUnicode gives it).
        blank = {c for c, t in cmap_codes(data(v['/ToUnicode']).decode('latin-1')).items()
                 if t.isspace()}
        for c in sorted(cidset - {0}):
            gid = int.from_bytes(gidmap[2 * c:2 * c + 2], 'big')
            if gid == 0 or gid >= len(order):
                problems.append('CID %04X has no glyph' % c)
            elif glyf[order[gid]].numberOfContours == 0 and c not in blank:
                problems.append('CID %04X: glyph %d has no outline in the subset' % (c, gid))
    out('font.' + name, 'ok %d CIDs' % (len(cidset) - 1) if not problems else '; '.join(problems))
out('fonts', count)

found = set()
for key, e in objs.items():
    todo = [e.get('value', e.get('stream', {}).get('dict'))] if key.startswith('obj:') else []
    while todo:
        x = todo.pop()
        if isinstance(x, dict):
            for k, y in x.items():
                if k in ('/SMask', '/CA', '/ca') or (k == '/BM' and y not in ('/Normal', '/Compatible')) \
                        or (k == '/S' and y == '/Transparency'):
                    found.add(k)
                todo.append(y)
        elif isinstance(x, list):
            todo.extend(x)
out('transparency', ' '.join(sorted(found)) if found else 'none')
)PY";

using Facts = std::map<std::string, std::string>;

const std::array<std::string, 4> liberation_serif = {
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-BoldItalic.ttf"};
const std::array<std::string, 4> dejavu_serif = {
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf"};

pdf::FontSet load_fonts(const std::array<std::string, 4>& files) {
    pdf::FontSet set;
    for (std::size_t i = 0; i < 4; ++i) {
        std::string error;
        set[i] = font::FontFile::load(files[i], error);
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
               ("thidua-pdfa-" + name + "-" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

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

// The facts_script's lines about `pdf` as a map.
Facts facts(const fs::path& pdf, const TempDir& dir) {
    const fs::path script = dir.path / "pdfa_facts.py";
    if (!fs::exists(script)) std::ofstream(script) << facts_script;
    const auto p = run("/usr/bin/python3 " + quote(script.string()) + " " + quote(pdf.string()) +
                           " " + quote(pdf::srgb_profile_path.string()) + " " +
                           quote(test::source_path("tests/tools")),
                       dir);
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    REQUIRE(p.err.empty());
    Facts f;
    std::istringstream lines(p.out);
    for (std::string line; std::getline(lines, line);) {
        const auto eq = line.find('=');
        if (eq != std::string::npos) f[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return f;
}

// The Vietnamese alphabet in the four styles, whole lines (spaces drawn too).
layout::Document alphabet_document(const std::string& last_word = "Hết.") {
    const std::array<std::string, 4> lines = {
        "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị đ",
        "oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ",
        "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ Đ",
        "OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ",
    };
    layout::Document doc;
    doc.pages.resize(2);
    double y = 780;
    for (int s = 0; s < 4; ++s) {
        doc.pages[0].texts.push_back(
            {units::mm(25), Pt(y), lines[s], static_cast<layout::FontStyle>(s), Pt(12)});
        y -= 20;
    }
    doc.pages[0].rules.push_back(
        {units::mm(25), Pt(y), units::mm(120), Pt(y), Pt(0.6), /*dotted=*/false});
    doc.pages[1].texts.push_back(
        {units::mm(25), Pt(700), last_word, layout::FontStyle::regular, Pt(12)});
    return doc;
}

std::vector<std::string> expected_text(const layout::Document& doc) {
    std::vector<std::string> lines;
    for (const layout::Page& p : doc.pages)
        for (const layout::PlacedText& t : p.texts)
            lines.push_back(t.text);
    return lines;
}

pdf::Metadata pdfa_metadata() {
    pdf::Metadata m;
    m.title = "Biên bản hội nghị tổng kết năm 2023";
    m.subject = "Giao ước thi đua";
    m.author = "Cụm thi đua Đông Bắc";
    m.created = text::Date{2023, 11, 24};
    m.pdfa = true;
    return m;
}

fs::path write(const layout::Document& doc, const pdf::FontSet& fonts, const pdf::Metadata& meta,
               const TempDir& dir, const std::string& name) {
    const fs::path out = dir.path / name;
    std::string error;
    const bool ok = pdf::write_pdf(doc, fonts, meta, out, error);
    INFO(error);
    REQUIRE(ok);
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

TEST_CASE("PDF/A: version 1.4, XMP metadata equal to the Info dictionary, part 1 conformance B") {
    TempDir dir("xmp");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    const fs::path out = write(alphabet_document(), fonts, pdfa_metadata(), dir, "a.pdf");
    Facts f = facts(out, dir);
    CHECK(f["header"] == "%PDF-1.4");
    CHECK(f["version"] == "1.4");

    CHECK(f["xmp.Type"] == "/Metadata");
    CHECK(f["xmp.Subtype"] == "/XML");
    CHECK(f["xmp.Filter"] == "(none)");
    CHECK(f["xmp.header"] == "True");
    CHECK(f["xmp.trailer"] == "True");
    CHECK(f["xmp"] == "parsed");
    CHECK(f["xmp.part"] == "1");
    CHECK(f["xmp.conformance"] == "B");

    CHECK(f["info.Title"] == "Biên bản hội nghị tổng kết năm 2023");
    CHECK(f["xmp.title"] == f["info.Title"]);
    CHECK(f["info.Author"] == "Cụm thi đua Đông Bắc");
    CHECK(f["xmp.creator"] == f["info.Author"]);
    CHECK(f["info.Subject"] == "Giao ước thi đua");
    CHECK(f["xmp.description"] == f["info.Subject"]);
    CHECK(f["info.Creator"] == "thidua");
    CHECK(f["xmp.CreatorTool"] == f["info.Creator"]);
    CHECK(f["info.Producer"] == "Haru Free PDF Library 2.3.0");
    CHECK(f["xmp.Producer"] == f["info.Producer"]);
    CHECK(f["info.Keywords"] == "(absent)");
    CHECK(f["xmp.Keywords"] == "(absent)");
    // The meeting's date in both, the same instant in each one's notation.
    CHECK(f["info.CreationDate"] == "D:20231124000000+00'00'");
    CHECK(f["xmp.CreateDate"] == "2023-11-24T00:00:00+00:00");
    CHECK(f["info.ModDate"] == "(absent)");
    CHECK(f["xmp.ModifyDate"] == "(absent)");
}

TEST_CASE("PDF/A: a title beyond U+FFFF is written as a UTF-16 pair, read back the same in both") {
    // The Info strings are UTF-16BE with a byte-order mark, a code point
    // above U+FFFF as a surrogate pair: U+1D54B is D835 DD4B.
    TempDir dir("astral");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    pdf::Metadata m = pdfa_metadata();
    m.title = "Hội nghị \U0001D54B năm 2023";
    const fs::path out = write(alphabet_document(), fonts, m, dir, "a.pdf");
    Facts f = facts(out, dir);
    CHECK(f["xmp"] == "parsed");
    CHECK(f["info.Title"] == m.title);
    CHECK(f["xmp.title"] == m.title);
    const std::string raw = test::read_file(out.string());
    CHECK(raw.find("/Title <FEFF0048") != std::string::npos);
    CHECK(raw.find("D835DD4B") != std::string::npos);
}

TEST_CASE("PDF/A: metadata with XML's special characters is escaped and still equal") {
    TempDir dir("escape");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    pdf::Metadata m = pdfa_metadata();
    m.title = "Tổng kết \"2023\" & <2024>: 'đạt' ]]> &amp;";
    m.author = "Cụm A & B <Đông Bắc>";
    m.subject = "tab\there";
    Facts f = facts(write(alphabet_document(), fonts, m, dir, "a.pdf"), dir);
    CHECK(f["xmp"] == "parsed");
    CHECK(f["info.Title"] == m.title);
    CHECK(f["xmp.title"] == m.title);
    CHECK(f["xmp.creator"] == m.author);
    CHECK(f["xmp.description"] == m.subject);

    // A character XML cannot carry is refused, and nothing is written.
    m.title = "Biên bản\x01";
    std::string error;
    CHECK_FALSE(pdf::write_pdf(alphabet_document(), fonts, m, dir.path / "b.pdf", error));
    CHECK(error == "the document title contains U+0001, which PDF/A metadata (XML) cannot hold");
    CHECK_FALSE(fs::exists(dir.path / "b.pdf"));
}

TEST_CASE("PDF/A: without a meeting date neither the Info dictionary nor the XMP has a date") {
    TempDir dir("nodate");
    pdf::Metadata m = pdfa_metadata();
    m.created.reset();
    Facts f = facts(write(alphabet_document(), load_fonts(liberation_serif), m, dir, "a.pdf"), dir);
    CHECK(f["xmp"] == "parsed");
    CHECK(f["info.CreationDate"] == "(absent)");
    CHECK(f["info.ModDate"] == "(absent)");
    CHECK(f["xmp.CreateDate"] == "(absent)");
    CHECK(f["xmp.ModifyDate"] == "(absent)");
    CHECK(f["xmp.CreatorTool"] == "thidua");
}

TEST_CASE("PDF/A: the sRGB output intent embeds the profile from icc-profiles-free") {
    TempDir dir("intent");
    Facts f = facts(
        write(alphabet_document(), load_fonts(liberation_serif), pdfa_metadata(), dir, "a.pdf"),
        dir);
    CHECK(f["intents"] == "1");
    CHECK(f["intent.S"] == "/GTS_PDFA1");
    CHECK(f["intent.OutputConditionIdentifier"] == "sRGB IEC61966-2.1");
    CHECK(f["intent.N"] == "3");
    CHECK(f["intent.profile_is_file"] == "True");
}

TEST_CASE("PDF/A: every font embedded, with CapHeight and a CIDSet of exactly the CIDs drawn") {
    TempDir dir("cidset");
    for (const auto* family : {&liberation_serif, &dejavu_serif}) {
        CAPTURE((*family)[0]);
        const fs::path out =
            write(alphabet_document(), load_fonts(*family), pdfa_metadata(), dir, "a.pdf");
        Facts f = facts(out, dir);
        CHECK(f["fonts"] == "4");
        int checked = 0;
        for (const auto& fact : f)
            if (const std::string& key = fact.first; key.rfind("font.", 0) == 0) {
                const std::string& value = fact.second; // named: clang 14 cannot capture bindings
                CAPTURE(key);
                CAPTURE(value);
                CHECK(value.rfind("ok ", 0) == 0);
                ++checked;
            }
        CHECK(checked == 4);

        const auto p = run("pdffonts " + quote(out.string()), dir);
        CHECK(p.exit_code == 0);
        CHECK(p.err == "");
        const std::vector<std::string> rows = lines_of(p.out);
        REQUIRE(rows.size() == 6);
        for (std::size_t i = 2; i < rows.size(); ++i) {
            CAPTURE(rows[i]);
            CHECK(rows[i].find(" CID TrueType ") != std::string::npos);
            CHECK(rows[i].find(" Identity-H       yes yes yes ") != std::string::npos);
        }
    }
}

TEST_CASE("PDF/A: the /ID comes from the content: the same for the same input, else different") {
    TempDir dir("id");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    Facts a = facts(write(alphabet_document(), fonts, pdfa_metadata(), dir, "a.pdf"), dir);
    REQUIRE(a["id"].size() == 65);                      // two 16-byte strings
    CHECK(a["id"].substr(0, 32) == a["id"].substr(33)); // written once: both equal
    CHECK(a["id_is_md5_of_file"] == "True");            // no clock, no randomness

    Facts again = facts(write(alphabet_document(), fonts, pdfa_metadata(), dir, "b.pdf"), dir);
    CHECK(again["id"] == a["id"]);

    Facts other_text =
        facts(write(alphabet_document("Hết!"), fonts, pdfa_metadata(), dir, "c.pdf"), dir);
    CHECK(other_text["id"] != a["id"]);
    CHECK(other_text["id_is_md5_of_file"] == "True");

    pdf::Metadata m = pdfa_metadata();
    m.created = text::Date{2023, 11, 25};
    Facts other_date = facts(write(alphabet_document(), fonts, m, dir, "d.pdf"), dir);
    CHECK(other_date["id"] != a["id"]);
}

TEST_CASE("PDF/A: readers see the text, qpdf finds no error, nothing transparent, no encryption") {
    TempDir dir("readers");
    const layout::Document doc = alphabet_document();
    const fs::path out = write(doc, load_fonts(dejavu_serif), pdfa_metadata(), dir, "a.pdf");

    const auto text = run("pdftotext " + quote(out.string()) + " -", dir);
    CHECK(text.exit_code == 0);
    CHECK(text.err == "");
    CHECK(lines_of(text.out) == expected_text(doc));

    const auto check = run("qpdf --check " + quote(out.string()), dir);
    CHECK(check.exit_code == 0);
    CHECK(check.err == "");
    CHECK(check.out.find("PDF Version: 1.4\n") != std::string::npos);
    CHECK(check.out.find("File is not encrypted") != std::string::npos);
    CHECK(check.out.find("No syntax or stream encoding errors found") != std::string::npos);

    Facts f = facts(out, dir);
    CHECK(f["encrypt"] == "False");
    CHECK(f["transparency"] == "none");
}

TEST_CASE("PDF/A: the same input gives the same bytes, on disk and in memory") {
    TempDir dir("same");
    const pdf::FontSet fonts = load_fonts(liberation_serif);
    const layout::Document doc = alphabet_document();
    const std::string a = test::read_file(write(doc, fonts, pdfa_metadata(), dir, "a.pdf"));
    const std::string b = test::read_file(write(doc, fonts, pdfa_metadata(), dir, "b.pdf"));
    CHECK(a.size() > 1000);
    CHECK(a == b);
    std::string in_memory, error;
    REQUIRE(pdf::render_pdf(doc, fonts, pdfa_metadata(), in_memory, error));
    CHECK(in_memory == a);
}

TEST_CASE("PDF/A: without the flag the file has none of it, as before") {
    TempDir dir("plain");
    pdf::Metadata m = pdfa_metadata();
    m.pdfa = false;
    Facts f = facts(write(alphabet_document(), load_fonts(liberation_serif), m, dir, "a.pdf"), dir);
    CHECK(f["header"] == "%PDF-1.3");
    CHECK(f["xmp"] == "(absent)");
    CHECK(f["intents"] == "0");
    CHECK(f["id"] == "(absent)");
    for (const auto& fact : f)
        if (const std::string& key = fact.first; key.rfind("font.", 0) == 0) {
            const std::string& value = fact.second; // named: clang 14 cannot capture bindings
            CAPTURE(key);
            // CapHeight is required of every font descriptor (ISO 32000-1,
            // table 122); the CIDSet only PDF/A asks for.
            CHECK(value.find("no CIDSet") != std::string::npos);
            CHECK(value.find("no CapHeight") == std::string::npos);
        }
}

TEST_CASE("PDF/A: thidua render --pdfa writes both PDFs as PDF/A-1b, the same bytes twice") {
    TempDir dir("render");
    const std::string sample = test::source_path("samples/dong-bac-2023.xml");
    for (const char* run_dir : {"one", "two"})
        for (const char* only : {"minutes", "covenant"}) {
            const auto p =
                test::run_thidua("render " + quote(sample) + " -o " +
                                 quote((dir.path / run_dir).string()) + " --pdfa --only " + only);
            INFO(p.out, p.err);
            REQUIRE(p.exit_code == 0);
        }
    for (const char* name : {"bien-ban.pdf", "giao-uoc.pdf"}) {
        CAPTURE(name);
        const fs::path one = dir.path / "one" / "dong-bac" / "2023" / name;
        const fs::path two = dir.path / "two" / "dong-bac" / "2023" / name;
        CHECK(test::read_file(one.string()) == test::read_file(two.string()));
        Facts f = facts(one, dir);
        CHECK(f["version"] == "1.4");
        CHECK(f["xmp"] == "parsed");
        CHECK(f["xmp.part"] == "1");
        CHECK(f["xmp.conformance"] == "B");
        CHECK(f["xmp.title"] == f["info.Title"]);
        CHECK(f["xmp.creator"] == f["info.Author"]);
        CHECK(f["xmp.description"] == f["info.Subject"]);
        CHECK(f["info.CreationDate"] == "D:20231124000000+00'00'");
        CHECK(f["xmp.CreateDate"] == "2023-11-24T00:00:00+00:00");
        CHECK(f["intent.profile_is_file"] == "True");
        CHECK(f["id_is_md5_of_file"] == "True");
        CHECK(f["transparency"] == "none");
        for (const auto& fact : f)
            if (const std::string& key = fact.first; key.rfind("font.", 0) == 0) {
                const std::string& value = fact.second; // named: clang 14 cannot capture bindings
                CAPTURE(key);
                CHECK(value.rfind("ok ", 0) == 0);
            }
        const auto text = run("pdftotext " + quote(one.string()) + " -", dir);
        CHECK(text.err == "");
        CHECK(text.out.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") != std::string::npos);
        const auto check = run("qpdf --check " + quote(one.string()), dir);
        CHECK(check.exit_code == 0);
    }
}

// Apache PDFBox's Preflight validates PDF/A-1b. Debian bookworm packages it
// (libpdfbox2-java, with libactivation-java, libjaxb-api-java and a Java
// runtime); scripts/deps.sh installs them.
TEST_CASE("PDF/A: PDFBox Preflight finds the files valid PDF/A-1b") {
    const std::vector<std::string> jars = {
        "preflight.jar",       "pdfbox2.jar",          "fontbox2.jar", "xmpbox.jar",
        "commons-logging.jar", "javax.activation.jar", "jaxb-api.jar"};
    std::string classpath;
    for (const std::string& jar : jars) {
        const std::string path = "/usr/share/java/" + jar;
        REQUIRE_MESSAGE(fs::exists(path), path << " is missing; run scripts/deps.sh");
        classpath += (classpath.empty() ? "" : ":") + path;
    }
    REQUIRE_MESSAGE(fs::exists("/usr/bin/java"), "no Java runtime; run scripts/deps.sh");
    TempDir dir("preflight");
    const fs::path out =
        write(alphabet_document(), load_fonts(dejavu_serif), pdfa_metadata(), dir, "a.pdf");
    const auto p = run("/usr/bin/java -cp " + quote(classpath) +
                           " org.apache.pdfbox.preflight.Validator_A1b " + quote(out.string()),
                       dir);
    INFO(p.out, p.err);
    CHECK(p.exit_code == 0);
    CHECK(p.out.find("is a valid PDF/A-1b file") != std::string::npos);

    // And it does see what is missing without the flag.
    pdf::Metadata m = pdfa_metadata();
    m.pdfa = false;
    const fs::path plain = write(alphabet_document(), load_fonts(dejavu_serif), m, dir, "b.pdf");
    const auto q = run("/usr/bin/java -cp " + quote(classpath) +
                           " org.apache.pdfbox.preflight.Validator_A1b " + quote(plain.string()),
                       dir);
    CHECK(q.out.find("is not a valid PDF/A-1b file") != std::string::npos);
    CHECK(q.out.find("CIDSet") != std::string::npos);
}

TEST_CASE("XMP dates from PDF dates, XML escaping, refused characters") {
    CHECK(pdf::xmp_date("D:20231124000000+00'00'") == "2023-11-24T00:00:00+00:00");
    CHECK(pdf::xmp_date("D:20231124083000+07'00'") == "2023-11-24T08:30:00+07:00");
    CHECK(pdf::xmp_date("D:20231124083000-05'30") == "2023-11-24T08:30:00-05:30");
    CHECK(pdf::xmp_date("D:20231124083000Z00'00'") == "2023-11-24T08:30:00Z");
    CHECK(pdf::xmp_date("D:20231124083000") == "2023-11-24T08:30:00");
    CHECK_FALSE(pdf::xmp_date("20231124083000"));
    CHECK_FALSE(pdf::xmp_date("D:2023112408"));
    CHECK_FALSE(pdf::xmp_date("D:20231124083000+7"));

    CHECK(pdf::xml_escape("a & b <c> \"d\" 'e'\r") ==
          "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;&#13;");
    CHECK(pdf::xml_escape("Đông Bắc") == "Đông Bắc");

    std::string error;
    pdf::XmpFields f;
    f.title = "x\x1Fy";
    CHECK_FALSE(pdf::xmp_packet(f, error));
    CHECK(error == "the document title contains U+001F, which PDF/A metadata (XML) cannot hold");
    f.title = "\xEF\xBF\xBE"; // U+FFFE
    CHECK_FALSE(pdf::xmp_packet(f, error));
    CHECK(error.find("U+FFFE") != std::string::npos);
    f.title = "\xC3";
    CHECK_FALSE(pdf::xmp_packet(f, error));
    CHECK(error.find("the document title is not valid UTF-8") == 0);
    f.title = "ok";
    f.created = "yesterday";
    CHECK_FALSE(pdf::xmp_packet(f, error));
    CHECK(error == "the document's creation date yesterday is not a PDF date");

    f.created.reset();
    const auto packet = pdf::xmp_packet(f, error);
    REQUIRE(packet);
    CHECK(packet->find("<pdfaid:part>1</pdfaid:part>") != std::string::npos);
    CHECK(packet->find("<pdfaid:conformance>B</pdfaid:conformance>") != std::string::npos);
    CHECK(packet->find("xmp:CreateDate") == std::string::npos);
}

TEST_CASE("CIDSet bits: CID 0 and each CID, most significant bit first") {
    using Cids = std::vector<std::uint16_t>;
    CHECK(pdf::cid_set_bits(Cids{}) == std::string("\x80", 1));
    CHECK(pdf::cid_set_bits(Cids{1, 7}) == std::string("\xC1", 1));
    CHECK(pdf::cid_set_bits(Cids{8, 15}) == std::string("\x80\x81", 2));
    const std::string bits = pdf::cid_set_bits(Cids{0x41, 0x1EC7});
    CHECK(bits.size() == 0x1EC7 / 8 + 1);
    CHECK(static_cast<unsigned char>(bits[0x41 / 8]) == (0x80u >> (0x41 % 8)));
    CHECK(static_cast<unsigned char>(bits.back()) == (0x80u >> (0x1EC7 % 8)));
}

TEST_CASE("the colour profile: a missing file names the package, other files are refused") {
    TempDir dir("icc");
    std::string error;
    CHECK(pdf::read_rgb_icc_profile(pdf::srgb_profile_path, error)); // installed by deps.sh
    CHECK_FALSE(pdf::read_rgb_icc_profile(dir.path / "sRGB.icc", error));
    CHECK(error == "PDF/A needs the sRGB colour profile " + (dir.path / "sRGB.icc").string() +
                       ", which is missing: install the Debian package icc-profiles-free");

    const fs::path text = dir.path / "text.icc";
    std::ofstream(text) << "not a profile";
    CHECK_FALSE(pdf::read_rgb_icc_profile(text, error));
    CHECK(error == "the colour profile " + text.string() + " is not an ICC profile");

    const fs::path gray = "/usr/share/color/icc/Gray.icc"; // same package
    if (fs::exists(gray)) {
        CHECK_FALSE(pdf::read_rgb_icc_profile(gray, error));
        CHECK(error == "the colour profile " + gray.string() + " is not an RGB profile");
    }
}
