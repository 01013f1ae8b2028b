// Writing and reading SHA256SUMS.
#include "archive/sums.hpp"

#include "i18n/messages.hpp"
#include "text/number.hpp"

#include <algorithm>

namespace thidua::archive {

std::string format_sums(std::vector<SumEntry> entries) {
    std::sort(entries.begin(), entries.end(),
              [](const SumEntry& a, const SumEntry& b) { return a.path < b.path; });
    std::string out;
    for (const SumEntry& e : entries)
        out += e.hex + "  " + e.path + "\n";
    return out;
}

const char* outside_path(std::string_view path) {
    if (path.empty()) return i18n::tr("an empty path");
    if (path.front() == '/') return i18n::tr("an absolute path");
    for (const char c : path)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F || c == '\\')
            return i18n::tr("a path with a control character or a backslash");
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") return i18n::tr("a path leaving its folder");
        start = end + 1;
    }
    return nullptr;
}

std::optional<std::vector<SumEntry>> parse_sums(std::string_view text, std::string& error) {
    std::vector<SumEntry> out;
    int line_number = 0;
    while (!text.empty()) {
        ++line_number;
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.empty()) continue;
        bool hex = line.size() > 66;
        for (std::size_t k = 0; hex && k < 64; ++k) {
            const char c = line[k];
            hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        }
        if (!hex || line.substr(64, 2) != "  ") {
            error = i18n::trf("SHA256SUMS line {1} is not '<sha256>  <path>'",
                              {text::to_text(line_number)});
            return std::nullopt;
        }
        const std::string_view path = line.substr(66);
        if (const char* why = outside_path(path)) {
            error = i18n::trf("SHA256SUMS line {1} names '{2}', {3}; an archive's SHA256SUMS "
                              "names only its own files",
                              {text::to_text(line_number), path.substr(0, 80), why});
            return std::nullopt;
        }
        out.push_back({std::string(line.substr(0, 64)), std::string(path)});
    }
    return out;
}

} // namespace thidua::archive
