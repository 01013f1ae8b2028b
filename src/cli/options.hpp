// The options every command that makes documents shares: the output folder,
// the templates folder and the fonts folder.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace thidua::cli {

struct DocumentOptions {
    std::filesystem::path out_dir;
    std::filesystem::path templates;
    std::filesystem::path fonts;
    bool fonts_chosen = false;   // --fonts given: the folder must hold the four styles
    bool fonts_fallback = false; // --fonts-fallback: Liberation Serif for the styles it lacks
    DocumentOptions();
};

// Takes args[k] (and its value) when it is -o/--output, --templates,
// --fonts or --fonts-fallback; advances k past what it took and returns
// true. Otherwise false.
bool take_document_option(std::span<const std::string> args, std::size_t& k, DocumentOptions& o);

// A whole number from `least` to `most`, written with digits only ("2", not
// "2x", " 2", "+2" or "abc"); nullopt otherwise.
std::optional<int> whole_number_option(std::string_view s, int least, int most);

} // namespace thidua::cli
