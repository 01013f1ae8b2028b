// The digests a run knows (see known_digests.hpp).
#include "archive/known_digests.hpp"

#include "digest/sha256.hpp"

namespace thidua::archive {

void KnownDigests::set(const std::string& rel, std::string hex) {
    const std::lock_guard lock(mutex_);
    hex_[rel] = std::move(hex);
}

void KnownDigests::forget(const std::string& rel) {
    const std::lock_guard lock(mutex_);
    hex_.erase(rel);
}

std::optional<std::string> KnownDigests::of(const std::filesystem::path& root,
                                            const std::string& rel) {
    {
        const std::lock_guard lock(mutex_);
        if (const auto it = hex_.find(rel); it != hex_.end()) return it->second;
    }
    auto hex = digest::sha256_file(root / rel);
    if (hex) set(rel, *hex);
    return hex;
}

} // namespace thidua::archive
