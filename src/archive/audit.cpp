// Auditing an archive against its SHA256SUMS (see audit.hpp).
#include "archive/audit.hpp"

#include "archive/files.hpp"
#include "archive/parallel.hpp"
#include "archive/sums.hpp"
#include "digest/sha256.hpp"
#include "i18n/messages.hpp"

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

std::vector<Finding> audit(const fs::path& root, std::string& error, KnownDigests* matched) {
    std::vector<Finding> out;
    std::error_code ec;
    std::set<std::string> listed;
    const fs::path sums_path = root / "SHA256SUMS";
    if (fs::is_regular_file(sums_path, ec)) {
        const auto sums = parse_sums(read_bytes(sums_path), error);
        if (!sums) return {};
        // Every listed file hashed, on every core.
        enum class State { skipped, missing, altered, matching };
        std::vector<State> states(sums->size(), State::skipped);
        on_every_core(every_core(), sums->size(), [&](std::size_t k) {
            const fs::path file = root / (*sums)[k].path;
            std::error_code failed;
            if (fs::is_symlink(file, failed)) return; // reported below as not made by the archive
            if (!fs::is_regular_file(file, failed)) {
                states[k] = State::missing;
            } else {
                states[k] =
                    digest::sha256_file(file) == (*sums)[k].hex ? State::matching : State::altered;
            }
        });
        for (std::size_t k = 0; k < sums->size(); ++k) {
            const SumEntry& e = (*sums)[k];
            listed.insert(e.path);
            if (states[k] == State::missing) out.push_back({Finding::Kind::missing, e.path});
            if (states[k] == State::altered) out.push_back({Finding::Kind::altered, e.path});
            if (states[k] == State::matching && matched) matched->set(e.path, e.hex);
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
        return i18n::trf("{1}: altered (its SHA-256 differs from SHA256SUMS)", {where});
    case Finding::Kind::missing:
        return i18n::trf("{1}: missing (listed in SHA256SUMS)", {where});
    case Finding::Kind::stray:
        return i18n::trf("{1}: extra (not listed in SHA256SUMS: not made by thidua archive)",
                         {where});
    }
    return where;
}

} // namespace thidua::archive
