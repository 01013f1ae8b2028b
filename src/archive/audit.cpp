// Auditing an archive against its SHA256SUMS (see audit.hpp).
#include "archive/audit.hpp"

#include "archive/files.hpp"
#include "archive/sums.hpp"
#include "digest/sha256.hpp"

#include <algorithm>
#include <set>

namespace thidua::archive {

namespace fs = std::filesystem;

namespace {

// The archive's own files, which SHA256SUMS does not list.
bool own_file(const std::string& rel) {
    if (rel == "SHA256SUMS" || rel.starts_with(".thidua/")) return true;
    // <year>/<id>/.thidua-inputs
    return std::count(rel.begin(), rel.end(), '/') == 2 && rel.ends_with("/.thidua-inputs");
}

} // namespace

std::vector<Finding> audit(const fs::path& root, std::string& error) {
    std::vector<Finding> out;
    std::error_code ec;
    std::set<std::string> listed;
    const fs::path sums_path = root / "SHA256SUMS";
    if (fs::is_regular_file(sums_path, ec)) {
        const auto sums = parse_sums(read_bytes(sums_path), error);
        if (!sums) return {};
        for (const SumEntry& e : *sums) {
            listed.insert(e.path);
            const fs::path file = root / e.path;
            if (fs::is_symlink(file, ec)) continue; // reported below as not made by the archive
            if (!fs::is_regular_file(file, ec)) {
                out.push_back({Finding::Kind::missing, e.path});
            } else if (digest::sha256_file(file) != e.hex) {
                out.push_back({Finding::Kind::altered, e.path});
            }
        }
    }
    for (auto it = fs::recursive_directory_iterator(root, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        // Lexically: a link is named where it stands, never where it points.
        const std::string rel = it->path().lexically_relative(root).generic_string();
        if (rel == ".thidua" && it->is_directory() && !it->is_symlink()) {
            it.disable_recursion_pending();
            continue;
        }
        if (it->is_directory() && !it->is_symlink()) continue;
        // A file (or link, or anything else) the archive did not list.
        const bool plain = it->is_regular_file() && !it->is_symlink();
        if (own_file(rel) && plain) continue;
        if (plain && listed.contains(rel)) continue;
        out.push_back({Finding::Kind::stray, rel});
    }
    std::sort(out.begin(), out.end(),
              [](const Finding& a, const Finding& b) { return a.path < b.path; });
    return out;
}

std::string describe(const fs::path& root, const Finding& f) {
    const std::string where = (root / f.path).string();
    switch (f.kind) {
    case Finding::Kind::altered:
        return where + ": altered (its SHA-256 differs from SHA256SUMS)";
    case Finding::Kind::missing:
        return where + ": missing (listed in SHA256SUMS)";
    case Finding::Kind::stray:
        return where + ": extra (not listed in SHA256SUMS: not made by thidua archive)";
    }
    return where;
}

} // namespace thidua::archive
