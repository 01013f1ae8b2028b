// The folder the running program is in, found from its own path
// (/proc/self/exe): what the program finds beside it, or beside its
// installed tree (share/thidua, lib/thidua), wherever the tree was moved.
#pragma once

#include <filesystem>
#include <optional>

namespace thidua::io {

// <prefix>/bin for an installed program, the build folder for a build;
// nullopt when the system does not say.
std::optional<std::filesystem::path> program_folder();

} // namespace thidua::io
