// Private to src/cli: what `thidua render` reads before it tells anything
// (the fonts, every kind's templates, every input file) and the first
// file's documents, made meanwhile, all on one thread a core.
#pragma once

#include "cli/document_kind.hpp"
#include "cli/font_choice.hpp"
#include "cli/staging.hpp"
#include "load/load.hpp"

#include <array>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace thidua::cli {

// The first input file's documents, each made as soon as its kind's
// template, the fonts and the file are read (no kind waits for another's
// template). Render uses them only when everything it tells before them
// turns out right, as if made afterwards; otherwise it abandons them.
struct FirstDocuments {
    std::optional<doc::ModelView> view; // set when the file loaded without errors
    std::optional<Staging> staging;     // likewise
    std::vector<KindDocument> documents;
    std::vector<std::string> font_errors; // a kind that could not use the fonts
    std::vector<char> made;               // each kind's make() ran
};

struct Inputs {
    layout::Fonts fonts;
    std::array<std::string, 4> font_errors;
    std::vector<std::ostringstream> template_messages; // each kind's
    std::vector<char> prepared;                        // each kind's prepare() succeeded
    std::vector<load::LoadResult> loaded;              // each file's
    std::vector<std::string> sources;                  // each file's bytes
    FirstDocuments first;
};

// Reads everything and makes the first file's documents (`files` is not
// empty), OUT_DIR/<cluster-id>/<year>/ made for them. An exception thrown
// by any piece is rethrown once all have ended.
Inputs read_and_make_first(const FontFiles& font_files,
                           const std::vector<std::unique_ptr<DocumentKind>>& kinds,
                           const std::filesystem::path& templates,
                           const std::vector<std::string>& files,
                           const std::filesystem::path& out_dir);

} // namespace thidua::cli
