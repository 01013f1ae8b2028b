// The archive's catalogue (index.xlsx) rebuilt from what the archive holds:
// written by `archive`, compared by `verify`. The stored sources are read a
// cluster at a time (the folders ARCHIVE/<year>/<cluster-id>/ grouped by
// cluster id), each cluster handed to the workbook and let go.
#include "cli/catalogue.hpp"

#include "archive/files.hpp"
#include "archive/parallel.hpp"
#include "i18n/messages.hpp"
#include "io/pending_file.hpp"
#include "load/load.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <ostream>

namespace thidua::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* source_name = "du-lieu.xml";

// One cluster-year folder: "2023/dong-bac", and its files' names.
struct StoredYear {
    std::string folder;
    std::vector<std::string> files;
};

// Every ARCHIVE/<year>/<id>/ holding du-lieu.xml, by the folder's cluster
// id, then its year; `first`..`last`: the folders' years.
std::map<std::string, std::vector<StoredYear>> stored_clusters(const fs::path& root, int& first,
                                                               int& last) {
    std::map<std::string, std::map<std::string, std::vector<std::string>>> files;
    for (const std::string& rel : archive::list_files(root)) {
        const fs::path p(rel);
        if (std::distance(p.begin(), p.end()) != 3) continue;
        const std::string year = p.begin()->string();
        const std::string id = std::next(p.begin())->string();
        files[id][year].push_back(p.filename().string());
    }
    std::map<std::string, std::vector<StoredYear>> out;
    first = 0;
    last = 0;
    bool any = false;
    for (auto& [id, years] : files) {
        for (auto& [year, names] : years) {
            if (std::find(names.begin(), names.end(), source_name) == names.end()) continue;
            int y = 0;
            std::from_chars(year.data(), year.data() + year.size(), y);
            first = any ? std::min(first, y) : y;
            last = any ? std::max(last, y) : y;
            any = true;
            out[id].push_back({year + "/" + id, std::move(names)});
        }
    }
    return out;
}

// How many cluster-years are loaded at once (whole clusters): enough for
// every core, few enough that memory does not grow with the archive.
std::size_t cluster_years_at_once() {
    return 4 * archive::every_core();
}

// One stored cluster-year with its files' SHA-256, or nullopt with the
// problems in `messages`.
std::optional<xlsx::ArchivedYear> load_year(const fs::path& root, const StoredYear& s,
                                            archive::KnownDigests& digests, std::string& messages) {
    load::LoadResult r = load::load_file(root / s.folder / source_name);
    if (!r.model) {
        messages = r.diagnostics.format();
        return std::nullopt;
    }
    // The catalogue reads the cluster, members, figures, awards and
    // succession: the rest of the year is let go at once.
    r.model->meeting.reset();
    r.model->scoring.reset();
    r.model->ballots.clear();
    r.model->ballots.shrink_to_fit();
    r.model->covenant.reset();
    r.model->handover.reset();
    xlsx::ArchivedYear y{std::move(*r.model), {}};
    for (const std::string& name : s.files) {
        const auto hex = digests.of(root, s.folder + "/" + name);
        if (!hex) {
            messages += (root / s.folder / name).string() + ": error: " +
                        i18n::tr("cannot read it to hash it") + "\n";
            continue;
        }
        y.documents.push_back({name, *hex});
    }
    if (!messages.empty()) return std::nullopt;
    return y;
}

} // namespace

std::optional<io::PendingFile> rebuild_catalogue(const fs::path& root, const doc::Wording& wording,
                                                 const xlsx::MeasuringFonts& fonts,
                                                 const fs::path& temp,
                                                 archive::KnownDigests& digests,
                                                 std::ostream& err) {
    int first = 0;
    int last = 0;
    const auto clusters = stored_clusters(root, first, last);
    const fs::path target = root / "index.xlsx";
    std::string error;
    auto pending = io::PendingFile::create(target, error, temp);
    if (!pending) {
        err << target.string() << ": error: " << error << "\n";
        return std::nullopt;
    }
    auto writer =
        xlsx::IndexWriter::start(pending->path(), temp, wording, fonts, first, last, error);
    if (!writer) {
        err << target.string() << ": error: " << error << "\n";
        return std::nullopt;
    }
    // A few clusters at a time, their sources loaded on every core, then
    // handed to the workbook in order and let go.
    bool ok = true;
    for (auto next = clusters.begin(); next != clusters.end();) {
        std::vector<const std::vector<StoredYear>*> batch;
        std::vector<const StoredYear*> folders;
        while (next != clusters.end() && folders.size() < cluster_years_at_once()) {
            batch.push_back(&next->second);
            for (const StoredYear& s : next->second)
                folders.push_back(&s);
            ++next;
        }
        std::vector<std::optional<xlsx::ArchivedYear>> loaded(folders.size());
        std::vector<std::string> messages(folders.size());
        archive::on_every_core(archive::every_core(), folders.size(), [&](std::size_t k) {
            loaded[k] = load_year(root, *folders[k], digests, messages[k]);
        });
        std::size_t k = 0;
        for (const auto* stored : batch) {
            std::vector<xlsx::ArchivedYear> years;
            for (std::size_t n = 0; n < stored->size(); ++n, ++k) {
                err << messages[k];
                if (!loaded[k]) {
                    ok = false;
                    continue;
                }
                years.push_back(std::move(*loaded[k]));
            }
            std::stable_sort(years.begin(), years.end(),
                             [](const auto& a, const auto& b) { return a.cy.year < b.cy.year; });
            if (ok && !writer->add_cluster(years, error)) {
                err << target.string() << ": error: " << error << "\n";
                return std::nullopt;
            }
        }
    }
    if (!ok) return std::nullopt;
    if (!writer->finish(error)) {
        err << target.string() << ": error: " << error << "\n";
        return std::nullopt;
    }
    return pending;
}

} // namespace thidua::cli
