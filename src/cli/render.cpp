// Rendering: prepare every kind of document (templates checked) first, then
// for each input that loads without errors write each document through a
// temporary file. A file with errors produces nothing and leaves earlier
// outputs untouched.
#include "cli/render.hpp"

#include "archive/files.hpp"
#include "cli/commands.hpp"
#include "cli/document_kind.hpp"
#include "cli/font_choice.hpp"
#include "cli/options.hpp"
#include "cli/together.hpp"
#include "i18n/messages.hpp"
#include "load/load.hpp"
#include "text/number.hpp"

#include <algorithm>
#include <map>
#include <ostream>
#include <sstream>

namespace thidua::cli {
namespace {

struct Options {
    std::vector<std::string> files;
    DocumentOptions documents;
    std::string only;
    bool pdfa = false;
};

std::optional<Options> parse(std::span<const std::string> args, std::ostream& err) {
    Options o;
    for (std::size_t k = 0; k < args.size(); ++k) {
        const std::string& a = args[k];
        const bool has_value = k + 1 < args.size();
        if (take_document_option(args, k, o.documents)) {
            continue;
        } else if (a == "--only" && has_value) {
            o.only = args[++k];
        } else if (a == "--pdfa") {
            o.pdfa = true;
        } else if (!a.empty() && a[0] == '-') {
            err << i18n::trf("thidua render: unknown option '{1}'; see thidua --help", {a}) << "\n";
            return std::nullopt;
        } else {
            o.files.push_back(a);
        }
    }
    if (o.files.empty() || o.documents.out_dir.empty()) {
        err << i18n::tr("thidua render: give the files and an output folder, e.g. thidua render "
                        "samples/dong-bac-2023.xml -o out")
            << "\n";
        return std::nullopt;
    }
    return o;
}

// Two files of one cluster and year: both are reported and dropped.
// Returns how many files were dropped.
int refuse_repeated_cluster_years(const std::vector<std::string>& files,
                                  std::vector<std::optional<model::ClusterYear>>& models,
                                  std::ostream& err) {
    std::map<std::pair<std::string, int>, std::size_t> first;
    std::vector<bool> drop(models.size(), false);
    for (std::size_t f = 0; f < models.size(); ++f) {
        if (!models[f]) continue;
        const auto key = std::make_pair(models[f]->cluster.id, models[f]->year);
        const auto [it, fresh] = first.emplace(key, f);
        if (fresh) continue;
        err << files[f] << ": error: "
            << i18n::trf("cluster '{1}' for {2} is also given by {3}; both would write the same "
                         "documents, so neither is rendered: render one file per cluster-year",
                         {key.first, text::to_text(key.second), files[it->second]})
            << "\n";
        drop[f] = true;
        drop[it->second] = true;
    }
    int dropped = 0;
    for (std::size_t f = 0; f < models.size(); ++f) {
        if (!drop[f]) continue;
        models[f].reset();
        ++dropped;
    }
    return dropped;
}

} // namespace

int render(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    const auto options = parse(args, err);
    if (!options) return exit_usage;
    std::string font_error;
    std::string font_note;
    const auto fonts =
        load_fonts(options->documents.fonts, font_error, options->documents.fonts_chosen,
                   options->documents.fonts_fallback, &font_note);
    if (!font_note.empty()) err << "thidua render: " << font_note << "\n";
    if (!fonts) {
        err << "thidua render: " << font_error << "\n";
        return exit_input_errors;
    }
    std::vector<std::unique_ptr<DocumentKind>> kinds = make_all_kinds(*fonts, options->pdfa);
    if (!options->only.empty()) {
        std::erase_if(kinds, [&](const auto& k) { return k->name() != options->only; });
        if (kinds.empty()) {
            std::string names;
            for (const auto& k : make_all_kinds(*fonts, false))
                names += (names.empty() ? "" : ", ") + std::string(k->name());
            err << i18n::trf("thidua render: --only takes {1}, not '{2}'", {names, options->only})
                << "\n";
            return exit_usage;
        }
    }
    // Templates first: a mistake there stops everything before any output.
    if (!prepare_kinds(kinds, options->documents.templates, err)) return exit_input_errors;
    if (const std::string note =
            template_sources(options->documents.templates, document_templates());
        !note.empty())
        err << "thidua render: " << note << "\n";
    // Every file is loaded first: two files for one cluster-year would write
    // the same documents, so neither is rendered.
    std::vector<std::optional<model::ClusterYear>> models;
    int failed = 0;
    for (const std::string& file : options->files) {
        load::LoadResult r = load::load_file(file);
        err << r.diagnostics.format();
        if (!r.model) ++failed;
        models.push_back(std::move(r.model));
    }
    failed += refuse_repeated_cluster_years(options->files, models, err);
    for (std::size_t f = 0; f < models.size(); ++f) {
        if (!models[f]) continue;
        const std::string& file = options->files[f];
        const model::ClusterYear& cy = *models[f];
        const auto folder = options->documents.out_dir / cy.cluster.id / text::to_text(cy.year);
        // Every document made and checked before any is written: a file
        // with an error gets no document at all.
        std::string messages;
        const auto made = make_documents(kinds, cy, file, archive::read_bytes(file), messages);
        err << messages;
        if (made.empty()) {
            ++failed;
            continue;
        }
        std::error_code ec;
        std::filesystem::create_directories(folder, ec);
        // The documents are written at once (the workbook takes longest),
        // and reported in their order.
        std::vector<std::string> written(kinds.size()), errors(kinds.size());
        run_together(kinds.size(), [&](std::size_t k) {
            const auto target = folder / kinds[k]->output();
            std::string error;
            if (made[k]->skipped()) {
                // An earlier file of that name would be out of date, and look valid.
                std::error_code gone;
                const bool removed = std::filesystem::remove(target, gone);
                written[k] =
                    target.string() + ": " + i18n::trf("not made: {1}", {made[k]->why_skipped()}) +
                    (removed ? " " + std::string(i18n::tr("(the earlier file was removed)")) : "") +
                    "\n";
            } else if (!made[k]->write(target, error)) {
                errors[k] = target.string() + ": error: " + error + "\n";
            } else {
                const std::size_t pages = made[k]->pages();
                written[k] = target.string();
                if (pages > 0)
                    written[k] +=
                        " (" +
                        i18n::count_of(static_cast<long long>(pages), "{1} page", "{1} pages") +
                        ")";
                written[k] += "\n";
            }
        });
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            out << written[k];
            err << errors[k];
            if (!errors[k].empty()) ++failed;
        }
    }
    return failed > 0 ? exit_input_errors : exit_ok;
}

} // namespace thidua::cli
