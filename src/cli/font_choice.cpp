// Font files for the four styles, from fonts/ or the Liberation defaults.
#include "cli/font_choice.hpp"

#include "cli/together.hpp"
#include "i18n/messages.hpp"

#include <array>

namespace thidua::cli {

std::optional<FontFiles> choose_font_files(const std::filesystem::path& folder, std::string& error,
                                           bool chosen, bool fallback, std::string* note) {
    static const std::array<const char*, 4> own = {"regular.ttf", "bold.ttf", "italic.ttf",
                                                   "bold-italic.ttf"};
    static const std::array<const char*, 4> liberation = {
        "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf"};
    const std::filesystem::path system = "/usr/share/fonts/truetype/liberation2";
    bool use_own = false;
    std::array<bool, 4> present{};
    if (!folder.empty()) {
        std::error_code ec;
        if (!std::filesystem::is_directory(folder, ec)) {
            error = folder.string() + ": " +
                    i18n::tr("no such fonts folder; give a folder holding regular.ttf, bold.ttf, "
                             "italic.ttf and bold-italic.ttf (fonts/README.md)");
            return std::nullopt;
        }
        std::string missing;
        std::size_t absent = 0;
        for (std::size_t k = 0; k < own.size(); ++k) {
            present[k] = std::filesystem::exists(folder / own[k], ec);
            if (present[k]) continue;
            missing += (missing.empty() ? "" : ", ") + std::string(own[k]);
            ++absent;
        }
        // All four styles, or none in the default folder (then the default
        // font); never a mix, which would set some text in another font,
        // unless asked for with --fonts-fallback.
        use_own = absent == 0 || (fallback && absent < own.size());
        if (!use_own && (chosen || absent < own.size()) && !fallback) {
            error = folder.string() + ": " +
                    i18n::trf("the fonts folder lacks {1}; it needs all four styles (regular.ttf, "
                              "bold.ttf, italic.ttf, bold-italic.ttf) of one font "
                              "(fonts/README.md), or give --fonts-fallback to set those styles "
                              "in Liberation Serif",
                              {missing});
            return std::nullopt;
        }
        if (use_own && absent > 0 && note != nullptr)
            *note = i18n::trf("{1} lacks {2}; Liberation Serif stands in for those styles "
                              "(--fonts-fallback)",
                              {folder.string(), missing});
    }
    FontFiles files;
    for (std::size_t k = 0; k < files.size(); ++k)
        files[k] = use_own && present[k] ? folder / own[k] : system / liberation[k];
    return files;
}

std::optional<layout::Fonts> load_fonts(const std::filesystem::path& folder, std::string& error,
                                        bool chosen, bool fallback, std::string* note) {
    const auto files = choose_font_files(folder, error, chosen, fallback, note);
    if (!files) return std::nullopt;
    // The four read at once (HarfBuzz's faces are independent).
    layout::Fonts fonts;
    std::array<std::string, 4> errors;
    run_together(fonts.size(),
                 [&](std::size_t k) { fonts[k] = font::FontFile::load((*files)[k], errors[k]); });
    return fonts_read(fonts, errors, error);
}

std::optional<layout::Fonts> fonts_read(const layout::Fonts& fonts,
                                        const std::array<std::string, 4>& errors,
                                        std::string& error) {
    // The first style that failed, in their order, is the one reported.
    for (std::size_t k = 0; k < fonts.size(); ++k)
        if (!fonts[k]) {
            error = errors[k];
            return std::nullopt;
        }
    return fonts;
}

} // namespace thidua::cli
