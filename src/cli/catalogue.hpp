// The archive's catalogue, ARCHIVE/index.xlsx, as its stored sources make
// it: every cluster-year from its du-lieu.xml, with the files beside it and
// their SHA-256 (see xlsx/index_writer.hpp). The sources are read one
// cluster at a time and let go: the memory it takes does not grow with the
// number of cluster-years.
#pragma once

#include "archive/known_digests.hpp"
#include "doc/archive_wording.hpp"
#include "io/pending_file.hpp"
#include "xlsx/index_writer.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

namespace thidua::cli {

// The catalogue of the archive at `root`, written to a temporary file in
// `temp` that commits onto ARCHIVE/index.xlsx (and is removed unless it is
// committed), or nullopt with the problems written to `err`. The files'
// SHA-256 come from `digests` (those it does not know are hashed and added).
std::optional<io::PendingFile> rebuild_catalogue(const std::filesystem::path& root,
                                                 const doc::Wording& wording,
                                                 const xlsx::MeasuringFonts& fonts,
                                                 const std::filesystem::path& temp,
                                                 archive::KnownDigests& digests, std::ostream& err);

} // namespace thidua::cli
