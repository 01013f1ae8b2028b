// Font files for the four styles, from fonts/ or the Liberation defaults.
#include "cli/font_choice.hpp"

#include <array>

namespace thidua::cli {

std::optional<layout::Fonts> load_fonts(const std::filesystem::path& folder, std::string& error,
                                        bool chosen) {
    static const std::array<const char*, 4> own = {"regular.ttf", "bold.ttf", "italic.ttf",
                                                   "bold-italic.ttf"};
    static const std::array<const char*, 4> liberation = {
        "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf"};
    const std::filesystem::path system = "/usr/share/fonts/truetype/liberation2";
    bool use_own = false;
    if (!folder.empty()) {
        std::error_code ec;
        if (!std::filesystem::is_directory(folder, ec)) {
            error = folder.string() + ": no such fonts folder; give a folder holding regular.ttf, "
                                      "bold.ttf, italic.ttf and bold-italic.ttf (fonts/README.md)";
            return std::nullopt;
        }
        std::string missing;
        std::size_t absent = 0;
        for (const char* name : own) {
            if (std::filesystem::exists(folder / name, ec)) continue;
            missing += (missing.empty() ? "" : ", ") + std::string(name);
            ++absent;
        }
        // All four styles, or none in the default folder (then the default
        // font); never a mix, which would set some text in another font.
        use_own = absent == 0;
        if (!use_own && (chosen || absent < own.size())) {
            error = folder.string() + ": the fonts folder lacks " + missing +
                    "; it needs all four styles (regular.ttf, bold.ttf, italic.ttf, "
                    "bold-italic.ttf) of one font (fonts/README.md)";
            return std::nullopt;
        }
    }
    layout::Fonts fonts;
    for (std::size_t k = 0; k < 4; ++k) {
        const auto path = use_own ? folder / own[k] : system / liberation[k];
        fonts[k] = font::FontFile::load(path, error);
        if (!fonts[k]) return std::nullopt;
    }
    return fonts;
}

} // namespace thidua::cli
