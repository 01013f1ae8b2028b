// Reading and checking the output intent's ICC profile (see icc_profile.hpp).
#include "pdf/icc_profile.hpp"

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
        error = "PDF/A needs the sRGB colour profile " + path.string() +
                ", which is missing: install the Debian package icc-profiles-free";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "could not open the colour profile " + path.string();
        return std::nullopt;
    }
    std::ostringstream s;
    s << in.rdbuf();
    std::string bytes = std::move(s).str();

    const std::string not_profile = "the colour profile " + path.string() + " ";
    // ICC.1 header: size (0), version (8), class (12), colour space (16), 'acsp' (36).
    if (bytes.size() < 128 || be32(bytes, 0) != bytes.size() || bytes.compare(36, 4, "acsp") != 0) {
        error = not_profile + "is not an ICC profile";
        return std::nullopt;
    }
    if (bytes.compare(16, 4, "RGB ") != 0) {
        error = not_profile + "is not an RGB profile";
        return std::nullopt;
    }
    if (bytes.compare(12, 4, "mntr") != 0 && bytes.compare(12, 4, "prtr") != 0) {
        error = not_profile + "is neither a display nor an output profile";
        return std::nullopt;
    }
    if (static_cast<unsigned char>(bytes[8]) != 2) {
        error = not_profile + "is ICC version " +
                std::to_string(static_cast<unsigned char>(bytes[8])) + "; PDF/A-1 needs version 2";
        return std::nullopt;
    }
    return bytes;
}

} // namespace thidua::pdf
