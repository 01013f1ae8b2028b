// The template language: every mistake is reported as TEMPLATE:LINE:COLUMN
// before rendering; rendering fills placeholders, loops, conditions and
// fill-in lines as documented in templates/README.md.
#include "doc/formatters.hpp"
#include "doc/template.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

using namespace thidua;
using Lines = std::vector<std::string>;

namespace {

Lines template_errors(const std::string& body) {
    diag::Diagnostics diags("t.xml");
    doc::Template::parse("<template>\n" + body + "</template>\n", diags);
    std::vector<std::string> out;
    for (const auto& d : diags.sorted())
        out.push_back(diag::format_line("t.xml", d));
    return out;
}

model::ClusterYear sample(const std::string& name) {
    auto r = load::load_file(test::source_path("samples/" + name));
    REQUIRE(r.model);
    return std::move(*r.model);
}

std::string text_of(const doc::Spans& spans) {
    std::string out;
    for (const doc::Span& s : spans)
        out += s.text;
    return out;
}

// The text of every paragraph, one string each.
std::vector<std::string> paragraphs(const doc::Document& d) {
    std::vector<std::string> out;
    for (const doc::Block& b : d.blocks) {
        if (const auto* p = std::get_if<doc::Paragraph>(&b.item)) out.push_back(text_of(p->spans));
    }
    return out;
}

doc::Document render(const std::string& body, const model::ClusterYear& cy) {
    diag::Diagnostics diags("t.xml");
    auto t = doc::Template::parse("<template>\n" + body + "</template>\n", diags);
    INFO(diags.format());
    REQUIRE(t);
    return t->render(cy);
}

} // namespace

TEST_CASE("unknown fields are reported with their line, column and a suggestion") {
    CHECK(template_errors("  <p>{meeting.titel}</p>\n") ==
          Lines{"t.xml:2:6: error: unknown field 'titel' in 'meeting'; did you mean 'title'?"});
    CHECK(template_errors("  <p>Năm {yaer}</p>\n") ==
          Lines{"t.xml:2:10: error: unknown field 'yaer'; did you mean 'year'?"});
    CHECK(template_errors("  <p>\n    a {members.name}</p>\n") ==
          Lines{"t.xml:3:7: error: 'members' is a list; go through it with <for each=\"x in "
                "members\"> and write {x.name}"});
    CHECK(template_errors("  <p>{year.month}</p>\n") ==
          Lines{"t.xml:2:6: error: 'year' has no fields, so 'year.month' does not exist"});
}

TEST_CASE("unknown formatters and wrong arguments are reported") {
    CHECK(template_errors("  <p>{meeting.date|dat}</p>\n") ==
          Lines{"t.xml:2:6: error: unknown formatter 'dat' in {meeting.date|dat}; did you mean "
                "'date'?"});
    CHECK(template_errors("  <p>{meeting.number|or}</p>\n") ==
          Lines{"t.xml:2:6: error: the formatter 'or' takes 1 argument (written or:'...'), in "
                "{meeting.number|or}"});
}

TEST_CASE("unclosed blocks and braces are reported before anything renders") {
    CHECK(template_errors("  <if test=\"meeting\">\n  <p>x</p>\n") ==
          Lines{"t.xml:2:3: error: <if> is never closed; write </if> after its content, before "
                "</template> on line 4"});
    CHECK(template_errors("  <p>{meeting.title</p>\n") ==
          Lines{"t.xml:2:6: error: a '{' is not closed; add '}' (or write {{ for a brace)"});
}

TEST_CASE("unknown elements and attributes get suggestions") {
    CHECK(template_errors("  <para>x</para>\n") ==
          Lines{"t.xml:2:3: error: <para> is not allowed in the document body; did you mean <p>?"});
    CHECK(template_errors("  <p algin=\"center\">x</p>\n") ==
          Lines{"t.xml:2:6: error: unknown attribute 'algin' on <p>; did you mean 'align'?"});
    CHECK(template_errors("  <table><cell>x</cell></table>\n") ==
          Lines{"t.xml:2:10: error: <cell> is not allowed in <table>; it belongs inside <row>"});
    CHECK(template_errors("  <for each=\"m of members\"><p>x</p></for>\n") ==
          Lines{"t.xml:2:14: error: write each=\"x in LIST\" with a lower-case name for x, e.g. "
                "each=\"m in members\""});
    CHECK(template_errors("  <for each=\"m in year\"><p>x</p></for>\n") ==
          Lines{"t.xml:2:14: error: 'year' is not a list, so <for> cannot go through it"});
    CHECK(template_errors("  <p size=\"big\">x</p>\n") ==
          Lines{"t.xml:2:12: error: 'big' is not a length; write e.g. 20mm, 1.27cm or 6pt"});
}

TEST_CASE("the bundled minutes template is valid") {
    diag::Diagnostics diags("minutes.xml");
    CHECK(doc::Template::load(test::source_path("templates/minutes.xml"), diags));
    CHECK(diags.format() == "");
}

TEST_CASE("placeholders, formatters, loops and conditions render") {
    const auto cy = sample("dbsh-2017.xml");
    const auto d =
        render("<p>{meeting.date|date}; {meeting.date|short-date}; {year}; {members|count}</p>\n"
               "<p><for each=\"m in succession.heads\" separator=\", \" last-separator=\" và \">"
               "{m.name|upper}</for></p>\n"
               "<p>{succession.heads|map:name|join:', ':' và '}</p>\n"
               "<if test=\"meeting.secretary\"><p>has secretary</p></if>\n"
               "<unless test=\"meeting.secretary\"><p>no secretary: "
               "{meeting.secretary.name}</p></unless>\n"
               "<p>{meeting.number|or:'....../BB-CTĐ'} {meeting.chair.name|dots:5}</p>\n"
               "<for each=\"i in statistics.indicators\"><if test=\"loop.first\"><p>{i.label}: "
               "{i.total}</p></if></for>\n",
               cy);
    CHECK(paragraphs(d) ==
          std::vector<std::string>{"ngày 15 tháng 12 năm 2017; 15/12/2017; 2017; 9",
                                   "LIÊN MINH HTX TỈNH THÁI BÌNH và LIÊN MINH HTX TỈNH QUẢNG NINH",
                                   "Liên minh HTX tỉnh Thái Bình và Liên minh HTX tỉnh Quảng Ninh",
                                   "no secretary: ..........", "....../BB-CTĐ .....",
                                   "Hợp tác xã: 4.139"});
}

TEST_CASE("absent data becomes a fill-in span, bold and italic runs are kept") {
    const auto cy = sample("dong-bac-2023.xml");
    const auto d = render("<p>Chủ trì: <b>{meeting.chair.name}</b></p>\n"
                          "<for each=\"p in meeting.report.paragraphs\"><if test=\"loop.index\">"
                          "<p>{p}</p></if></for>\n",
                          cy);
    const auto& first = std::get<doc::Paragraph>(d.blocks[0].item);
    REQUIRE(first.spans.size() == 2);
    CHECK(first.spans[1].fill);
    CHECK(first.spans[1].bold);
    CHECK(first.spans[1].text == "..........");
    bool saw_bold_109 = false;
    for (const doc::Block& b : d.blocks) {
        for (const doc::Span& s : std::get<doc::Paragraph>(b.item).spans) {
            saw_bold_109 = saw_bold_109 || (s.text == "109" && s.bold);
        }
    }
    CHECK(saw_bold_109);
}

TEST_CASE("Vietnamese upper case maps every letter, đ included") {
    const auto cy = sample("5-thanh-pho-2017.xml");
    const auto d = render("<p>{cluster.name|upper}</p>\n", cy);
    CHECK(paragraphs(d) ==
          std::vector<std::string>{"CỤM THI ĐUA LIÊN MINH HTX 05 THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG"});
}

TEST_CASE("no-stop drops the punctuation a list item ends with") {
    const doc::Formatter f{"no-stop", {}};
    CHECK(doc::apply_formatter(doc::Value::of_text("Thành lập mới 20 HTX;"), f).text() ==
          "Thành lập mới 20 HTX");
    const auto rich = doc::apply_formatter(
        doc::Value::of_rich({{"đạt ", false, false}, {"90%.", true, false}}), f);
    REQUIRE(rich.rich().size() == 2);
    CHECK(rich.rich()[1].text == "90%");
    CHECK(rich.rich()[1].bold);
    CHECK(doc::apply_formatter(doc::Value::null(), f).kind == doc::Value::Kind::null);
}
