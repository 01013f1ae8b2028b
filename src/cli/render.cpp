// Rendering: the fonts, every kind's templates and every input read at once
// (templates checked before any input is reported), the first input's
// documents made meanwhile (each kind's once its template, the fonts and the
// file are read), then for each input that loads without errors every
// document made and written through a temporary file. A file with errors
// produces nothing and leaves earlier outputs untouched.
#include "cli/render.hpp"

#include "cli/commands.hpp"
#include "cli/document_kind.hpp"
#include "cli/font_choice.hpp"
#include "cli/leftovers.hpp"
#include "cli/options.hpp"
#include "cli/render_reading.hpp"
#include "cli/staging.hpp"
#include "i18n/messages.hpp"
#include "load/load.hpp"
#include "text/number.hpp"

#include <algorithm>
#include <malloc.h>
#include <map>
#include <ostream>

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

// Puts one cluster-year's documents in place, once every one is made and
// checked (a file with an error gets none), telling `messages` (their
// problems) first; the written files go to `out` in the kinds' order. False
// when the cluster-year failed.
bool put_in_place(const std::vector<std::unique_ptr<DocumentKind>>& kinds,
                  const std::vector<std::unique_ptr<MadeDocument>>& made, Staging& staging,
                  const std::string& messages, std::ostream& out, std::ostream& err) {
    err << messages;
    if (made.empty()) {
        staging.abandon();
        return false;
    }
    bool ok = true;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const auto target = staging.folder / kinds[k]->output();
        std::string error;
        if (made[k]->skipped()) {
            // An earlier file of that name would be out of date, and look valid.
            std::error_code gone;
            const bool removed = std::filesystem::remove(target, gone);
            out << target.string() << ": " << i18n::trf("not made: {1}", {made[k]->why_skipped()})
                << (removed ? " " + std::string(i18n::tr("(the earlier file was removed)")) : "")
                << "\n";
        } else if (!staging.errors[k].empty() || !staging.staged[k]->commit(error)) {
            err << (staging.errors[k].empty() ? target.string() + ": error: " + error + "\n"
                                              : staging.errors[k]);
            ok = false;
        } else {
            out << target.string();
            if (const std::size_t pages = made[k]->pages(); pages > 0)
                out << " ("
                    << i18n::count_of(static_cast<long long>(pages), "{1} page", "{1} pages")
                    << ")";
            out << "\n";
        }
    }
    staging.staged.clear(); // a temporary file not put in place goes now
    return ok;
}

// The documents of one cluster-year, made at once and each written into its
// temporary file as soon as it is made, then put in place.
bool write_cluster_year(const std::vector<std::unique_ptr<DocumentKind>>& kinds,
                        const model::ClusterYear& cy, const std::string& file,
                        std::string_view source, const std::filesystem::path& out_dir,
                        std::ostream& out, std::ostream& err) {
    Staging staging(out_dir, cy, kinds.size());
    std::string messages;
    const auto made = make_documents(
        kinds, cy, file, source, messages,
        [&](std::size_t k, MadeDocument& document) { staging.stage(k, *kinds[k], document); });
    return put_in_place(kinds, made, staging, messages, out, err);
}

} // namespace

int render(std::span<const std::string> args, std::ostream& out, std::ostream& err,
           Leftovers* leftovers) {
    // A thread's new heap starts at 128 KiB and grows by what each
    // allocation lacks, one mprotect call each time (and a write lock on
    // the process's memory map, which the other threads' page faults wait
    // on): 180 calls for ĐBSH 2017's three documents. Started at 1 MiB,
    // untouched until used: 30 calls, 0.5-0.8 ms less. Not for archive: in its
    // long run the padding costs resident memory (1.8 MiB more for 96
    // cluster-years than without it).
    mallopt(M_TOP_PAD, 1 << 20);
    const auto options = parse(args, err);
    if (!options) return exit_usage;
    std::string font_error;
    std::string font_note;
    const auto font_files =
        choose_font_files(options->documents.fonts, font_error, options->documents.fonts_chosen,
                          options->documents.fonts_fallback, &font_note);
    if (!font_note.empty()) err << "thidua render: " << font_note << "\n";
    if (!font_files) {
        err << "thidua render: " << font_error << "\n";
        return exit_input_errors;
    }
    std::vector<std::unique_ptr<DocumentKind>> kinds = make_all_kinds(options->pdfa);
    if (!options->only.empty()) {
        std::erase_if(kinds, [&](const auto& k) { return k->name() != options->only; });
        if (kinds.empty()) {
            std::string names;
            for (const auto& k : make_all_kinds(false))
                names += (names.empty() ? "" : ", ") + std::string(k->name());
            err << i18n::trf("thidua render: --only takes {1}, not '{2}'", {names, options->only})
                << "\n";
            return exit_usage;
        }
    }
    Inputs in = read_and_make_first(*font_files, kinds, options->documents.templates,
                                    options->files, options->documents.out_dir);
    // Told in the order they were always told: the fonts, then the
    // templates (a mistake there stops everything before any output), then
    // every input file (two files for one cluster-year would write the same
    // documents, so neither is rendered). The first file's documents, made
    // meanwhile, go when anything before them failed.
    FirstDocuments& first = in.first;
    const auto abandon_first = [&] {
        if (first.staging) first.staging->abandon();
    };
    const auto fonts = fonts_read(in.fonts, in.font_errors, font_error);
    if (!fonts) {
        abandon_first();
        err << "thidua render: " << font_error << "\n";
        return exit_input_errors;
    }
    for (const auto& said : in.template_messages)
        err << said.str();
    if (std::count(in.prepared.begin(), in.prepared.end(), 0) > 0) {
        abandon_first();
        return exit_input_errors;
    }
    // Every kind took the fonts when it made the first file's document;
    // those that did not (no such file) take them now.
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const bool refused = !first.font_errors[k].empty();
        if (refused || (!first.made[k] && !kinds[k]->use_fonts(*fonts, first.font_errors[k]))) {
            abandon_first();
            err << "thidua render: " << first.font_errors[k] << "\n";
            return exit_input_errors;
        }
    }
    if (const std::string note =
            template_sources(options->documents.templates, document_templates());
        !note.empty())
        err << "thidua render: " << note << "\n";
    std::vector<std::optional<model::ClusterYear>> models;
    int failed = 0;
    for (load::LoadResult& r : in.loaded) {
        err << r.diagnostics.format();
        if (!r.model) ++failed;
        models.push_back(std::move(r.model));
    }
    failed += refuse_repeated_cluster_years(options->files, models, err);
    if (!models.front()) abandon_first();
    for (std::size_t f = 0; f < models.size(); ++f) {
        if (!models[f]) continue;
        bool ok = false;
        if (f == 0) {
            std::string messages;
            const auto made = gather_documents(first.documents, options->files[f], messages);
            ok = put_in_place(kinds, made, *first.staging, messages, out, err);
        } else {
            ok = write_cluster_year(kinds, *models[f], options->files[f], in.sources[f],
                                    options->documents.out_dir, out, err);
        }
        if (!ok) ++failed;
    }
    if (leftovers != nullptr) {
        leftovers->keep(std::move(kinds));
        leftovers->keep(std::move(in));
        leftovers->keep(std::move(models));
    }
    return failed > 0 ? exit_input_errors : exit_ok;
}

} // namespace thidua::cli
