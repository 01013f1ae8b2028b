// The running program's folder (see program_folder.hpp).
#include "io/program_folder.hpp"

namespace thidua::io {

namespace {

std::optional<std::filesystem::path> read_program_folder() {
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return std::nullopt;
    return exe.parent_path();
}

} // namespace

std::optional<std::filesystem::path> program_folder() {
    // Asked for by every kind's templates and the workbook's library: read
    // once a process (the program does not move while it runs).
    static const std::optional<std::filesystem::path> folder = read_program_folder();
    return folder;
}

} // namespace thidua::io
