// Rendering: the fonts, every kind's templates and every input read at once
// (templates checked before any input is reported), then for each input
// that loads without errors every document made and written through a
// temporary file. A file with errors produces nothing and leaves earlier
// outputs untouched.
#include "cli/render.hpp"

#include "archive/parallel.hpp"
#include "cli/commands.hpp"
#include "cli/document_kind.hpp"
#include "cli/font_choice.hpp"
#include "cli/leftovers.hpp"
#include "cli/options.hpp"
#include "font/font_file.hpp"
#include "i18n/messages.hpp"
#include "io/pending_file.hpp"
#include "load/load.hpp"
#include "text/number.hpp"

#include <algorithm>
#include <array>
#include <malloc.h>
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

// The folders create_directories would make for `folder`, deepest first:
// removed again when no document of the cluster-year is written.
std::vector<std::filesystem::path> missing_folders(std::filesystem::path folder) {
    std::vector<std::filesystem::path> missing;
    std::error_code ec;
    while (!folder.empty() && !std::filesystem::exists(folder, ec) && !ec) {
        missing.push_back(folder);
        if (folder.parent_path() == folder) break;
        folder = folder.parent_path();
    }
    return missing;
}

// The documents of one cluster-year: each written into its temporary file
// as soon as it is made, all put in place only once every one is made and
// checked (a file with an error gets no document at all). The written
// files go to `out` in the kinds' order. False when the cluster-year failed.
bool write_cluster_year(const std::vector<std::unique_ptr<DocumentKind>>& kinds,
                        const model::ClusterYear& cy, const std::string& file,
                        std::string_view source, const std::filesystem::path& out_dir,
                        std::ostream& out, std::ostream& err) {
    const auto folder = out_dir / cy.cluster.id / text::to_text(cy.year);
    const std::vector<std::filesystem::path> created = missing_folders(folder);
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    std::vector<std::optional<io::PendingFile>> staged(kinds.size());
    std::vector<std::string> errors(kinds.size());
    std::string messages;
    const auto made = make_documents(
        kinds, cy, file, source, messages, [&](std::size_t k, MadeDocument& document) {
            if (document.skipped()) return;
            const auto target = folder / kinds[k]->output();
            std::string error;
            auto pending = io::PendingFile::create(target, error);
            if (pending && pending->write(document.bytes(), error)) {
                pending->start_storing();
                staged[k].emplace(std::move(*pending));
            } else {
                errors[k] = target.string() + ": error: " + error + "\n";
            }
        });
    err << messages;
    if (made.empty()) {
        staged.clear(); // the temporary files go
        for (const auto& f : created)
            std::filesystem::remove(f, ec); // only when empty
        return false;
    }
    bool ok = true;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const auto target = folder / kinds[k]->output();
        std::string error;
        if (made[k]->skipped()) {
            // An earlier file of that name would be out of date, and look valid.
            std::error_code gone;
            const bool removed = std::filesystem::remove(target, gone);
            out << target.string() << ": " << i18n::trf("not made: {1}", {made[k]->why_skipped()})
                << (removed ? " " + std::string(i18n::tr("(the earlier file was removed)")) : "")
                << "\n";
        } else if (!errors[k].empty() || !staged[k]->commit(error)) {
            err << (errors[k].empty() ? target.string() + ": error: " + error + "\n" : errors[k]);
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
    return ok;
}

// What render reads before it makes anything, read at once on every core:
// the fonts, every kind's templates, every input file.
struct Inputs {
    layout::Fonts fonts;
    std::array<std::string, 4> font_errors;
    std::vector<std::ostringstream> template_messages;
    std::vector<char> prepared;
    std::vector<load::LoadResult> loaded;
    std::vector<std::string> sources;
};

Inputs read_inputs(const FontFiles& font_files,
                   const std::vector<std::unique_ptr<DocumentKind>>& kinds,
                   const std::filesystem::path& templates, const std::vector<std::string>& files) {
    Inputs in;
    in.template_messages.resize(kinds.size());
    in.prepared.resize(kinds.size(), 0);
    in.loaded.resize(files.size());
    in.sources.resize(files.size());
    // The largest first: the templates, the input files, the four fonts.
    const std::size_t fonts_from = kinds.size() + files.size();
    archive::on_every_core(archive::every_core(), fonts_from + in.fonts.size(), [&](std::size_t t) {
        if (t < kinds.size()) {
            in.prepared[t] = kinds[t]->prepare(templates, in.template_messages[t]) ? 1 : 0;
        } else if (t < fonts_from) {
            const std::size_t f = t - kinds.size();
            in.loaded[f] = load::load_file(files[f], {}, &in.sources[f]);
        } else {
            const std::size_t k = t - fonts_from;
            in.fonts[k] = font::FontFile::load(font_files[k], in.font_errors[k]);
        }
    });
    return in;
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
    Inputs in = read_inputs(*font_files, kinds, options->documents.templates, options->files);
    // Told in the order they were always told: the fonts, then the
    // templates (a mistake there stops everything before any output), then
    // every input file (two files for one cluster-year would write the same
    // documents, so neither is rendered).
    const auto fonts = fonts_read(in.fonts, in.font_errors, font_error);
    if (!fonts) {
        err << "thidua render: " << font_error << "\n";
        return exit_input_errors;
    }
    for (const auto& said : in.template_messages)
        err << said.str();
    if (std::count(in.prepared.begin(), in.prepared.end(), 0) > 0) return exit_input_errors;
    if (!give_fonts(kinds, *fonts, font_error)) {
        err << "thidua render: " << font_error << "\n";
        return exit_input_errors;
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
    for (std::size_t f = 0; f < models.size(); ++f) {
        if (models[f] && !write_cluster_year(kinds, *models[f], options->files[f], in.sources[f],
                                             options->documents.out_dir, out, err))
            ++failed;
    }
    if (leftovers != nullptr) {
        leftovers->keep(std::move(kinds));
        leftovers->keep(std::move(in));
        leftovers->keep(std::move(models));
    }
    return failed > 0 ? exit_input_errors : exit_ok;
}

} // namespace thidua::cli
