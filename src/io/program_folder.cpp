// The running program's folder (see program_folder.hpp).
#include "io/program_folder.hpp"

namespace thidua::io {

std::optional<std::filesystem::path> program_folder() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return std::nullopt;
    return exe.parent_path();
}

} // namespace thidua::io
