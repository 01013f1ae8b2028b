// The archive: check every source first, then write ARCHIVE/<year>/<id>/
// with the documents (PDF/A) and a copy of the source, re-rendering a
// document only when its source, templates or fonts changed; then
// index.xlsx, the catalogue of every cluster-year the archive holds (read
// back from the stored sources); and SHA256SUMS over everything. Files
// whose bytes would not change are not touched.
#include "cli/archive.hpp"

#include "archive/audit.hpp"
#include "archive/files.hpp"
#include "archive/lock.hpp"
#include "archive/parallel.hpp"
#include "archive/sums.hpp"
#include "cli/catalogue.hpp"
#include "cli/commands.hpp"
#include "cli/document_kind.hpp"
#include "cli/font_choice.hpp"
#include "cli/options.hpp"
#include "cli/provenance.hpp"
#include "digest/sha256.hpp"
#include "doc/archive_wording.hpp"
#include "i18n/messages.hpp"
#include "io/pending_file.hpp"
#include "load/load.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"
#include "xlsx/index_writer.hpp"
#include "xml/character_locator.hpp"

#include <algorithm>
#include <atomic>
#include <ctime>
#include <map>
#include <mutex>
#include <ostream>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>

#ifndef THIDUA_VERSION
#define THIDUA_VERSION "0.0.0"
#endif

namespace thidua::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* source_name = "du-lieu.xml";
// Where archives made before .thidua/made kept what made each document.
constexpr const char* legacy_record_name = ".thidua-inputs";

struct ArchiveOptions {
    fs::path source;
    DocumentOptions documents;
    bool keep_going = false;
    bool repair = false;   // move what the archive did not make aside, render what changed again
    bool rerender = false; // make again documents made by other templates, fonts or version
    bool wait = true;      // for the archive's lock, held by another run
    unsigned jobs = archive::every_core();
};

std::optional<ArchiveOptions> parse(std::span<const std::string> args, std::ostream& err) {
    ArchiveOptions o;
    for (std::size_t k = 0; k < args.size(); ++k) {
        const std::string& a = args[k];
        const bool has_value = k + 1 < args.size();
        if (take_document_option(args, k, o.documents)) {
            continue;
        } else if (a == "--keep-going") {
            o.keep_going = true;
        } else if (a == "--no-wait") {
            o.wait = false;
        } else if (a == "--repair") {
            o.repair = true;
        } else if (a == "--rerender") {
            o.rerender = true;
        } else if (a == "--jobs" && has_value) {
            const auto jobs = whole_number_option(args[++k], 1, 256);
            if (!jobs) {
                err << "thidua archive: "
                    << i18n::trf("--jobs takes a whole number from 1 to 256, e.g. --jobs 2, not "
                                 "'{1}'",
                                 {args[k]})
                    << "\n";
                return std::nullopt;
            }
            o.jobs = static_cast<unsigned>(*jobs);
        } else if (!a.empty() && a[0] == '-') {
            err << "thidua archive: " << i18n::trf("unknown option '{1}'; see thidua --help", {a})
                << "\n";
            return std::nullopt;
        } else if (o.source.empty()) {
            o.source = a;
        } else {
            err << "thidua archive: " << i18n::trf("give one source folder, not '{1}' too", {a})
                << "\n";
            return std::nullopt;
        }
    }
    if (o.source.empty() || o.documents.out_dir.empty()) {
        err << "thidua archive: "
            << i18n::tr("give a source folder and an archive folder, e.g. thidua archive samples "
                        "-o archive")
            << "\n";
        return std::nullopt;
    }
    return o;
}

// Where every temporary file of a run goes (ours and libxlsxwriter's): one
// folder of the archive's own, emptied when a run starts, so an interrupted
// run leaves nothing that counts.
fs::path temp_folder(const fs::path& root) {
    return archive::own_folder(root) / "tmp";
}

// The journal of a run: the cluster-year folders and files it may change,
// written before its first change and removed after SHA256SUMS. A run that
// finds one was interrupted there: what it finds changed in those places is
// its predecessor's work, made again rather than refused.
fs::path journal_path(const fs::path& root) {
    return archive::own_folder(root) / "journal";
}

// One source that loaded without errors, and what happened to it. Only its
// name and digest are kept between the check of every source and the work
// on each: the run's memory does not grow with the number of cluster-years.
struct Job {
    fs::path source;
    int year = 0;
    std::string cluster_id;
    std::string digest;   // SHA-256 of the bytes checked
    std::string messages; // printed in order once all jobs are done
    int written = 0;
    int unchanged = 0;
    bool failed = false;
};

class Archiver {
public:
    Archiver(const ArchiveOptions& o, std::vector<std::unique_ptr<DocumentKind>> kinds,
             std::string fonts_hash, archive::KnownDigests& digests)
        : options_(o), kinds_(std::move(kinds)), fonts_hash_(std::move(fonts_hash)),
          digests_(digests) {
        for (const auto& kind : kinds_)
            input_hashes_.push_back(templates_hash(*kind, options_.documents.templates));
    }

    void run(Job& job) {
        // The source again, as it was checked (a file changed since is not
        // archived half-checked).
        const std::string bytes = archive::read_bytes(job.source);
        const std::string source_hash = digest::sha256_hex(bytes);
        if (source_hash != job.digest) {
            job.messages += job.source.string() + ": error: " +
                            i18n::tr("the file changed while it was being archived; run again") +
                            "\n";
            job.failed = true;
            return;
        }
        const fs::path dir = options_.documents.out_dir / text::to_text(job.year) / job.cluster_id;
        const fs::path record_path =
            made_by_path(options_.documents.out_dir, job.year, job.cluster_id);
        MadeBy record = read_made_by(record_path);
        // Every document that needs writing is made and checked first: a
        // cluster-year whose documents cannot all be made stores nothing,
        // not even its source.
        std::vector<Provenance> makers(kinds_.size());
        // The source is loaded again only when a document is made (an
        // unchanged cluster-year costs its hash and its record).
        std::optional<load::LoadResult> loaded;
        std::optional<doc::ModelView> view; // made when a document is made
        layout::InputLocator locate;        // the same
        std::vector<std::unique_ptr<MadeDocument>> made(kinds_.size());
        std::string error;
        std::set<std::string> said; // a character missing in two documents is one line
        for (std::size_t k = 0; k < kinds_.size(); ++k) {
            DocumentKind& kind = *kinds_[k];
            makers[k] = {source_hash, engine_version(), input_hashes_[k], fonts_hash_};
            // Records stay frozen: a document is made again only when its
            // own source changed (or on --rerender, when what would make it
            // now differs from what made it).
            std::error_code ec;
            const auto recorded = record.find(std::string(kind.output()));
            if (recorded != record.end() && fs::exists(dir / kind.output(), ec) &&
                recorded->second.source == source_hash &&
                (!options_.rerender || recorded->second == makers[k])) {
                continue;
            }
            if (!loaded) {
                loaded = load::load_text(bytes, job.source.string());
                if (!loaded->model) {
                    job.messages += loaded->diagnostics.format();
                    job.failed = true;
                    return;
                }
            }
            diag::Diagnostics diags(job.source.string());
            if (!view) view.emplace(*loaded->model);
            if (!locate.text) locate = input_locator(bytes);
            made[k] = kind.make(*view, locate, diags, error);
            add_messages(diags, job.source.string(), said, job.messages);
            if (!made[k]) {
                if (!error.empty())
                    job.messages += job.source.string() + ": error: " + error + "\n";
                job.failed = true;
            }
        }
        if (job.failed) return;
        const fs::path temp = temp_folder(options_.documents.out_dir);
        const std::string folder = text::to_text(job.year) + "/" + job.cluster_id + "/";
        const auto copied = archive::write_if_changed(dir / source_name, bytes, error, temp);
        if (copied != archive::WriteResult::unchanged) digests_.forget(folder + source_name);
        if (!note(job, copied, error)) return;
        for (std::size_t k = 0; k < kinds_.size(); ++k) {
            const std::string output(kinds_[k]->output());
            if (!made[k]) {
                ++job.unchanged;
                continue;
            }
            const fs::path target = dir / output;
            digests_.forget(folder + output);
            if (made[k]->skipped()) {
                // Not made for this cluster-year: an earlier one goes.
                std::error_code ec;
                if (fs::remove(target, ec)) ++job.written;
                record.erase(output);
                continue;
            }
            // Made whole in memory already (a workbook's libxlsxwriter
            // closes one at a time: xlsx/lxw.hpp), so written at once.
            if (!made[k]->write(target, error, temp)) {
                job.messages += target.string() + ": error: " + error + "\n";
                job.failed = true;
                record.erase(output);
                continue;
            }
            record[output] = makers[k];
            ++job.written;
        }
        std::error_code ec;
        fs::create_directories(record_path.parent_path(), ec);
        const auto m = archive::write_if_changed(record_path, format_made_by(record), error, temp);
        if (m == archive::WriteResult::failed) {
            job.messages += record_path.string() + ": error: " + error + "\n";
            job.failed = true;
        }
        fs::remove(dir / legacy_record_name, ec); // an archive made before .thidua/made
    }

private:
    static bool note(Job& job, archive::WriteResult r, const std::string& error) {
        if (r == archive::WriteResult::failed) {
            job.messages += "error: " + error + "\n";
            job.failed = true;
            return false;
        }
        (r == archive::WriteResult::written ? job.written : job.unchanged) += 1;
        return true;
    }

    const ArchiveOptions& options_;
    std::vector<std::unique_ptr<DocumentKind>> kinds_;
    std::string fonts_hash_;
    std::vector<std::string> input_hashes_;
    archive::KnownDigests& digests_;
};

// What checking one source found: its messages, and when it has no errors
// its cluster-year and the SHA-256 of the bytes checked.
struct CheckedSource {
    std::string messages;
    bool ok = false;
    int year = 0;
    std::string cluster_id;
    std::string digest;
};

CheckedSource check_source(const fs::path& source) {
    CheckedSource out;
    std::string bytes;
    load::LoadResult r = load::load_file(source, {}, &bytes);
    out.messages = r.diagnostics.format();
    if (!r.model) return out;
    out.ok = true;
    out.year = r.model->year;
    out.cluster_id = r.model->cluster.id;
    out.digest = digest::sha256_hex(bytes);
    return out;
}

// ARCHIVE/index.xlsx, written only when its bytes change.
bool write_index(const fs::path& out_dir, const doc::Wording& wording,
                 const xlsx::MeasuringFonts& fonts, archive::KnownDigests& digests, int& written,
                 int& unchanged, std::ostream& err) {
    const fs::path target = out_dir / "index.xlsx";
    auto made = rebuild_catalogue(out_dir, wording, fonts, temp_folder(out_dir), digests, err);
    if (!made) return false;
    // Compared and moved into place as a file: the catalogue grows with the
    // archive, and is never held in memory whole.
    if (archive::same_bytes(made->path(), target)) {
        ++unchanged;
        return true;
    }
    std::string error;
    digests.forget("index.xlsx");
    if (!made->commit(error)) {
        err << "thidua archive: " << error << "\n";
        return false;
    }
    ++written;
    return true;
}

// SHA256SUMS over every file of the archive but itself (and hidden ones),
// each hashed once in the run (`digests`).
bool write_sums(const fs::path& out_dir, archive::KnownDigests& digests, std::ostream& err) {
    std::vector<archive::SumEntry> entries;
    for (const std::string& rel : archive::list_files(out_dir)) {
        if (rel == "SHA256SUMS") continue;
        if (const char* why = archive::outside_path(rel)) {
            // sha256sum -c could not read it back, and verify would refuse it.
            err << (out_dir / rel).string() << ": error: "
                << i18n::trf("this file name cannot be listed in SHA256SUMS ({1}); rename it or "
                             "move it out",
                             {why})
                << "\n";
            return false;
        }
        const auto hex = digests.of(out_dir, rel);
        if (!hex) {
            err << (out_dir / rel).string() << ": error: " << i18n::tr("cannot read it to hash it")
                << "\n";
            return false;
        }
        entries.push_back({*hex, rel});
    }
    std::string error;
    if (archive::write_if_changed(out_dir / "SHA256SUMS", archive::format_sums(entries), error,
                                  temp_folder(out_dir)) == archive::WriteResult::failed) {
        err << "thidua archive: " << error << "\n";
        return false;
    }
    return true;
}

// Today as YYYY-MM-DD (UTC): the name of the quarantine folder of a repair.
std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char day[16];
    std::strftime(day, sizeof day, "%Y-%m-%d", &utc);
    return day;
}

// Bytes, not beliefs: the archive against its SHA256SUMS before anything is
// written. A file changed since the archive wrote it, or one it never made
// (a stray, a hidden file, a temporary of an interrupted run), is never
// absorbed into SHA256SUMS: without `repair` each is named and the run
// stops; with it each is moved to ARCHIVE/.thidua/quarantine/<date>/
// (nothing deleted) and the documents among them are made again. Returns
// false when the run must stop; `affected` gets each cluster-year folder
// (relative, "2023/dong-bac") whose document went missing or was moved.
bool settle_findings(const fs::path& root, bool repair, std::set<std::string>& affected,
                     archive::KnownDigests& digests, std::ostream& err) {
    std::error_code ec;
    if (!fs::exists(root, ec)) return true;
    std::string error;
    const std::vector<archive::Finding> findings = archive::audit(root, error, &digests);
    if (!error.empty()) {
        err << (root / "SHA256SUMS").string() << ": error: " << error << "\n";
        return false;
    }
    // An interrupted run's places: changes there are its unfinished work.
    std::set<std::string> journal;
    {
        std::istringstream in(archive::read_bytes(journal_path(root)));
        for (std::string line; std::getline(in, line);)
            if (!line.empty()) journal.insert(line);
    }
    const auto journaled = [&](const std::string& path) {
        for (const std::string& place : journal)
            if (path == place || path.starts_with(place + "/")) return true;
        return false;
    };
    for (const std::string& place : journal) {
        if (!fs::is_directory(root / place, ec)) continue;
        affected.insert(place);
        fs::remove(made_by_path(root, place), ec); // its documents are all made again
        fs::remove(root / place / legacy_record_name, ec);
    }
    std::vector<archive::Finding> unsettled;
    for (const archive::Finding& f : findings) {
        if (journaled(f.path)) continue;
        const fs::path rel(f.path);
        const bool document =
            std::count(f.path.begin(), f.path.end(), '/') == 2 && rel.filename() != source_name;
        if (document && f.kind != archive::Finding::Kind::stray)
            affected.insert(rel.parent_path().generic_string());
        if (f.kind != archive::Finding::Kind::missing) unsettled.push_back(f);
    }
    if (unsettled.empty()) return true;
    const fs::path quarantine = archive::own_folder(root) / "quarantine" / today();
    if (!repair) {
        for (const archive::Finding& f : unsettled)
            err << archive::describe(root, f) << "\n";
        err << "thidua archive: "
            << i18n::trf("nothing was written: the archive holds files changed since it wrote "
                         "them or that it never made (above). Put back what was changed and move "
                         "out what does not belong, or run again with --repair, which makes the "
                         "changed documents again from their sources and moves every file above "
                         "to {1}/, deleting nothing",
                         {quarantine.string()})
            << "\n";
        return false;
    }
    for (const archive::Finding& f : unsettled) {
        const fs::path target = quarantine / f.path;
        fs::create_directories(target.parent_path(), ec);
        if (!ec) fs::rename(root / f.path, target, ec);
        if (ec) {
            err << (root / f.path).string() << ": error: "
                << i18n::trf("cannot move it to {1}: {2}", {target.string(), ec.message()}) << "\n";
            return false;
        }
        err << archive::describe(root, f) << i18n::trf("; moved to {1}", {target.string()}) << "\n";
        const fs::path rel(f.path);
        if (std::count(f.path.begin(), f.path.end(), '/') == 2 && rel.filename() != source_name)
            affected.insert(rel.parent_path().generic_string());
    }
    return true;
}

} // namespace

int archive(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    const auto options = parse(args, err);
    if (!options) return exit_usage;
    std::error_code ec;
    if (!fs::exists(options->source, ec)) {
        err << options->source.string() << ": error: " << i18n::tr("no such folder") << "\n";
        return exit_input_errors;
    }
    const std::vector<fs::path> sources =
        archive::find_sources(options->source, options->documents.out_dir);
    if (sources.empty()) {
        err << options->source.string() << ": error: " << i18n::tr("no .xml file in this folder")
            << "\n";
        return exit_input_errors;
    }
    // 1. Every source, checked before anything is written (on every core;
    //    messages in the sources' order).
    std::vector<CheckedSource> checked(sources.size());
    archive::on_every_core(options->jobs, sources.size(),
                           [&](std::size_t k) { checked[k] = check_source(sources[k]); });
    std::vector<Job> jobs;
    bool errors = false;
    std::map<std::pair<int, std::string>, fs::path> seen;
    for (std::size_t k = 0; k < sources.size(); ++k) {
        const fs::path& source = sources[k];
        err << checked[k].messages;
        if (!checked[k].ok) {
            errors = true;
            continue;
        }
        const auto key = std::make_pair(checked[k].year, checked[k].cluster_id);
        if (const auto it = seen.find(key); it != seen.end()) {
            err << source.string() << ": error: "
                << i18n::trf("cluster '{1}' for {2} is already given by {3}; one cluster-year, "
                             "one file",
                             {key.second, text::to_text(key.first), it->second.string()})
                << "\n";
            errors = true;
            continue;
        }
        seen[key] = source;
        jobs.push_back({source, key.first, key.second, checked[k].digest, {}, 0, 0, false});
    }
    checked.clear();
    if (errors && !options->keep_going) {
        err << "thidua archive: "
            << i18n::tr("nothing was written; correct the errors above (or use --keep-going to "
                        "archive the files without errors)")
            << "\n";
        return exit_input_errors;
    }
    // 2. Templates and fonts.
    std::string font_error;
    std::string font_note;
    const auto fonts =
        load_fonts(options->documents.fonts, font_error, options->documents.fonts_chosen,
                   options->documents.fonts_fallback, &font_note);
    if (!font_note.empty()) err << "thidua archive: " << font_note << "\n";
    if (!fonts) {
        err << "thidua archive: " << font_error << "\n";
        return exit_input_errors;
    }
    auto kinds = make_all_kinds(true);
    bool prepared = prepare_kinds(kinds, options->documents.templates, err);
    if (prepared && !give_fonts(kinds, *fonts, font_error)) {
        err << "thidua archive: " << font_error << "\n";
        prepared = false;
    }
    const fs::path index_template = template_file(options->documents.templates, "index.xml");
    diag::Diagnostics index_diags(index_template.string());
    const auto index_wording = doc::Wording::load(index_template, doc::index_schema(), index_diags);
    err << index_diags.format();
    if (!index_wording) prepared = false;
    // ARCHIVE/README.txt: how to check the archive without thidua, in the
    // staff's words (templates/archive-readme.txt).
    const fs::path readme_template =
        template_file(options->documents.templates, "archive-readme.txt");
    const std::string readme = archive::read_bytes(readme_template);
    if (readme.empty() || text::find_invalid_utf8(readme)) {
        err << readme_template.string() << ": error: "
            << i18n::tr("the archive's README.txt is written from this file; it must exist and be "
                        "UTF-8 text")
            << "\n";
        prepared = false;
    }
    // The catalogue's cells are Times New Roman whatever --fonts says;
    // Liberation Serif has its metrics (read once: the documents' fonts when
    // they are it).
    const auto cell_fonts =
        (*fonts)[0]->family() == "Liberation Serif" ? fonts : load_fonts({}, font_error);
    if (!cell_fonts) {
        err << "thidua archive: " << font_error << "\n";
        prepared = false;
    }
    if (!prepared) return exit_input_errors;
    std::vector<std::string> used = document_templates();
    used.insert(used.end(), {"index.xml", "archive-readme.txt"});
    if (const std::string note = template_sources(options->documents.templates, used);
        !note.empty())
        err << "thidua archive: " << note << "\n";
    const xlsx::MeasuringFonts measuring{(*cell_fonts)[0], (*cell_fonts)[1], (*cell_fonts)[2]};
    // 3. The documents, on every core, one run at a time on one archive.
    std::string lock_error;
    const auto lock = archive::ArchiveLock::take(options->documents.out_dir,
                                                 archive::ArchiveLock::Mode::exclusive,
                                                 options->wait, lock_error);
    if (!lock) {
        err << "thidua archive: " << lock_error << "\n";
        return exit_input_errors;
    }
    const fs::path& out_dir = options->documents.out_dir;
    // What an interrupted run left in the temporaries' folder goes first.
    fs::remove_all(temp_folder(out_dir), ec);
    fs::create_directories(temp_folder(out_dir), ec);
    if (ec) {
        err << "thidua archive: "
            << i18n::trf("cannot make {1}: {2}", {temp_folder(out_dir).string(), ec.message()})
            << "\n";
        return exit_input_errors;
    }
    // libxlsxwriter's own temporaries, made while a workbook is made, too.
    for (const auto& kind : kinds)
        kind->use_scratch_folder(temp_folder(out_dir));
    std::set<std::string> affected;
    archive::KnownDigests digests; // each file hashed once in the run
    if (!settle_findings(out_dir, options->repair, affected, digests, err))
        return exit_input_errors;
    // A cluster-year with a document missing or moved aside whose source is
    // not among this run's inputs is made again from its stored source (when
    // that still matches SHA256SUMS: an altered one was moved aside above).
    for (const std::string& rel : affected) {
        const fs::path stored = options->documents.out_dir / rel / source_name;
        if (!fs::is_regular_file(stored, ec)) continue;
        load::LoadResult r = load::load_file(stored);
        if (!r.model) continue;
        const auto key = std::make_pair(r.model->year, r.model->cluster.id);
        if (seen.contains(key)) continue;
        seen[key] = stored;
        jobs.push_back({stored,
                        key.first,
                        key.second,
                        digest::sha256_hex(archive::read_bytes(stored)),
                        {},
                        0,
                        0,
                        false});
    }
    // The journal names every place this run may change, before the first
    // change.
    {
        std::string journal = "SHA256SUMS\nindex.xlsx\nREADME.txt\n";
        for (const std::string& place : affected)
            journal += place + "\n";
        for (const Job& job : jobs)
            journal += text::to_text(job.year) + "/" + job.cluster_id + "\n";
        std::string error;
        if (!io::write_file_atomically(journal_path(out_dir), journal, error,
                                       temp_folder(out_dir))) {
            err << "thidua archive: " << error << "\n";
            return exit_input_errors;
        }
    }
    Archiver archiver(*options, std::move(kinds), fonts_hash(*fonts), digests);
    std::atomic<std::size_t> done{0};
    std::mutex progress;
    const bool terminal = ::isatty(2) == 1;
    archive::on_every_core(options->jobs, jobs.size(), [&](std::size_t k) {
        archiver.run(jobs[k]);
        const std::size_t finished = ++done;
        if (terminal) {
            std::lock_guard lock(progress);
            err << "\rthidua archive: "
                << i18n::trf("{1}/{2} files", {text::to_text(static_cast<long long>(finished)),
                                               text::to_text(static_cast<long long>(jobs.size()))})
                << std::flush;
        }
    });
    if (terminal) err << "\n";
    int written = 0;
    int unchanged = 0;
    for (const Job& job : jobs) {
        err << job.messages;
        errors = errors || job.failed;
        written += job.written;
        unchanged += job.unchanged;
    }
    // 4. The catalogue and the README, then the checksums of the whole archive.
    if (!write_index(options->documents.out_dir, *index_wording, measuring, digests, written,
                     unchanged, err))
        errors = true;
    {
        std::string error;
        const auto r =
            archive::write_if_changed(out_dir / "README.txt", readme, error, temp_folder(out_dir));
        if (r == archive::WriteResult::failed) {
            err << "thidua archive: " << error << "\n";
            errors = true;
        }
        if (r == archive::WriteResult::written)
            digests.set("README.txt", digest::sha256_hex(readme));
        (r == archive::WriteResult::written ? written : unchanged) += 1;
    }
    if (!write_sums(options->documents.out_dir, digests, err)) return exit_input_errors;
    if (!errors) fs::remove(journal_path(out_dir), ec); // the run is whole
    out << "thidua archive: "
        << i18n::trf("{1} cluster-years in {2}; {3} files written, {4} unchanged",
                     {text::to_text(static_cast<long long>(jobs.size())),
                      options->documents.out_dir.string(),
                      text::to_text(static_cast<long long>(written)),
                      text::to_text(static_cast<long long>(unchanged))})
        << "\n";
    return errors ? exit_input_errors : exit_ok;
}

} // namespace thidua::cli
