// Which TrueType files the documents are set in: the four files of fonts/
// (regular.ttf, bold.ttf, italic.ttf, bold-italic.ttf) when a folder has
// them, else Liberation Serif from Debian's fonts-liberation2.
#pragma once

#include "layout/layout.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace thidua::cli {

// Loads the four styles; on failure returns nullopt with `error` set.
std::optional<layout::Fonts> load_fonts(const std::filesystem::path& folder, std::string& error);

} // namespace thidua::cli
