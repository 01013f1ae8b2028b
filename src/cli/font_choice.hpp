// Which TrueType files the documents are set in: the four files of fonts/
// (regular.ttf, bold.ttf, italic.ttf, bold-italic.ttf) when a folder has
// them, else Liberation Serif from Debian's fonts-liberation2.
#pragma once

#include "layout/layout.hpp"

#include <array>
#include <filesystem>
#include <optional>
#include <string>

namespace thidua::cli {

// Loads the four styles from `folder` (regular.ttf, bold.ttf, italic.ttf,
// bold-italic.ttf), or Liberation Serif when `folder` is empty, or holds
// none of them and was not `chosen` by the user (the default fonts/). A
// folder that does not exist is an error, and so is one holding only some
// of the four, unless `fallback`: Liberation Serif's style then stands in
// for each missing one, and `note` (when given) says which. On error:
// nullopt with `error` set.
std::optional<layout::Fonts> load_fonts(const std::filesystem::path& folder, std::string& error,
                                        bool chosen = false, bool fallback = false,
                                        std::string* note = nullptr);

// The four files load_fonts reads (regular, bold, italic, bold italic),
// chosen by the same rules, without reading them: for a caller that reads
// them alongside other work (render). nullopt with `error` set as load_fonts.
using FontFiles = std::array<std::filesystem::path, 4>;
std::optional<FontFiles> choose_font_files(const std::filesystem::path& folder, std::string& error,
                                           bool chosen = false, bool fallback = false,
                                           std::string* note = nullptr);

// The four styles read from FontFiles (font::FontFile::load each, with its
// error), or nullopt with `error` set to the first style's that failed.
std::optional<layout::Fonts> fonts_read(const layout::Fonts& fonts,
                                        const std::array<std::string, 4>& errors,
                                        std::string& error);

} // namespace thidua::cli
