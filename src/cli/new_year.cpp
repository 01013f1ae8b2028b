// Next year's file from this year's: the cluster and its members (with their
// representatives, the heads and deputies the succession elected), the
// indicators with this year's figures as the year before, the criteria and
// the covenant's commitments and targets to start from, and comments where
// the new year's facts go. Elements are copied from the file as written
// (every attribute kept), so the new file says what this year's said.
#include "cli/new_year.hpp"

#include "archive/files.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "i18n/messages.hpp"
#include "io/pending_file.hpp"
#include "load/load.hpp"
#include "text/number.hpp"
#include "text/xml_text.hpp"
#include "xml/tree.hpp"

#include <filesystem>
#include <ostream>
#include <set>

namespace thidua::cli {
namespace {

namespace fs = std::filesystem;

// An element written back as XML, its attributes in their order, with
// `replaced` values (name -> value) and without the `dropped` ones.
void write_element(std::string& out, const xml::Element& el, const std::string& indent,
                   const std::vector<std::pair<std::string, std::string>>& replaced = {},
                   const std::set<std::string>& dropped = {}) {
    out += indent + "<" + el.name;
    std::set<std::string> done;
    for (const xml::Attribute& a : el.attributes) {
        if (dropped.contains(a.name)) continue;
        std::string value = a.value;
        for (const auto& [name, v] : replaced)
            if (name == a.name) value = v;
        out += " " + a.name + "=\"" + text::xml_escape(value) + "\"";
        done.insert(a.name);
    }
    for (const auto& [name, v] : replaced)
        if (!done.contains(name)) out += " " + name + "=\"" + text::xml_escape(v) + "\"";
    bool any = false;
    for (const xml::Node& n : el.children)
        any = any || n.element || n.text.find_first_not_of(" \t\r\n") != std::string::npos;
    if (!any) {
        out += "/>\n";
        return;
    }
    out += ">";
    bool nested = false;
    for (const xml::Node& n : el.children) {
        if (n.element) {
            if (!nested) out += "\n";
            nested = true;
            write_element(out, *n.element, indent + "  ");
        } else if (!nested) {
            out += text::xml_escape(n.text);
        }
    }
    out += (nested ? indent : "") + "</" + el.name + ">\n";
}

} // namespace

// A first year, without a previous file: the cluster and its members,
// "id=Name; id=Name" (the first is the head), for `year`.
std::string first_year(const std::string& cluster, const std::string& name,
                       const std::string& members, int year, std::string& error) {
    std::vector<std::pair<std::string, std::string>> list;
    std::size_t start = 0;
    while (start <= members.size()) {
        const std::size_t end = std::min(members.find(';', start), members.size());
        std::string item = members.substr(start, end - start);
        start = end + 1;
        const auto first = item.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        item = item.substr(first, item.find_last_not_of(' ') - first + 1);
        const std::size_t eq = item.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == item.size()) {
            error = i18n::trf("--members takes \"id=Name; id=Name\", e.g. \"bac-kan=Liên minh HTX "
                              "tỉnh Bắc Kạn; lang-son=Liên minh HTX tỉnh Lạng Sơn\", not '{1}'",
                              {item});
            return "";
        }
        list.emplace_back(item.substr(0, eq), item.substr(eq + 1));
    }
    if (list.empty()) {
        error = i18n::tr("--members names no member");
        return "";
    }
    const std::string y = text::to_text(year);
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n  Năm " + y + " của " +
                      text::xml_escape(name) +
                      ", lập bằng thidua new.\n  Thành viên đầu tiên là Cụm trưởng; sửa role nếu "
                      "khác. Điền những chỗ ghi ĐIỀN, rồi chạy thidua check.\n-->\n";
    xml += "<cluster-year format=\"1\" year=\"" + y + "\">\n  <cluster id=\"" +
           text::xml_escape(cluster) + "\" name=\"" + text::xml_escape(name) +
           "\"/>\n  <members>\n";
    for (std::size_t k = 0; k < list.size(); ++k)
        xml += "    <member id=\"" + text::xml_escape(list[k].first) + "\" name=\"" +
               text::xml_escape(list[k].second) + "\" role=\"" + (k == 0 ? "head" : "member") +
               "\"/>\n";
    xml += "  </members>\n  <!-- ĐIỀN: hội nghị (<meeting>), số liệu (<statistics>), giao ước "
           "(<covenant>)... xem docs/format.md. -->\n</cluster-year>\n";
    return xml;
}

int new_year(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    fs::path from;
    fs::path to;
    bool force = false;
    std::string cluster, name, members, year_text;
    for (std::size_t k = 0; k < args.size(); ++k) {
        if ((args[k] == "-o" || args[k] == "--output") && k + 1 < args.size()) {
            to = args[++k];
        } else if (args[k] == "--cluster" && k + 1 < args.size()) {
            cluster = args[++k];
        } else if (args[k] == "--name" && k + 1 < args.size()) {
            name = args[++k];
        } else if (args[k] == "--members" && k + 1 < args.size()) {
            members = args[++k];
        } else if (args[k] == "--year" && k + 1 < args.size()) {
            year_text = args[++k];
        } else if (args[k] == "--force") {
            force = true;
        } else if (from.empty() && !args[k].starts_with("-")) {
            from = args[k];
        } else {
            err << i18n::trf("thidua new: unknown argument '{1}'; write thidua new THIS-YEAR.xml "
                             "-o NEXT-YEAR.xml",
                             {args[k]})
                << "\n";
            return exit_usage;
        }
    }
    const bool first = !cluster.empty() || !members.empty();
    if (to.empty() || (from.empty() == !first) ||
        (first && (cluster.empty() || name.empty() || members.empty() || year_text.empty()))) {
        err << i18n::tr("thidua new: give this year's file and the new one, e.g. thidua new "
                        "cum-2024.xml -o cum-2025.xml; or, for a first year, thidua new --cluster "
                        "ID --name \"NAME\" --year YEAR --members \"id=Name; id=Name\" -o "
                        "FILE.xml")
            << "\n";
        return exit_usage;
    }
    std::error_code ec;
    if (fs::exists(to, ec) && !force) {
        err << i18n::trf("thidua new: {1} already exists; choose another name, or add --force to "
                         "replace it",
                         {to.string()})
            << "\n";
        return exit_input_errors;
    }
    if (first) {
        const auto year = whole_number_option(year_text, 1900, 2200);
        std::string error;
        const std::string xml =
            year ? first_year(cluster, name, members, *year, error) : std::string();
        if (!year) error = i18n::trf("--year takes four digits, e.g. 2025, not '{1}'", {year_text});
        if (xml.empty()) {
            err << "thidua new: " << error << "\n";
            return exit_usage;
        }
        // Checked as any file would be: a wrong id is said now, not later.
        const load::LoadResult r = load::load_text(xml, to.string());
        if (!r.model) {
            // The mistakes are in the arguments: said as theirs, without the
            // place in a file that was not written.
            for (const diag::Diagnostic& d : r.diagnostics.sorted())
                if (d.severity == diag::Severity::error) err << "thidua new: " << d.message << "\n";
            err << i18n::tr("thidua new: nothing was written") << "\n";
            return exit_input_errors;
        }
        if (!io::write_file_atomically(to, xml, error)) {
            err << "thidua new: " << error << "\n";
            return exit_input_errors;
        }
        out << i18n::trf("{1}: {2} of {3}, {4}",
                         {to.string(), year_text, name,
                          i18n::count_of(static_cast<long long>(r.model->members.size()),
                                         "{1} member", "{1} members")})
            << "\n";
        return exit_ok;
    }
    // This year's file must be valid: the new one is made from it.
    const load::LoadResult r = load::load_file(from);
    if (!r.model) {
        err << r.diagnostics.format()
            << i18n::trf("thidua new: {1} has errors; correct them first (thidua check)",
                         {from.string()})
            << "\n";
        return exit_input_errors;
    }
    const model::ClusterYear& cy = *r.model;
    diag::Diagnostics diags(from.string());
    const auto root = xml::parse(archive::read_bytes(from), diags);
    if (!root) {
        err << diags.format();
        return exit_input_errors;
    }
    const int year = cy.year + 1;
    const std::string y = text::to_text(year);
    const std::string before = text::to_text(cy.year);
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n  Năm " + y + " của " +
                      text::xml_escape(cy.cluster.name) + ", lập từ " +
                      text::xml_escape(from.filename().string()) +
                      " bằng thidua new.\n  Điền những chỗ ghi ĐIỀN, xóa phần không dùng, rồi "
                      "chạy: thidua check " +
                      text::xml_escape(to.filename().string()) + "\n-->\n";
    xml += "<cluster-year format=\"1\" year=\"" + y + "\">\n";
    if (const xml::Element* c = root->first("cluster")) write_element(xml, *c, "  ");

    // Members, with the roles the succession gave for the new year.
    std::set<std::string> heads, deputies;
    if (cy.succession && cy.succession->year == year) {
        heads.insert(cy.succession->heads.begin(), cy.succession->heads.end());
        deputies.insert(cy.succession->deputies.begin(), cy.succession->deputies.end());
    }
    xml += "  <members>\n";
    if (heads.empty())
        xml += "    <!-- ĐIỀN: Cụm trưởng, Cụm phó năm " + y +
               " (role=\"head\", role=\"deputy\"); năm " + before +
               " không bầu trước, vai trò dưới đây là của năm " + before + ". -->\n";
    if (const xml::Element* ms = root->first("members")) {
        for (const xml::Element* m : ms->elements("member")) {
            const std::string* id = m->value("id");
            if (heads.empty() || id == nullptr) {
                write_element(xml, *m, "    ");
                continue;
            }
            const std::string role = heads.contains(*id)      ? "head"
                                     : deputies.contains(*id) ? "deputy"
                                                              : "member";
            write_element(xml, *m, "    ", {{"role", role}});
        }
    }
    xml += "  </members>\n\n";
    // The meeting: what stays from year to year (the distribution list),
    // in a skeleton to fill in and take out of its comment.
    std::string meeting =
        "  <meeting>\n    <title>Hội nghị tổng kết công tác thi đua năm " + y + "</title>\n";
    if (const xml::Element* m = root->first("meeting"))
        if (const xml::Element* rc = m->first("recipients")) write_element(meeting, *rc, "    ");
    meeting += "  </meeting>\n";
    for (std::size_t at = meeting.find("--"); at != std::string::npos;
         at = meeting.find("--", at + 1))
        meeting.replace(at, 2, "- -");
    xml += "  <!-- ĐIỀN: hội nghị năm " + y +
           " (thêm date=\"YYYY-MM-DD\", start=\"HH:MM\", place=\"...\" vào <meeting>, thành "
           "phần, nội dung; xem docs/format.md), rồi bỏ chú thích:\n" +
           meeting + "  -->\n\n";

    // Indicators, with this year's figures as the year before.
    if (const xml::Element* st = root->first("statistics")) {
        xml += "  <statistics>\n";
        for (const xml::Element* i : st->elements("indicator"))
            write_element(xml, *i, "    ");
        xml += "    <!-- Số liệu năm " + before + " (năm trước), từ " +
               text::xml_escape(from.filename().string()) + ". -->\n";
        for (const xml::Element* row : st->elements("row")) {
            const std::string* row_year = row->value("year");
            if (row_year != nullptr && *row_year != before) continue;
            write_element(xml, *row, "    ", {{"year", before}});
        }
        xml += "    <!-- ĐIỀN: số liệu năm " + y +
               ", mỗi thành viên một <row member=\"...\" .../> -->\n  </statistics>\n\n";
    }
    // The criteria, to score the new year by.
    if (const xml::Element* sc = root->first("scoring")) {
        xml += "  <!-- Tiêu chí chấm điểm năm " + before + "; bỏ chú thích khi chấm điểm năm " + y +
               ".\n  <scoring>\n";
        std::string criteria;
        for (const xml::Element* c : sc->elements("criterion"))
            write_element(criteria, *c, "    ");
        for (const xml::Element* g : sc->elements("grade"))
            write_element(criteria, *g, "    ");
        // "--" may not stand inside a comment.
        for (std::size_t at = criteria.find("--"); at != std::string::npos;
             at = criteria.find("--", at + 1))
            criteria.replace(at, 2, "- -");
        xml += criteria + "  </scoring>\n  -->\n\n";
    }
    // The covenant for the year after, from this year's: its commitments and
    // targets; the pledges are the members' to make.
    xml += "  <covenant>\n";
    if (const xml::Element* cv = root->first("covenant")) {
        for (const xml::Element* t : cv->elements("target"))
            write_element(xml, *t, "    ");
        for (const xml::Element* c : cv->elements("commitment"))
            write_element(xml, *c, "    ");
        xml += "    <!-- ĐIỀN: mỗi thành viên một <pledge member=\"...\" .../> cho năm " +
               text::to_text(year + 1) + ". -->\n";
    } else {
        xml += "    <!-- ĐIỀN: chỉ tiêu chung (<target>), chỉ tiêu đăng ký (<commitment>) và "
               "đăng ký của từng thành viên (<pledge>). -->\n";
    }
    xml += "  </covenant>\n</cluster-year>\n";

    std::string error;
    if (!io::write_file_atomically(to, xml, error)) {
        err << "thidua new: " << error << "\n";
        return exit_input_errors;
    }
    out << i18n::trf("{1}: {2} of {3}, from {4}", {to.string(), y, cy.cluster.name, from.string()})
        << "\n";
    return exit_ok;
}

} // namespace thidua::cli
