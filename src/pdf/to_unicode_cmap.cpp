// Builds the /ToUnicode CMap text (see to_unicode_cmap.hpp).
#include "pdf/to_unicode_cmap.hpp"

#include <cstddef>
#include <cstdio>

namespace thidua::pdf {

namespace {

// PDF 32000-1 9.10.3 and Adobe TN 5411 allow at most 100 rows per block.
constexpr std::size_t max_rows = 100;

struct Run {
    char32_t first;
    char32_t last;
};

std::string hex4(char32_t c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "<%04X>", static_cast<unsigned>(c));
    return buf;
}

// Runs of consecutive codes that stay inside one block of 256 codes.
std::vector<Run> runs_of(const std::vector<char32_t>& codes) {
    std::vector<Run> runs;
    for (char32_t c : codes) {
        if (!runs.empty() && runs.back().last + 1 == c && (c & 0xFF) != 0)
            runs.back().last = c;
        else
            runs.push_back({c, c});
    }
    return runs;
}

void write_blocks(std::string& out, const std::vector<std::string>& rows, const char* kind) {
    for (std::size_t i = 0; i < rows.size(); i += max_rows) {
        const std::size_t n = rows.size() - i < max_rows ? rows.size() - i : max_rows;
        out += std::to_string(n) + " begin" + kind + "\n";
        for (std::size_t k = i; k < i + n; ++k)
            out += rows[k];
        out += std::string("end") + kind + "\n";
    }
}

} // namespace

std::string to_unicode_cmap(const std::vector<char32_t>& codes) {
    std::vector<std::string> ranges;
    std::vector<std::string> chars;
    for (const Run& r : runs_of(codes)) {
        if (r.first == r.last)
            chars.push_back(hex4(r.first) + " " + hex4(r.first) + "\n");
        else
            ranges.push_back(hex4(r.first) + " " + hex4(r.last) + " " + hex4(r.first) + "\n");
    }

    std::string out = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n"
                      "<0000> <FFFF>\n"
                      "endcodespacerange\n";
    write_blocks(out, ranges, "bfrange");
    write_blocks(out, chars, "bfchar");
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

} // namespace thidua::pdf
