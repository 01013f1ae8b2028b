// Private to src/pdf, no libharu (tests include it): the colour profile a
// PDF/A-1 output intent embeds, read and checked before use.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace thidua::pdf {

// Debian's icc-profiles-free installs it here.
inline const std::filesystem::path srgb_profile_path = "/usr/share/color/icc/sRGB.icc";

// The bytes of the ICC profile at `path`, checked to be what a PDF/A-1
// output intent can embed: an RGB profile (/N 3) of a display or output
// device, ICC version 2 (the versions PDF 1.4 knows). nullopt with `error`
// in plain words otherwise; a missing file names the Debian package.
std::optional<std::string> read_rgb_icc_profile(const std::filesystem::path& path,
                                                std::string& error);

} // namespace thidua::pdf
