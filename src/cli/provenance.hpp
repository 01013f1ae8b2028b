// What made each archived document, kept by the archive for every
// cluster-year in ARCHIVE/.thidua/made/<year>/<cluster-id>: its source's
// SHA-256, the engine version, and the hashes of its template files and of
// the fonts. A document is made again only when its own source changes (or
// on `archive --rerender`); `verify` renders it again only when what made it
// is what it would be made with now.
#pragma once

#include "cli/document_kind.hpp"

#include <filesystem>
#include <map>
#include <string>

namespace thidua::cli {

struct Provenance {
    std::string source;    // SHA-256 of du-lieu.xml
    std::string version;   // THIDUA_VERSION
    std::string templates; // SHA-256 over the kind's template files
    std::string fonts;     // SHA-256 over the four font files

    bool same_makers(const Provenance& o) const {
        return version == o.version && templates == o.templates && fonts == o.fonts;
    }
    bool operator==(const Provenance&) const = default;
};

// Document file name -> what made it.
using MadeBy = std::map<std::string, Provenance>;

std::filesystem::path made_by_path(const std::filesystem::path& root, int year,
                                   const std::string& cluster_id);
std::filesystem::path made_by_path(const std::filesystem::path& root,
                                   const std::string& year_and_id); // "2023/dong-bac"
MadeBy read_made_by(const std::filesystem::path& file);
std::string format_made_by(const MadeBy& made);

// What would make documents now: the hash of each kind's template files and
// of the fonts, the engine's version.
std::string templates_hash(const DocumentKind& kind, const std::filesystem::path& templates);
std::string fonts_hash(const layout::Fonts& fonts);
const char* engine_version();

} // namespace thidua::cli
