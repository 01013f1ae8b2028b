// Layout: line breaking and justification, page breaks that keep headings
// with what follows, no single line alone, table headers repeated on every
// page, signature rows kept whole, page numbers, the missing-glyph check.
#include "cli/font_choice.hpp"
#include "doc/template.hpp"
#include "layout/layout.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <map>
#include <set>
#include <sstream>

using namespace thidua;
using units::Pt;

namespace {

const layout::Fonts& fonts() {
    static const layout::Fonts f = [] {
        std::string error;
        auto loaded = cli::load_fonts("", error);
        REQUIRE_MESSAGE(loaded, error);
        return *loaded;
    }();
    return f;
}

// The layout of `d`, which must raise no error.
layout::Document laid_out(const doc::Document& d) {
    diag::Diagnostics diags("test");
    layout::Document out = layout::lay_out(d, fonts(), diags);
    CHECK_MESSAGE(diags.empty(), diags.format());
    return out;
}

doc::Cell cell(const std::string& text, bool bold = false) {
    doc::Cell c;
    c.spans = {{text, bold, false, false, ""}};
    return c;
}

// A two-column table (TT, Đơn vị) with its header row and no data yet.
doc::Table headed_table() {
    doc::Table t;
    t.widths = {{units::cm(1), 0}, {Pt(0), 1}};
    doc::TableRow header;
    header.header = true;
    header.cells = {cell("TT", true), cell("Đơn vị", true)};
    t.rows.push_back(header);
    return t;
}

doc::Signer signer(const std::string& title, const std::string& name) {
    doc::Signer s;
    s.titles = {{{title, true, false, false, ""}}};
    s.name = {{name, true, false, false, ""}};
    return s;
}

doc::Paragraph para(const std::string& text, bool keep_with_next = false) {
    doc::Paragraph p;
    p.spans = {{text, false, false, false, "test"}};
    p.first_indent = units::cm(1.27);
    p.keep_with_next = keep_with_next;
    return p;
}

std::string words(int n) {
    std::string out;
    for (int k = 0; k < n; ++k)
        out += (k ? " " : "") + std::string("thi đua");
    return out;
}

// Page index of every text that contains `needle`.
std::vector<std::size_t> pages_with(const layout::Document& d, const std::string& needle) {
    std::vector<std::size_t> out;
    for (std::size_t p = 0; p < d.pages.size(); ++p) {
        for (const layout::PlacedText& t : d.pages[p].texts) {
            if (t.text.find(needle) != std::string::npos) out.push_back(p);
        }
    }
    return out;
}

Pt content_bottom(const doc::Document& d) {
    return d.page.margin_bottom;
}

} // namespace

TEST_CASE("justified lines end at the right margin, the last line does not") {
    doc::Document d;
    d.blocks.push_back({para(words(60))});
    const auto out = laid_out(d);
    REQUIRE(out.pages.size() == 1);
    const Pt right = d.page.width - d.page.margin_right;
    std::map<double, Pt> line_end; // baseline -> right edge of the last word
    for (const auto& t : out.pages[0].texts) {
        const Pt end = t.x + fonts()[0]->measure(t.text, t.size);
        line_end[t.baseline.value] = std::max(line_end[t.baseline.value], end);
    }
    REQUIRE(line_end.size() >= 3);
    int full = 0;
    for (auto it = line_end.begin(); it != line_end.end(); ++it) {
        const bool last = it == line_end.begin(); // lowest baseline = last line
        if (!last) {
            CHECK(it->second.value == doctest::Approx(right.value).epsilon(0.0001));
            ++full;
        } else {
            CHECK(it->second < right - Pt(10));
        }
    }
    CHECK(full >= 2);
}

TEST_CASE("a 40-row table repeats its header row on every page it spans") {
    doc::Document d;
    doc::Table t = headed_table();
    for (int k = 1; k <= 40; ++k) {
        doc::TableRow r;
        r.cells = {cell(std::to_string(k)),
                   cell("Liên minh HTX tỉnh số " + std::to_string(k) + " " + words(12))};
        t.rows.push_back(r);
    }
    d.blocks.push_back({t});
    const auto out = laid_out(d);
    REQUIRE(out.pages.size() >= 2);
    for (std::size_t p = 0; p < out.pages.size(); ++p) {
        CAPTURE(p);
        // The header is the highest text of the table on each page.
        double top_table_text = 0;
        std::string top_text;
        for (const auto& t2 : out.pages[p].texts) {
            if (t2.baseline.value > d.page.height.value - d.page.margin_top.value) continue;
            if (t2.baseline.value > top_table_text) {
                top_table_text = t2.baseline.value;
                top_text = t2.text;
            }
        }
        CHECK((top_text == "TT" || top_text == "Đơn vị"));
    }
    CHECK(pages_with(out, "TT").size() == out.pages.size());
    for (int k : {1, 20, 40})
        CHECK(pages_with(out, "số " + std::to_string(k) + " ").size() == 1);
}

TEST_CASE("a signature row that would straddle the foot moves whole to the next page") {
    for (int filler = 20; filler <= 34; ++filler) {
        CAPTURE(filler);
        doc::Document d;
        for (int k = 0; k < filler; ++k)
            d.blocks.push_back({para("Dòng " + std::to_string(k))});
        doc::Signatures s;
        s.signers = {signer("THƯ KÝ", "Nguyễn Văn A"), signer("CHỦ TỌA", "Trần Văn B")};
        d.blocks.push_back({s});
        const auto out = laid_out(d);
        const auto title = pages_with(out, "THƯ KÝ");
        const auto name = pages_with(out, "Nguyễn Văn A");
        const auto other = pages_with(out, "Trần Văn B");
        REQUIRE(title.size() == 1);
        CHECK(name == title);
        CHECK(other == title);
        // Nothing below the bottom margin.
        for (const auto& page : out.pages) {
            for (const auto& t : page.texts)
                CHECK(t.baseline > content_bottom(d) - Pt(1));
        }
    }
}

// Every height of empty space above the block under test, in 1 pt steps over
// a whole page: some of them leave room for exactly one line at the foot.
std::vector<Pt> every_gap(const doc::Document& d) {
    std::vector<Pt> out;
    const Pt room = d.page.height - d.page.margin_top - d.page.margin_bottom;
    for (Pt h{0}; h < room - Pt(40); h += Pt(1))
        out.push_back(h);
    return out;
}

TEST_CASE("no paragraph leaves a single line alone at the foot or the head of a page") {
    // The long paragraph's texts hold 'thi', 'MỞ' or 'HẾT'; the filler's do not.
    std::set<std::size_t> at_foot; // lines left at the foot, over every split
    std::size_t total = 0;
    for (const Pt gap : every_gap(doc::Document{})) {
        CAPTURE(gap.value);
        doc::Document d;
        d.blocks.push_back({para("Đoạn mở đầu")});
        d.blocks.push_back({doc::Space{gap}});
        d.blocks.push_back({para("MỞ " + words(50) + " HẾT")});
        const auto out = laid_out(d);
        std::map<std::size_t, std::set<double>> lines; // page -> baselines of the paragraph
        for (std::size_t p = 0; p < out.pages.size(); ++p) {
            for (const auto& t : out.pages[p].texts) {
                if (t.text.find("thi") != std::string::npos || t.text.find("MỞ") == 0 ||
                    t.text.find("HẾT") != std::string::npos)
                    lines[p].insert(t.baseline.value);
            }
        }
        REQUIRE(!lines.empty());
        total = 0;
        for (const auto& [page, set] : lines)
            total += set.size();
        if (lines.size() > 1) {
            at_foot.insert(lines.begin()->second.size());
            for (const auto& [page, set] : lines)
                CHECK(set.size() >= 2);
        }
    }
    // The sweep splits the paragraph after every line the rule allows, from
    // two at the foot to two at the head: without the rule, one of these
    // gaps would leave a single line.
    REQUIRE(total >= 5);
    for (std::size_t k = 2; k + 2 <= total; ++k)
        CHECK(at_foot.count(k) == 1);
}

TEST_CASE("a heading is never the last thing on a page") {
    int moved = 0;
    for (const Pt gap : every_gap(doc::Document{})) {
        CAPTURE(gap.value);
        doc::Document d;
        d.blocks.push_back({para("Đoạn mở đầu")});
        d.blocks.push_back({doc::Space{gap}});
        d.blocks.push_back({para("TIÊU ĐỀ MỤC", true)});
        d.blocks.push_back({para(words(40))});
        const auto out = laid_out(d);
        const auto heading = pages_with(out, "TIÊU ĐỀ MỤC");
        REQUIRE(heading.size() == 1);
        // The first line of the following paragraph is on the same page.
        bool follows = false;
        for (const auto& t : out.pages[heading[0]].texts)
            follows = follows || t.text.find("thi") != std::string::npos;
        CHECK(follows);
        moved += heading[0] == 1;
    }
    // Some gaps leave room for the heading but not for the line after it.
    CHECK(moved > 0);
}

TEST_CASE("a 30-page proceedings section is numbered from page 2, centred in the top margin") {
    doc::Document d;
    const doc::Block block{para(words(30))};
    d.blocks.assign(420, block);
    const auto out = laid_out(d);
    REQUIRE(out.pages.size() >= 30);
    CHECK(pages_with(out, "1").empty() == false);
    for (std::size_t p = 1; p < out.pages.size(); ++p) {
        const auto& first = out.pages[p].texts.front();
        CHECK(first.text == std::to_string(p + 1));
        CHECK(first.baseline > d.page.height - d.page.margin_top);
        const Pt mid = first.x + fonts()[0]->measure(first.text, first.size) / 2;
        const Pt centre =
            d.page.margin_left + (d.page.width - d.page.margin_left - d.page.margin_right) / 2;
        CHECK(mid.value == doctest::Approx(centre.value).epsilon(0.001));
    }
    for (const auto& t : out.pages[0].texts)
        CHECK(t.baseline < d.page.height - d.page.margin_top);
}

TEST_CASE("a character without a glyph is an error naming it and its origin") {
    doc::Document d;
    doc::Paragraph p;
    p.spans = {{"Hội nghị 会議", false, false, false, "templates/minutes.xml:12"},
               {"ệ ẩ ữ ở Đ", true, true, false, "samples/x.xml"}};
    d.blocks.push_back({p});
    diag::Diagnostics diags("x.xml");
    CHECK_FALSE(layout::check_glyphs(d, fonts(), diags));
    CHECK(diags.format() ==
          "x.xml: error: the character U+4F1A '会' has no glyph in Liberation Serif (regular); it "
          "comes from templates/minutes.xml:12. Write it another way or configure a font that "
          "has it (fonts/README.md)\n"
          "x.xml: error: the character U+8B70 '議' has no glyph in Liberation Serif (regular); it "
          "comes from templates/minutes.xml:12. Write it another way or configure a font that "
          "has it (fonts/README.md)\n");
}

TEST_CASE("signature titles break at the phrase boundary, never inside a kept phrase") {
    for (const char* place : {"NGHỆ AN", "HÀ TĨNH", "BÀ RỊA - VŨNG TÀU"}) {
        CAPTURE(place);
        doc::Document d;
        doc::Signatures s;
        s.columns = 2;
        s.keep = {"LIÊN MINH HTX"};
        s.break_before = {"TỈNH", "THÀNH PHỐ"};
        s.signers = {signer("TM. LIÊN MINH HTX TỈNH " + std::string(place), "Nguyễn Văn A"),
                     signer("TM. LIÊN MINH HTX THÀNH PHỐ HỒ CHÍ MINH", "Trần Văn B")};
        d.blocks.push_back({s});
        const auto out = laid_out(d);
        std::set<std::string> lines;
        for (const auto& t : out.pages[0].texts)
            lines.insert(t.text);
        CHECK(lines.count("TM. LIÊN MINH HTX") == 1);
        CHECK(lines.count("TỈNH " + std::string(place)) == 1);
        CHECK(lines.count("THÀNH PHỐ HỒ CHÍ MINH") == 1);
    }
}

namespace {

// A table of `rows` data rows ("hàng 1", …) and a total row, under a header.
doc::Table numbered_table(int rows) {
    doc::Table t = headed_table();
    for (int k = 1; k <= rows; ++k) {
        doc::TableRow r;
        r.cells = {cell(std::to_string(k)), cell("hàng " + std::to_string(k))};
        t.rows.push_back(r);
    }
    doc::TableRow total;
    total.total = true;
    total.cells = {cell("Tổng"), cell("cộng")};
    t.rows.push_back(total);
    return t;
}

} // namespace

TEST_CASE("a table header never ends a page with fewer than two rows, the last two rows and the "
          "total stay together") {
    std::set<int> first_page_rows; // data rows left on the first page, over every split
    for (const Pt gap : every_gap(doc::Document{})) {
        CAPTURE(gap.value);
        doc::Document d;
        d.blocks.push_back({para("Đoạn mở đầu")});
        d.blocks.push_back({doc::Space{gap}});
        d.blocks.push_back({numbered_table(8)});
        const auto out = laid_out(d);
        std::map<std::size_t, int> rows; // page -> data rows
        std::size_t total_page = 0;
        for (std::size_t p = 0; p < out.pages.size(); ++p) {
            for (const auto& t : out.pages[p].texts) {
                if (t.text.rfind("hàng ", 0) == 0) ++rows[p];
                if (t.text == "Tổng") total_page = p;
            }
        }
        // Every page the table is on holds at least two of its data rows, and
        // the total is on a page with data rows.
        for (const auto& [page, n] : rows)
            CHECK(n >= 2);
        CHECK(rows.count(total_page) == 1);
        if (rows.size() > 1) first_page_rows.insert(rows.begin()->second);
    }
    // The sweep splits the table after every row the rules allow: two rows
    // at the foot up to two (plus the total) at the head.
    for (int k = 2; k <= 6; ++k)
        CHECK(first_page_rows.count(k) == 1);
}

TEST_CASE("a one-cell row of 1,500 words splits across pages between lines") {
    doc::Document d;
    doc::Table t;
    doc::TableRow r;
    r.cells = {cell(words(750))};
    t.rows.push_back(r);
    d.blocks.push_back({t});
    const auto out = laid_out(d); // no error: nothing outside the margins
    // About 11 pairs to a 16 cm line, 68 lines, some 40 to a page: two pages.
    CHECK(out.pages.size() >= 2);
    std::size_t words_found = 0;
    for (const auto& page : out.pages) {
        std::size_t on_page = 0;
        for (const auto& text : page.texts) {
            // A line of a left-aligned cell may be one text: count its words.
            std::istringstream line(text.text);
            for (std::string w; line >> w;)
                if (w == "thi" || w == "đua") ++on_page;
            CHECK(text.baseline > d.page.margin_bottom);
        }
        CHECK(on_page > 0);
        words_found += on_page;
    }
    CHECK(words_found == 1500);
}

TEST_CASE("a column that cannot fit even alone is an error naming the template line and column") {
    doc::Document d;
    doc::Table t = numbered_table(3);
    t.origin = "minutes.xml:62";
    t.key_columns = 1;
    t.rows[1].cells[1] = cell(std::string(200, '9')); // one 200-digit number
    d.blocks.push_back({t});
    diag::Diagnostics diags("nam.xml");
    layout::lay_out(d, fonts(), diags);
    REQUIRE(diags.error_count() == 1);
    const std::string message = diags.format();
    CHECK(message.find("column 2 ('Đơn vị') of the table at minutes.xml:62 cannot fit") !=
          std::string::npos);
}

TEST_CASE("a word wider than its line is an error naming where it comes from") {
    doc::Document d;
    d.blocks.push_back({para("Mở đầu " + std::string(300, 'x'))});
    diag::Diagnostics diags("nam.xml");
    layout::lay_out(d, fonts(), diags);
    CHECK(diags.error_count() >= 1);
    CHECK(diags.format().find("it comes from test") != std::string::npos);
}

TEST_CASE("a landscape section starts its own pages, numbered from 1, inside its margins") {
    doc::Document d;
    for (int k = 0; k < 3; ++k)
        d.blocks.push_back({para(words(200))});
    doc::Section s;
    s.page = doc::landscape_of(d.page);
    s.restart_numbers = true;
    for (int k = 0; k < 3; ++k)
        s.blocks.push_back({para("PHỤ " + words(300))});
    d.blocks.push_back({s});
    const auto out = laid_out(d);
    std::size_t first_landscape = 0;
    for (std::size_t p = 0; p < out.pages.size(); ++p) {
        if (out.pages[p].width > out.pages[p].height && first_landscape == 0) first_landscape = p;
    }
    REQUIRE(first_landscape > 0);
    REQUIRE(out.pages.size() > first_landscape + 1);
    // Its first page: no number, and the appendix text starts it.
    CHECK(out.pages[first_landscape].texts.front().text == "PHỤ");
    // Its second page: number 2, centred in its 30 mm top margin.
    const auto& second = out.pages[first_landscape + 1];
    CHECK(second.texts.front().text == "2");
    CHECK(second.texts.front().baseline > second.height - units::mm(30));
    const Pt centre = units::mm(20) + (second.width - units::mm(40)) / 2;
    CHECK(std::abs((second.texts.front().x - centre).value) < 10);
}

TEST_CASE("every cell's text keeps at least 1.5 pt from the rules on either side") {
    // Numbers as wide as their columns allow, in every alignment, in a table
    // crowded enough to be set small: the closest a text may come to a
    // vertical rule is the padding.
    doc::Document d;
    doc::Table t;
    const int columns = 9;
    for (int c = 0; c < columns; ++c)
        t.widths.push_back({Pt(0), 1});
    doc::TableRow header;
    header.header = true;
    for (int c = 0; c < columns; ++c)
        header.cells.push_back(cell("Năm 2024", true));
    t.rows.push_back(header);
    const doc::Align aligns[] = {doc::Align::left, doc::Align::center, doc::Align::right};
    for (int r = 0; r < 6; ++r) {
        doc::TableRow row;
        for (int c = 0; c < columns; ++c) {
            doc::Cell x = cell(r % 2 ? "-305.736.512,75" : "57,75");
            x.align = aligns[(r + c) % 3];
            row.cells.push_back(x);
        }
        t.rows.push_back(row);
    }
    d.blocks.push_back({std::move(t)});
    const auto out = laid_out(d); // in two panels: nine such columns do not fit
    const auto& regular = *fonts()[0];
    const auto& bold = *fonts()[1];
    int checked = 0;
    for (const layout::Page& page : out.pages) {
        for (const layout::PlacedText& text : page.texts) {
            if (text.baseline.value > d.page.height.value - d.page.margin_top.value) continue;
            const auto& f = text.style == layout::FontStyle::bold ? bold : regular;
            const double left = text.x.value;
            const double right = left + f.measure(text.text, text.size).value;
            const double middle = (left + right) / 2;
            // The vertical rules beside the text: the nearest each side that
            // runs past its baseline.
            double rule_left = -1e9, rule_right = 1e9;
            for (const layout::PlacedRule& rule : page.rules) {
                const double y = text.baseline.value;
                if (rule.x1 != rule.x2 || y < std::min(rule.y1, rule.y2).value ||
                    y > std::max(rule.y1, rule.y2).value) {
                    continue;
                }
                const double x = rule.x1.value;
                if (x <= middle) rule_left = std::max(rule_left, x);
                if (x > middle) rule_right = std::min(rule_right, x);
            }
            CAPTURE(text.text);
            CAPTURE(left);
            REQUIRE(rule_left > 0);
            REQUIRE(rule_right < d.page.width.value);
            CHECK(left - rule_left >= 1.5);
            CHECK(rule_right - right >= 1.5);
            ++checked;
        }
    }
    CHECK(checked >= 9 * 7);
}

TEST_CASE("the subject line has a solid rule under it, centred, two fifths of its line") {
    // Decree 30: under the subject (trích yếu), a solid rule a third to a
    // half of the line's length, centred. Measured here from the template
    // as staff write it, laid out on A4 with Decree 30's margins.
    diag::Diagnostics diags("t.xml");
    const auto t =
        doc::Template::parse("<template><subtitle>Hội nghị giao ban Cụm thi đua năm 2023</subtitle>"
                             "<subtitle rule=\"no\">Không kẻ</subtitle><p>Nội dung</p></template>",
                             diags);
    REQUIRE_MESSAGE(t, diags.format());
    const model::ClusterYear nothing;
    const doc::Document document = t->render(nothing);
    const layout::Document out = laid_out(document);
    REQUIRE(out.pages.size() == 1);
    const layout::Page& page = out.pages[0];
    // The subtitle's words (one run, or one by one): their extent on the
    // line and their baseline.
    double left = 1e9, right = 0, baseline = 0;
    for (const layout::PlacedText& w : page.texts) {
        if (w.text.starts_with("Hội") || w.text.ends_with("2023")) {
            const auto& f = *fonts()[static_cast<std::size_t>(w.style)];
            left = std::min(left, w.x.value);
            right = std::max(right, w.x.value + f.measure(w.text, w.size).value);
            baseline = w.baseline.value;
        }
    }
    REQUIRE(right > left);
    std::vector<layout::PlacedRule> solid;
    for (const layout::PlacedRule& r : page.rules) {
        if (!r.dotted) solid.push_back(r);
    }
    REQUIRE(solid.size() == 1); // one rule: the second subtitle asked for none
    const layout::PlacedRule& r = solid[0];
    CHECK(r.y1.value == r.y2.value);
    CHECK(r.y1.value < baseline);              // under the line (y grows upwards)
    CHECK(r.y1.value > baseline - 14.0 * 1.5); // and close to it
    const double length = r.x2.value - r.x1.value;
    const double line = right - left;
    CHECK(length >= line / 3);
    CHECK(length <= line / 2);
    // Centred on the text block: A4 is 595.28 pt wide, margins 30 mm left
    // and 15 mm right (85.04 and 42.52 pt).
    const double middle = (85.0394 + (595.2756 - 42.5197)) / 2;
    CHECK((r.x1.value + r.x2.value) / 2 == doctest::Approx(middle).epsilon(0.001));
}

TEST_CASE("a word of the input's data too wide is reported where the input holds it") {
    doc::Document d;
    doc::Paragraph p;
    const std::string word(300, 'x');
    p.spans = {{"Mở đầu ", false, false, false, "minutes.xml:7"},
               {word, false, false, false, "minutes.xml:7", true}};
    d.blocks.push_back({p});
    std::string asked;
    const layout::TextLocator locate = [&](std::string_view text) {
        asked = std::string(text);
        return std::optional<diag::Pos>(diag::Pos{12, 5});
    };
    diag::Diagnostics diags("nam.xml");
    layout::lay_out(d, fonts(), diags, locate);
    CHECK(asked == word);
    CHECK(diags.error_count() == 1); // not again as text past the margin
    CHECK(diags.format().starts_with("nam.xml:12:5: error: '" + word + "' is wider"));
    CHECK(diags.format().find("where minutes.xml:7 sets it") != std::string::npos);
    // The same word as the template's own wording: the template's line, and
    // the input is not searched.
    d.blocks[0] = doc::Block{para("Mở đầu " + word)};
    asked.clear();
    diag::Diagnostics own("nam.xml");
    layout::lay_out(d, fonts(), own, locate);
    CHECK(asked.empty());
    CHECK(own.format().starts_with("nam.xml: error: '" + word + "' is wider"));
}
