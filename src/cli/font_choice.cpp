// Font files for the four styles, from fonts/ or the Liberation defaults.
#include "cli/font_choice.hpp"

#include <array>

namespace thidua::cli {

std::optional<layout::Fonts> load_fonts(const std::filesystem::path& folder, std::string& error) {
    static const std::array<const char*, 4> own = {"regular.ttf", "bold.ttf", "italic.ttf",
                                                   "bold-italic.ttf"};
    static const std::array<const char*, 4> liberation = {
        "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf"};
    const std::filesystem::path system = "/usr/share/fonts/truetype/liberation2";
    bool use_own = !folder.empty();
    for (const char* name : own)
        use_own = use_own && std::filesystem::exists(folder / name);
    layout::Fonts fonts;
    for (std::size_t k = 0; k < 4; ++k) {
        const auto path = use_own ? folder / own[k] : system / liberation[k];
        fonts[k] = font::FontFile::load(path, error);
        if (!fonts[k]) return std::nullopt;
    }
    return fonts;
}

} // namespace thidua::cli
