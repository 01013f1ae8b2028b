// File work the archive needs: finding sources, listing what an archive
// holds, and writing a file only when its bytes change (so running the
// archive again on unchanged sources touches nothing).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::archive {

// Every *.xml under `folder`, at any depth, sorted, leaving out the folder
// `skip` (an archive kept inside its own source folder) and hidden folders.
std::vector<std::filesystem::path> find_sources(const std::filesystem::path& folder,
                                                const std::filesystem::path& skip = {});

// Every regular file under `folder` (links are neither listed nor
// followed), as paths relative to it with '/', sorted; files and folders
// whose name starts with '.' are left out.
std::vector<std::string> list_files(const std::filesystem::path& folder);

enum class WriteResult { unchanged, written, failed };

// Writes `bytes` to `path` through a temporary file (in `temp_folder`, else
// beside it), unless the file already holds exactly these bytes.
WriteResult write_if_changed(const std::filesystem::path& path, std::string_view bytes,
                             std::string& error, const std::filesystem::path& temp_folder = {});

std::string read_bytes(const std::filesystem::path& path);

// Whether two files hold the same bytes (false when either cannot be
// read), read a block at a time: no file is held in memory whole.
bool same_bytes(const std::filesystem::path& a, const std::filesystem::path& b);

} // namespace thidua::archive
