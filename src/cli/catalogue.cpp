// The archive's catalogue (index.xlsx) rebuilt from what the archive holds:
// written by `archive`, compared by `verify`.
#include "cli/catalogue.hpp"

#include "archive/files.hpp"
#include "digest/sha256.hpp"
#include "load/load.hpp"

#include <algorithm>
#include <ostream>
#include <tuple>

namespace thidua::cli {

namespace fs = std::filesystem;

namespace {

constexpr const char* source_name = "du-lieu.xml";

// Every cluster-year the archive holds, from its stored du-lieu.xml (so
// years archived earlier from other folders are included), with the
// documents beside it and their SHA-256.
std::optional<std::vector<xlsx::ArchivedYear>> stored_years(const fs::path& out_dir,
                                                            std::ostream& err) {
    std::vector<xlsx::ArchivedYear> years;
    bool ok = true;
    for (const std::string& rel : archive::list_files(out_dir)) {
        const fs::path p(rel);
        const auto parts = std::distance(p.begin(), p.end());
        if (parts != 3 || p.filename() != source_name) continue;
        const fs::path dir = out_dir / p.parent_path();
        load::LoadResult r = load::load_file(out_dir / rel);
        if (!r.model) {
            err << r.diagnostics.format();
            ok = false;
            continue;
        }
        // The catalogue reads the cluster, members, figures, awards and
        // succession: the rest of each year is let go at once, so holding
        // every year costs a fraction of the files' size.
        r.model->meeting.reset();
        r.model->scoring.reset();
        r.model->ballots.clear();
        r.model->ballots.shrink_to_fit();
        r.model->covenant.reset();
        r.model->handover.reset();
        xlsx::ArchivedYear y{std::move(*r.model), {}};
        for (const std::string& name : archive::list_files(dir)) {
            if (name.find('/') != std::string::npos) continue;
            const auto hex = digest::sha256_file(dir / name);
            if (!hex) {
                err << (dir / name).string() << ": error: cannot read it to hash it\n";
                ok = false;
                continue;
            }
            y.documents.push_back({name, *hex});
        }
        years.push_back(std::move(y));
    }
    if (!ok) return std::nullopt;
    std::sort(years.begin(), years.end(), [](const auto& a, const auto& b) {
        return std::tie(a.cy.year, a.cy.cluster.id) < std::tie(b.cy.year, b.cy.cluster.id);
    });
    return years;
}

} // namespace

std::optional<std::string> rebuild_catalogue(const fs::path& root, const doc::Wording& wording,
                                             const xlsx::MeasuringFonts& fonts,
                                             const fs::path& temp, std::ostream& err) {
    const auto years = stored_years(root, err);
    if (!years) return std::nullopt;
    std::string error;
    auto bytes = xlsx::index_workbook(*years, wording, fonts, temp, error);
    if (!bytes) err << (root / "index.xlsx").string() << ": error: " << error << "\n";
    return bytes;
}

} // namespace thidua::cli
