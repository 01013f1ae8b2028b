// Rendering: load and check every input and the templates first, then lay
// out and write each document through a temporary file. A file with errors
// produces nothing and leaves earlier outputs untouched.
#include "cli/render.hpp"

#include "cli/commands.hpp"
#include "cli/font_choice.hpp"
#include "doc/template.hpp"
#include "layout/layout.hpp"
#include "load/load.hpp"
#include "pdf/pdf_writer.hpp"
#include "text/number.hpp"

#include <ostream>

#ifndef THIDUA_SOURCE_DIR
#define THIDUA_SOURCE_DIR "."
#endif

namespace thidua::cli {
namespace {

struct Options {
    std::vector<std::string> files;
    std::filesystem::path out_dir;
    std::filesystem::path templates = std::filesystem::path(THIDUA_SOURCE_DIR) / "templates";
    std::filesystem::path fonts = std::filesystem::path(THIDUA_SOURCE_DIR) / "fonts";
    std::string only;
};

// A document kind: its template file and output file name.
struct Kind {
    const char* name;
    const char* template_file;
    const char* output;
};

constexpr Kind kinds[] = {{"minutes", "minutes.xml", "bien-ban.pdf"}};

std::optional<Options> parse(std::span<const std::string> args, std::ostream& err) {
    Options o;
    for (std::size_t k = 0; k < args.size(); ++k) {
        const std::string& a = args[k];
        const bool has_value = k + 1 < args.size();
        if ((a == "-o" || a == "--output") && has_value) {
            o.out_dir = args[++k];
        } else if (a == "--templates" && has_value) {
            o.templates = args[++k];
        } else if (a == "--fonts" && has_value) {
            o.fonts = args[++k];
        } else if (a == "--only" && has_value) {
            o.only = args[++k];
        } else if (!a.empty() && a[0] == '-') {
            err << "thidua render: unknown option '" << a << "'; see thidua --help\n";
            return std::nullopt;
        } else {
            o.files.push_back(a);
        }
    }
    if (o.files.empty() || o.out_dir.empty()) {
        err << "thidua render: give the files and an output folder, e.g. thidua render "
               "samples/dong-bac-2023.xml -o out\n";
        return std::nullopt;
    }
    if (!o.only.empty()) {
        bool known = false;
        for (const Kind& kind : kinds)
            known = known || o.only == kind.name;
        if (!known) {
            err << "thidua render: --only takes minutes, not '" << o.only << "'\n";
            return std::nullopt;
        }
    }
    return o;
}

} // namespace

int render(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    const auto options = parse(args, err);
    if (!options) return exit_usage;
    // Templates first: a mistake there stops everything before any output.
    std::vector<std::pair<const Kind*, std::unique_ptr<doc::Template>>> templates;
    bool template_errors = false;
    for (const Kind& kind : kinds) {
        if (!options->only.empty() && options->only != kind.name) continue;
        const auto path = options->templates / kind.template_file;
        diag::Diagnostics diags(path.string());
        auto t = doc::Template::load(path, diags);
        err << diags.format();
        template_errors = template_errors || !t;
        templates.emplace_back(&kind, std::move(t));
    }
    if (template_errors) return exit_input_errors;
    std::string font_error;
    const auto fonts = load_fonts(options->fonts, font_error);
    if (!fonts) {
        err << "thidua render: " << font_error << "\n";
        return exit_input_errors;
    }
    int failed = 0;
    for (const std::string& file : options->files) {
        load::LoadResult r = load::load_file(file);
        err << r.diagnostics.format();
        if (!r.model) {
            ++failed;
            continue;
        }
        const model::ClusterYear& cy = *r.model;
        const auto folder = options->out_dir / cy.cluster.id / text::to_text(cy.year);
        for (const auto& [kind, tmpl] : templates) {
            const doc::Document document = tmpl->render(cy);
            diag::Diagnostics glyphs(file);
            if (!layout::check_glyphs(document, *fonts, glyphs)) {
                err << glyphs.format();
                ++failed;
                continue;
            }
            const layout::Document pages = layout::lay_out(document, *fonts);
            pdf::Metadata meta;
            meta.title = document.info.title;
            meta.subject = document.info.subject;
            meta.author = document.info.author;
            meta.created = document.info.date;
            std::error_code ec;
            std::filesystem::create_directories(folder, ec);
            const auto target = folder / kind->output;
            std::string error;
            if (!pdf::write_pdf(pages, *fonts, meta, target, error)) {
                err << target.string() << ": error: " << error << "\n";
                ++failed;
                continue;
            }
            out << target.string() << " (" << pages.pages.size() << " page"
                << (pages.pages.size() == 1 ? "" : "s") << ")\n";
        }
    }
    return failed > 0 ? exit_input_errors : exit_ok;
}

} // namespace thidua::cli
