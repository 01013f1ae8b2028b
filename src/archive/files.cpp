// Sources, listings, and writes that leave unchanged files alone.
#include "archive/files.hpp"

#include "io/pending_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <vector>

namespace thidua::archive {

namespace fs = std::filesystem;

std::vector<fs::path> find_sources(const fs::path& folder, const fs::path& skip) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (fs::is_regular_file(folder, ec)) return {folder};
    for (auto it = fs::recursive_directory_iterator(folder, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code same;
        if (it->is_directory() && (it->path().filename().string().starts_with(".") ||
                                   (!skip.empty() && fs::equivalent(it->path(), skip, same)))) {
            it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file() && it->path().extension() == ".xml") out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> list_files(const fs::path& folder) {
    std::vector<std::string> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(folder, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->path().filename().string().starts_with(".")) {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        // Plain files only, named where they stand (a link is never followed).
        if (it->is_regular_file() && !it->is_symlink())
            out.push_back(it->path().lexically_relative(folder).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool same_bytes(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    const auto size = fs::file_size(a, ec);
    if (ec || fs::file_size(b, ec) != size || ec) return false;
    std::ifstream one(a, std::ios::binary);
    std::ifstream two(b, std::ios::binary);
    std::vector<char> x(1 << 16);
    std::vector<char> y(1 << 16);
    while (one && two) {
        one.read(x.data(), static_cast<std::streamsize>(x.size()));
        two.read(y.data(), static_cast<std::streamsize>(y.size()));
        if (one.gcount() != two.gcount() ||
            !std::equal(x.begin(), x.begin() + one.gcount(), y.begin()))
            return false;
    }
    return one.eof() && two.eof();
}

WriteResult write_if_changed(const fs::path& path, std::string_view bytes, std::string& error,
                             const fs::path& temp_folder) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    auto pending = io::PendingFile::stage(path, bytes, error, temp_folder);
    if (!pending) return WriteResult::failed;
    // An unchanged file keeps its time too: the archive's files date from
    // when their bytes last changed.
    if (pending->unchanged()) return WriteResult::unchanged;
    return pending->commit(error) ? WriteResult::written : WriteResult::failed;
}

} // namespace thidua::archive
