// Builds the /ToUnicode CMap text (see to_unicode_cmap.hpp).
#include "pdf/to_unicode_cmap.hpp"

#include <cstddef>

namespace thidua::pdf {

namespace {

// PDF 32000-1 9.10.3 and Adobe TN 5411 allow at most 100 rows per block.
constexpr std::size_t max_rows = 100;

struct Run {
    CidCharacter first;
    std::uint16_t length;
};

// "<1EC7>"
void append_hex4(std::string& out, char32_t c) {
    constexpr char digits[] = "0123456789ABCDEF";
    const char text[6] = {'<', digits[(c >> 12) & 0xF], digits[(c >> 8) & 0xF],
                          digits[(c >> 4) & 0xF], digits[c & 0xF], '>'};
    out.append(text, sizeof text);
}

// Runs where CID and character both go up by one and neither crosses into
// another block of 256 codes.
std::vector<Run> runs_of(const std::vector<CidCharacter>& characters) {
    std::vector<Run> runs;
    for (const CidCharacter& c : characters) {
        if (!runs.empty()) {
            Run& r = runs.back();
            if (r.first.cid + r.length == c.cid && r.first.unicode + r.length == c.unicode &&
                (c.cid & 0xFF) != 0 && (c.unicode & 0xFF) != 0) {
                ++r.length;
                continue;
            }
        }
        runs.push_back({c, 1});
    }
    return runs;
}

template <class Row>
void write_blocks(std::string& out, const std::vector<Run>& runs, const char* kind, Row row) {
    for (std::size_t i = 0; i < runs.size(); i += max_rows) {
        const std::size_t n = runs.size() - i < max_rows ? runs.size() - i : max_rows;
        out += std::to_string(n);
        out += " begin";
        out += kind;
        out += '\n';
        for (std::size_t k = i; k < i + n; ++k)
            row(runs[k]);
        out += "end";
        out += kind;
        out += '\n';
    }
}

} // namespace

std::string to_unicode_cmap(const std::vector<CidCharacter>& characters) {
    std::vector<Run> ranges;
    std::vector<Run> chars;
    for (const Run& r : runs_of(characters))
        (r.length == 1 ? chars : ranges).push_back(r);

    std::string out = "/CIDInit /ProcSet findresource begin\n"
                      "12 dict begin\n"
                      "begincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n"
                      "/CMapType 2 def\n"
                      "1 begincodespacerange\n"
                      "<0000> <FFFF>\n"
                      "endcodespacerange\n";
    out.reserve(out.size() + 20 * ranges.size() + 14 * chars.size() + 200);
    write_blocks(out, ranges, "bfrange", [&out](const Run& r) {
        append_hex4(out, r.first.cid);
        out += ' ';
        append_hex4(out, r.first.cid + r.length - 1u);
        out += ' ';
        append_hex4(out, r.first.unicode);
        out += '\n';
    });
    write_blocks(out, chars, "bfchar", [&out](const Run& r) {
        append_hex4(out, r.first.cid);
        out += ' ';
        append_hex4(out, r.first.unicode);
        out += '\n';
    });
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

} // namespace thidua::pdf
