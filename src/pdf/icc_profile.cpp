// Reading and checking the output intent's ICC profile (see icc_profile.hpp).
#include "pdf/icc_profile.hpp"

#include "i18n/messages.hpp"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <system_error>

namespace thidua::pdf {

namespace {

std::uint32_t be32(const std::string& b, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<unsigned char>(b[at + i]);
    return v;
}

} // namespace

std::optional<std::string> read_rgb_icc_profile(const std::filesystem::path& path,
                                                std::string& error) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        error = i18n::trf("PDF/A needs the sRGB colour profile {1}, which is missing: install the "
                          "Debian package icc-profiles-free",
                          {path.string()});
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = i18n::trf("could not open the colour profile {1}", {path.string()});
        return std::nullopt;
    }
    std::ostringstream s;
    s << in.rdbuf();
    std::string bytes = std::move(s).str();

    // ICC.1 header: size (0), version (8), class (12), colour space (16), 'acsp' (36).
    if (bytes.size() < 128 || be32(bytes, 0) != bytes.size() || bytes.compare(36, 4, "acsp") != 0) {
        error = i18n::trf("the colour profile {1} is not an ICC profile", {path.string()});
        return std::nullopt;
    }
    if (bytes.compare(16, 4, "RGB ") != 0) {
        error = i18n::trf("the colour profile {1} is not an RGB profile", {path.string()});
        return std::nullopt;
    }
    if (bytes.compare(12, 4, "mntr") != 0 && bytes.compare(12, 4, "prtr") != 0) {
        error = i18n::trf("the colour profile {1} is neither a display nor an output profile",
                          {path.string()});
        return std::nullopt;
    }
    if (static_cast<unsigned char>(bytes[8]) != 2) {
        error = i18n::trf("the colour profile {1} is ICC version {2}; PDF/A-1 needs version 2",
                          {path.string(), std::to_string(static_cast<unsigned char>(bytes[8]))});
        return std::nullopt;
    }
    return bytes;
}

} // namespace thidua::pdf
