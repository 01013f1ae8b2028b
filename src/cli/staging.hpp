// Private to src/cli: one cluster-year's documents on their way to its
// folder, each written into a temporary file beside its target as soon as
// it is made, all put in place (or all abandoned) later.
#pragma once

#include "cli/document_kind.hpp"
#include "io/pending_file.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace thidua::cli {

struct Staging {
    // Makes OUT_DIR/<cluster-id>/<year>/, noting the folders that did not
    // exist (removed again when nothing is written); `kinds` slots.
    Staging(const std::filesystem::path& out_dir, const model::ClusterYear& cy, std::size_t kinds);
    // Writes kinds[k]'s document into its temporary file (on the thread that
    // made it; each k has its own slots).
    void stage(std::size_t k, const DocumentKind& kind, const MadeDocument& document);
    // Nothing is written: the temporary files go, and the folders made.
    void abandon();

    std::filesystem::path folder;
    std::vector<std::filesystem::path> created; // deepest first
    std::vector<std::optional<io::PendingFile>> staged;
    std::vector<std::string> errors; // "TARGET: error: ...\n" when staging failed
};

} // namespace thidua::cli
