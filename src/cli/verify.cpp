// Verifying an archive: every file against SHA256SUMS (altered, missing,
// extra), then every stored source rendered again into a temporary folder
// and compared byte for byte with the stored documents.
#include "archive/audit.hpp"
#include "archive/files.hpp"
#include "archive/lock.hpp"
#include "archive/sums.hpp"
#include "cli/archive.hpp"
#include "cli/catalogue.hpp"
#include "cli/commands.hpp"
#include "cli/document_kind.hpp"
#include "cli/font_choice.hpp"
#include "cli/provenance.hpp"
#include "cli/together.hpp"
#include "digest/sha256.hpp"
#include "i18n/messages.hpp"
#include "load/load.hpp"
#include "text/number.hpp"
#include "xml/character_locator.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ostream>
#include <set>
#include <unistd.h>

namespace thidua::cli {
namespace {

namespace fs = std::filesystem;

// A fresh private folder (mkdtemp, mode 0700) under TMPDIR, else /tmp,
// removed when the verification ends; `path` is empty when none could be
// made (`error` says why). Never a folder that existed before.
struct ScratchDir {
    fs::path path;
    std::string error;
    ScratchDir() {
        const char* tmp = std::getenv("TMPDIR");
        const fs::path base = tmp != nullptr && *tmp != '\0' ? fs::path(tmp) : fs::path("/tmp");
        std::string name = (base / "thidua-verify-XXXXXX").string();
        if (::mkdtemp(name.data()) == nullptr) {
            error = i18n::trf("cannot make a scratch folder in {1} ({2}); set TMPDIR to a folder "
                              "you may write in",
                              {base.string(), std::strerror(errno)});
            return;
        }
        path = name;
    }
    ~ScratchDir() {
        std::error_code ec;
        if (!path.empty()) fs::remove_all(path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
};

// The archive's layout against what SHA256SUMS lists: every file is
// ARCHIVE/index.xlsx or ARCHIVE/<year>/<cluster-id>/<name>, where each such
// folder holds du-lieu.xml, a source of that cluster and year, and only the
// documents thidua makes. Returns the number of problems, each named in `err`.
int check_layout(const fs::path& root, const std::set<std::string>& listed, std::ostream& err) {
    static const std::set<std::string> documents = {"bien-ban.pdf", "giao-uoc.pdf",
                                                    "thong-ke.xlsx"};
    int problems = 0;
    std::set<std::string> folders;
    for (const std::string& rel : listed) {
        const fs::path p(rel);
        const auto parts = std::distance(p.begin(), p.end());
        if (rel == "index.xlsx" || rel == "README.txt") continue;
        if (parts != 3) {
            err << (root / rel).string()
                << i18n::tr(": not where an archive keeps files (ARCHIVE/<year>/<cluster-id>/)")
                << "\n";
            ++problems;
            continue;
        }
        folders.insert(p.parent_path().generic_string());
        const std::string name = p.filename().string();
        if (name != "du-lieu.xml" && !documents.contains(name)) {
            err << (root / rel).string() << i18n::tr(": not a file thidua archive makes") << "\n";
            ++problems;
        }
    }
    for (const std::string& folder : folders) {
        const fs::path dir = root / folder;
        if (!listed.contains(folder + "/du-lieu.xml")) {
            err << dir.string() << i18n::tr(": documents without their source (du-lieu.xml)")
                << "\n";
            ++problems;
            continue;
        }
        const std::string year = fs::path(folder).parent_path().string();
        const std::string id = fs::path(folder).filename().string();
        load::LoadResult r = load::load_file(dir / "du-lieu.xml");
        if (r.model && (std::to_string(r.model->year) != year || r.model->cluster.id != id)) {
            err << (dir / "du-lieu.xml").string()
                << i18n::trf(": a source of cluster '{1}' for {2}, in the folder of '{3}' for {4}",
                             {r.model->cluster.id, text::to_text(r.model->year), id, year})
                << "\n";
            ++problems;
        }
    }
    return problems;
}

} // namespace

int verify(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    fs::path root;
    fs::path templates = default_templates();
    fs::path fonts_dir = default_fonts();
    for (std::size_t k = 0; k < args.size(); ++k) {
        if (args[k] == "--templates" && k + 1 < args.size()) {
            templates = args[++k];
        } else if (args[k] == "--fonts" && k + 1 < args.size()) {
            fonts_dir = args[++k];
        } else if (root.empty() && !args[k].starts_with("-")) {
            root = args[k];
        } else {
            err << "thidua verify: "
                << i18n::tr("give one archive folder, e.g. thidua verify archive") << "\n";
            return exit_usage;
        }
    }
    if (root.empty()) {
        err << "thidua verify: " << i18n::tr("give the archive folder, e.g. thidua verify archive")
            << "\n";
        return exit_usage;
    }
    const fs::path sums_path = root / "SHA256SUMS";
    std::error_code ec;

    if (!fs::is_regular_file(sums_path, ec)) {
        err << sums_path.string() << ": error: "
            << i18n::tr("no SHA256SUMS here; is this an archive made by thidua archive?") << "\n";
        return exit_input_errors;
    }
    // Shared: several checks at once, but none while an archive run writes.
    std::string lock_error;
    const auto lock =
        archive::ArchiveLock::take(root, archive::ArchiveLock::Mode::shared, true, lock_error);
    if (!lock) {
        err << "thidua verify: " << lock_error << "\n";
        return exit_input_errors;
    }
    std::string error;
    const auto sums = archive::parse_sums(archive::read_bytes(sums_path), error);
    if (!sums) {
        err << sums_path.string() << ": error: " << error << "\n";
        return exit_input_errors;
    }
    int problems = 0;
    // 1. Every file against its checksum, and no file the archive did not make.
    std::set<std::string> listed;
    for (const archive::SumEntry& e : *sums)
        listed.insert(e.path);
    std::set<fs::path> reported;   // each file is named once
    archive::KnownDigests digests; // the files matching SHA256SUMS, hashed once
    for (const archive::Finding& f : archive::audit(root, error, &digests)) {
        err << archive::describe(root, f) << "\n";
        reported.insert(root / f.path);
        ++problems;
    }
    // 2. The layout: ARCHIVE/<year>/<cluster-id>/ with exactly a source of
    //    that cluster and year, and its documents; nothing else anywhere.
    problems += check_layout(root, listed, err);
    // 3. Every stored source rendered again, byte for byte.
    const auto fonts = load_fonts(fonts_dir, error);
    if (!fonts) {
        err << "thidua verify: " << error << "\n";
        return exit_input_errors;
    }
    auto kinds = make_all_kinds(true);
    for (const auto& kind : kinds) {
        if (!kind->prepare(templates, err)) return exit_input_errors;
    }
    if (!give_fonts(kinds, *fonts, error)) {
        err << "thidua verify: " << error << "\n";
        return exit_input_errors;
    }
    const ScratchDir scratch;
    if (scratch.path.empty()) {
        err << "thidua verify: " << scratch.error << "\n";
        return exit_input_errors;
    }
    for (const auto& kind : kinds)
        kind->use_scratch_folder(scratch.path);
    int rendered = 0;
    int frozen = 0; // documents made by other templates, fonts or version
    const std::string current_fonts = fonts_hash(*fonts);
    for (const std::string& rel : listed) {
        if (fs::path(rel).filename() != "du-lieu.xml") continue;
        const fs::path source = root / rel;
        if (!fs::is_regular_file(source, ec)) continue;
        load::LoadResult r = load::load_file(source);
        if (!r.model) {
            err << r.diagnostics.format();
            ++problems;
            continue;
        }
        const std::string bytes = archive::read_bytes(source);
        const doc::ModelView view(*r.model);
        const MadeBy record =
            read_made_by(made_by_path(root, fs::path(rel).parent_path().string()));
        // Which documents are rendered again: a record made with other
        // templates, fonts or another version stays as it was made (its
        // bytes were checked against SHA256SUMS above; a fresh render would
        // differ). The others are made at once, one thread each, and
        // compared in memory.
        const std::string source_hash = digest::sha256_hex(bytes);
        std::vector<Provenance> now;
        std::vector<const Provenance*> frozen_by(kinds.size(), nullptr);
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            now.push_back({source_hash, engine_version(), templates_hash(*kinds[k], templates),
                           current_fonts});
            const fs::path stored = source.parent_path() / kinds[k]->output();
            const auto recorded = record.find(std::string(kinds[k]->output()));
            if (recorded != record.end() && !recorded->second.same_makers(now[k]) &&
                fs::is_regular_file(stored, ec))
                frozen_by[k] = &recorded->second;
        }
        std::vector<std::unique_ptr<MadeDocument>> made(kinds.size());
        std::vector<diag::Diagnostics> diags(kinds.size(), diag::Diagnostics(source.string()));
        std::vector<std::string> errors(kinds.size());
        // Each kind its own locator (it indexes the input on its first
        // question), as make_documents does; the view is only read.
        run_together(kinds.size(), [&](std::size_t k) {
            if (frozen_by[k] == nullptr)
                made[k] = kinds[k]->make(view, input_locator(bytes), diags[k], errors[k]);
        });
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            const fs::path stored = source.parent_path() / kinds[k]->output();
            if (const Provenance* was = frozen_by[k]) {
                const bool templates = was->templates != now[k].templates;
                const bool fonts = was->fonts != now[k].fonts;
                out << stored.string()
                    << i18n::trf(templates && fonts
                                     ? N_(": made by thidua {1} with other templates with other "
                                          "fonts; checked against SHA256SUMS, not rendered again")
                                 : templates
                                     ? N_(": made by thidua {1} with other templates; checked "
                                          "against SHA256SUMS, not rendered again")
                                 : fonts ? N_(": made by thidua {1} with other fonts; checked "
                                              "against SHA256SUMS, not rendered again")
                                         : N_(": made by thidua {1}; checked against SHA256SUMS, "
                                              "not rendered again"),
                                 {was->version})
                    << "\n";
                ++frozen;
                continue;
            }
            if (made[k] && made[k]->skipped()) {
                if (fs::exists(stored, ec)) {
                    err << stored.string()
                        << i18n::trf(": should not be there: its source makes no such document "
                                     "({1})",
                                     {made[k]->why_skipped()})
                        << "\n";
                    ++problems;
                }
                continue;
            }
            if (!made[k] || made[k]->bytes().empty()) {
                // The reason is in the diagnostics, or in `error`.
                const std::string& error = errors[k];
                err << diags[k].format() << stored.string()
                    << (error.empty() ? i18n::tr(": cannot be rendered again (see above)")
                                      : i18n::trf(": cannot be rendered again: {1}", {error}))
                    << "\n";
                ++problems;
                continue;
            }
            ++rendered;
            if (reported.contains(stored)) continue;
            if (!fs::is_regular_file(stored, ec)) {
                err << stored.string() << i18n::tr(": missing (its source is in the archive)")
                    << "\n";
                ++problems;
            } else if (archive::read_bytes(stored) != made[k]->bytes()) {
                err << stored.string() << i18n::tr(": differs from a fresh render of its source")
                    << "\n";
                ++problems;
            }
        }
    }
    // 4. The catalogue equals the one its stored sources make.
    const fs::path index_template = template_file(templates, "index.xml");
    diag::Diagnostics index_diags(index_template.string());
    const auto wording = doc::Wording::load(index_template, doc::index_schema(), index_diags);
    err << index_diags.format();
    if (!wording) return exit_input_errors;
    const auto cell_fonts =
        (*fonts)[0]->family() == "Liberation Serif" ? fonts : load_fonts({}, error);
    if (!cell_fonts) {
        err << "thidua verify: " << error << "\n";
        return exit_input_errors;
    }
    const auto catalogue =
        rebuild_catalogue(root, *wording, {(*cell_fonts)[0], (*cell_fonts)[1], (*cell_fonts)[2]},
                          scratch.path, digests, err);
    if (!catalogue) {
        ++problems;
    } else if (!reported.contains(root / "index.xlsx") &&
               (!fs::is_regular_file(root / "index.xlsx", ec) ||
                !archive::same_bytes(root / "index.xlsx", catalogue->path()))) {
        err << (root / "index.xlsx").string()
            << i18n::tr(": differs from the catalogue its stored sources make (run thidua "
                        "archive again to rebuild it)")
            << "\n";
        ++problems;
    }
    if (problems > 0) {
        err << "thidua verify: "
            << i18n::fill(i18n::tr_n("{1} problem in {2}", "{1} problems in {2}",
                                     static_cast<unsigned long>(problems)),
                          {text::to_text(problems), root.string()})
            << "\n";
        return exit_input_errors;
    }
    out << "thidua verify: "
        << i18n::trf("{1} is intact: {2} files match SHA256SUMS, {3} documents render to the same "
                     "bytes",
                     {root.string(), text::to_text(static_cast<long long>(listed.size())),
                      text::to_text(static_cast<long long>(rendered))});
    if (frozen > 0)
        out << i18n::trf(", {1} made with other templates, fonts or version",
                         {text::to_text(static_cast<long long>(frozen))});
    out << "\n";
    return exit_ok;
}

} // namespace thidua::cli
