// Staging (see staging.hpp): the folder made, temporary files written,
// everything removed again when abandoned.
#include "cli/staging.hpp"

#include "text/number.hpp"

namespace thidua::cli {
namespace {

// The folders create_directories would make for `folder`, deepest first.
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

} // namespace

Staging::Staging(const std::filesystem::path& out_dir, const model::ClusterYear& cy,
                 std::size_t kinds)
    : folder(out_dir / cy.cluster.id / text::to_text(cy.year)), created(missing_folders(folder)),
      staged(kinds), errors(kinds) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
}

void Staging::stage(std::size_t k, const DocumentKind& kind, const MadeDocument& document) {
    if (document.skipped()) return;
    const auto target = folder / kind.output();
    std::string error;
    auto pending = io::PendingFile::stage(target, document.bytes(), error);
    if (pending) {
        pending->start_storing();
        staged[k].emplace(std::move(*pending));
    } else {
        errors[k] = target.string() + ": error: " + error + "\n";
    }
}

void Staging::abandon() {
    staged.clear();
    std::error_code ec;
    for (const auto& f : created)
        std::filesystem::remove(f, ec); // only when empty
}

} // namespace thidua::cli
