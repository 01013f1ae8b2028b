// Command dispatch, help and version, and `thidua check` (which makes every
// document as `render` would, and writes none).
#include "cli/commands.hpp"

#include "archive/files.hpp"
#include "cli/archive.hpp"
#include "cli/document_kind.hpp"
#include "cli/font_choice.hpp"
#include "cli/leftovers.hpp"
#include "cli/national.hpp"
#include "cli/new_year.hpp"
#include "cli/options.hpp"
#include "cli/render.hpp"
#include "i18n/messages.hpp"
#include "load/load.hpp"
#include "text/number.hpp"

#include <algorithm>
#include <ostream>

#ifndef THIDUA_VERSION
#define THIDUA_VERSION "0.0.0"
#endif

namespace thidua::cli {
namespace {

int count_lines_with(const std::string& text, std::string_view what) {
    int n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

std::string errors_of(int n) {
    return i18n::count_of(n, "{1} error", "{1} errors");
}
std::string warnings_of(int n) {
    return i18n::count_of(n, "{1} warning", "{1} warnings");
}

} // namespace

std::string help_text() {
    using i18n::tr;
    std::string h = "thidua " THIDUA_VERSION " - ";
    h += tr("documents of a Vietnamese emulation cluster (Cụm thi đua) from one XML file");
    h += "\n\n";
    h += tr("Usage: thidua COMMAND [ARGUMENTS] [--lang vi|en]");
    h += "\n\n";
    h += tr("Commands:");
    h += "\n";
    h += tr("  check FILE|FOLDER... [--templates DIR] [--fonts DIR]\n"
            "                  check cluster-year files as render would (the documents are made\n"
            "                  and laid out, not written); print every error and warning as\n"
            "                  FILE:LINE:COLUMN: error: message\n"
            "                  example: thidua check samples/dong-bac-2023.xml\n");
    h += tr("  render FILE... -o DIR [--only minutes|covenant|workbook] [--pdfa]\n"
            "                [--templates DIR] [--fonts DIR]\n"
            "                  write the documents of each file into DIR/<cluster-id>/<year>/\n"
            "                  (bien-ban.pdf, giao-uoc.pdf, thong-ke.xlsx); --pdfa makes the PDFs\n"
            "                  PDF/A-1b; nothing is written for a file with errors\n"
            "                  example: thidua render samples/dong-bac-2023.xml -o out\n");
    h +=
        tr("  archive SRC -o ARCHIVE [--keep-going] [--jobs N] [--no-wait] [--repair]\n"
           "                [--rerender]\n"
           "                  check every cluster-year under SRC, then write ARCHIVE/<year>/<id>/\n"
           "                  (documents as PDF/A, the source as du-lieu.xml) and SHA256SUMS;\n"
           "                  only what changed is written again; ARCHIVE/index.xlsx catalogues\n"
           "                  every cluster-year with a history sheet per cluster; one run\n"
           "                  at a time on an archive (--no-wait: exit 1 if another runs);\n"
           "                  a file changed or not made by it stops the run (--repair: moved\n"
           "                  to ARCHIVE/.thidua/quarantine/, changed documents made again);\n"
           "                  a document is made again only when its source changes\n"
           "                  (--rerender: also when the templates, fonts or version differ)\n"
           "                  example: thidua archive samples -o archive\n");
    h += tr("  verify ARCHIVE  check every file against SHA256SUMS and render every source\n"
            "                  again to compare the bytes; exit 1 on any difference\n"
            "                  example: thidua verify archive\n");
    h += tr(
        "  national FILE... --year Y -o FILE.xlsx [--templates DIR]\n"
        "                  the national workbook of year Y from the clusters' files (a folder\n"
        "                  is searched for *.xml; files of other years are skipped): a summary\n"
        "                  sheet, one sheet per cluster, notes on indicators some lack\n"
        "                  example: thidua national samples --year 2020 -o national-2020.xlsx\n");
    h += tr(
        "  new THIS.xml -o NEXT.xml [--force]\n"
        "  new --cluster ID --name NAME --year Y --members \"id=Name; ...\" -o FILE.xml\n"
        "                  next year's file from this year's: members and representatives,\n"
        "                  the heads and deputies elected, indicators with this year's\n"
        "                  figures as the year before, criteria, the covenant's commitments\n"
        "                  and targets; comments say what to fill in\n"
        "                  example: thidua new samples/dong-bac-2023.xml -o dong-bac-2024.xml\n");
    h += tr("  help            show this text (also --help, -h)\n"
            "                  example: thidua help\n"
            "  version         show the version (also --version)\n"
            "                  example: thidua --version\n");
    h += "\n";
    h +=
        tr("--templates DIR: the templates DIR holds (the defaults for the others); --fonts DIR:\n"
           "regular.ttf, bold.ttf, italic.ttf and bold-italic.ttf of one font (with\n"
           "--fonts-fallback, Liberation Serif for the styles DIR lacks).\n"
           "--lang vi|en: the language of the messages (by default the locale's: LANG=vi_VN.UTF-8\n"
           "gives Vietnamese).\n");
    h += "\n";
    h += tr("Exit status: 0 every file is valid (warnings allowed), 1 a file has errors,\n"
            "2 the command line is wrong.\n"
            "The input format is described in docs/format.md.\n");
    return h;
}

// check FILE... [--templates DIR] [--fonts DIR] [--fonts-fallback]: the file's own checks,
// then every document made as render would make it (templates, glyphs,
// layout, limits), nothing written.
int check(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> files;
    DocumentOptions documents;
    for (std::size_t k = 0; k < args.size(); ++k) {
        const std::string& a = args[k];
        if ((a == "--templates" || a == "--fonts" || a == "--fonts-fallback") &&
            take_document_option(args, k, documents)) {
            continue;
        }
        if (!a.empty() && a[0] == '-') {
            err << i18n::trf("thidua check: unknown option '{1}'; see thidua --help", {a}) << "\n";
            return exit_usage;
        }
        // A folder stands for every .xml file under it.
        std::error_code ec;
        if (std::filesystem::is_directory(a, ec)) {
            const auto found = archive::find_sources(a);
            if (found.empty()) {
                err << a << ": error: " << i18n::tr("no .xml file in this folder") << "\n";
                return exit_input_errors;
            }
            for (const auto& f : found)
                files.push_back(f.string());
            continue;
        }
        files.push_back(a);
    }
    if (files.empty()) {
        err << i18n::tr("thidua check: give at least one file, e.g. thidua check "
                        "samples/dong-bac-2023.xml")
            << "\n";
        return exit_usage;
    }
    std::string font_error;
    std::string font_note;
    const auto fonts = load_fonts(documents.fonts, font_error, documents.fonts_chosen,
                                  documents.fonts_fallback, &font_note);
    if (!font_note.empty()) err << "thidua check: " << font_note << "\n";
    if (!fonts) {
        err << "thidua check: " << font_error << "\n";
        return exit_input_errors;
    }
    const auto kinds = make_all_kinds(false);
    for (const auto& kind : kinds)
        kind->check_only();
    if (!prepare_kinds(kinds, documents.templates, err)) return exit_input_errors;
    if (!give_fonts(kinds, *fonts, font_error)) {
        err << "thidua check: " << font_error << "\n";
        return exit_input_errors;
    }
    if (const std::string note = template_sources(documents.templates, document_templates());
        !note.empty())
        err << "thidua check: " << note << "\n";
    int failed = 0;
    int all_errors = 0;
    int all_warnings = 0;
    for (const std::string& file : files) {
        std::string source;
        const load::LoadResult r = load::load_file(file, {}, &source);
        err << r.diagnostics.format();
        int errors = r.diagnostics.error_count();
        if (r.model) {
            std::string messages;
            const auto made = make_documents(kinds, *r.model, file, source, messages);
            err << messages;
            if (made.empty()) errors += std::max(1, count_lines_with(messages, ": error: "));
        }
        all_errors += errors;
        all_warnings += r.diagnostics.warning_count();
        if (errors > 0) {
            ++failed;
            out << file << ": " << errors_of(errors) << ", "
                << warnings_of(r.diagnostics.warning_count()) << "\n";
        } else {
            const int members = static_cast<int>(r.model->members.size());
            out << i18n::trf("{1}: ok ({2}, {3})",
                             {file, i18n::count_of(members, "{1} member", "{1} members"),
                              warnings_of(r.diagnostics.warning_count())})
                << "\n";
        }
    }
    // Several files: one line of totals, to read at a glance.
    if (files.size() > 1) {
        const int total = static_cast<int>(files.size());
        out << i18n::trf("thidua check: {1}, {2} valid, {3} with errors; {4}, {5}",
                         {i18n::count_of(total, "{1} file", "{1} files"),
                          text::to_text(total - failed), text::to_text(failed),
                          errors_of(all_errors), warnings_of(all_warnings)})
            << "\n";
    }
    return failed > 0 ? exit_input_errors : exit_ok;
}

int run(std::span<const std::string> args, std::ostream& out, std::ostream& err,
        Leftovers* leftovers) {
    if (args.empty()) {
        err << help_text();
        return exit_usage;
    }
    const std::string& command = args[0];
    if (command == "--help" || command == "-h" || command == "help") {
        out << help_text();
        return exit_ok;
    }
    if (command == "--version" || command == "version") {
        out << "thidua " THIDUA_VERSION "\n";
        return exit_ok;
    }
    if (command == "check") return check(args.subspan(1), out, err);
    if (command == "render") return render(args.subspan(1), out, err, leftovers);
    if (command == "archive") return archive(args.subspan(1), out, err);
    if (command == "verify") return verify(args.subspan(1), out, err);
    if (command == "national") return national(args.subspan(1), out, err);
    if (command == "new") return new_year(args.subspan(1), out, err);
    err << i18n::trf("thidua: unknown command '{1}'; run 'thidua --help' for the list", {command})
        << "\n";
    return exit_usage;
}

} // namespace thidua::cli
