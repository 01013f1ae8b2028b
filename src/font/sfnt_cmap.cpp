// The cmap table: picks the best Unicode subtable (format 12, else format 4)
// and lists every code point it maps to a real glyph.
#include "font/sfnt_tables.hpp"

#include <algorithm>

namespace thidua::font::sfnt {

namespace {

// More mappings than Unicode has code points means overlapping ranges: a
// damaged or hostile table, refused before it can eat the memory.
constexpr std::uint64_t max_mappings = 0x110000;
// The work allowed over every subtable tried, counted in groups (or
// segments) read plus mappings made: a cmap listing one damaged subtable
// thousands of times is refused before reading it takes minutes.
constexpr std::uint64_t max_work = 4 * max_mappings;

// Counts one group from `first` to `last` against the table's mappings and
// the work left; false when either limit is passed.
bool spend(std::uint32_t first, std::uint32_t last, std::uint64_t& mapped, std::uint64_t& work) {
    const std::uint64_t count = first <= last ? std::uint64_t{last} - first + 1 : 0;
    mapped += count;
    if (mapped > max_mappings || count + 1 > work) return false;
    work -= count + 1;
    return true;
}

// Adds cp -> glyph when glyph is a real glyph of the font.
void add(CharMap& map, char32_t cp, std::uint64_t glyph, int glyph_count) {
    if (glyph != 0 && glyph < static_cast<std::uint64_t>(glyph_count))
        map.emplace_back(cp, static_cast<std::uint16_t>(glyph));
}

// Format 12: groups of consecutive code points mapped to consecutive glyphs.
bool read_format_12(Window table, int glyph_count, CharMap& map, std::uint64_t& work) {
    const std::uint64_t groups = table.u32(12);
    if (!table.covers(0, 16) || groups > (table.size() - 16) / 12) return false;
    std::uint64_t mapped = 0;
    for (std::size_t i = 0; i < groups; ++i) {
        const std::size_t at = 16 + 12 * i;
        const std::uint32_t first = table.u32(at);
        const std::uint32_t last = std::min<std::uint32_t>(table.u32(at + 4), 0x10FFFF);
        const std::uint32_t first_glyph = table.u32(at + 8);
        if (!spend(first, last, mapped, work)) return false;
        for (std::uint32_t cp = first; cp <= last; ++cp)
            add(map, cp, std::uint64_t{first_glyph} + (cp - first), glyph_count);
    }
    return true;
}

// Format 4: segments of the Basic Multilingual Plane, each with a delta and
// optionally its own glyph array.
bool read_format_4(Window table, int glyph_count, CharMap& map, std::uint64_t& work) {
    const std::size_t segments = table.u16(6) / 2;
    if (segments == 0 || !table.covers(0, 16 + 8 * segments)) return false;
    const std::size_t ends = 14;
    const std::size_t starts = 16 + 2 * segments;
    const std::size_t deltas = 16 + 4 * segments;
    const std::size_t range_offsets = 16 + 6 * segments;
    std::uint64_t mapped = 0;
    for (std::size_t s = 0; s < segments; ++s) {
        const std::uint32_t last = table.u16(ends + 2 * s);
        const std::uint32_t first = table.u16(starts + 2 * s);
        const std::uint16_t delta = table.u16(deltas + 2 * s);
        const std::size_t range_offset_at = range_offsets + 2 * s;
        const std::uint16_t range_offset = table.u16(range_offset_at);
        if (!spend(first, last, mapped, work)) return false;
        for (std::uint32_t cp = first; cp <= last && cp < 0xFFFF; ++cp) {
            std::uint32_t glyph = 0;
            if (range_offset == 0) {
                glyph = (cp + delta) & 0xFFFF;
            } else {
                const std::size_t at = range_offset_at + range_offset + 2 * (cp - first);
                if (!table.covers(at, 2)) continue; // points outside: no glyph
                glyph = table.u16(at);
                if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
            }
            add(map, cp, glyph, glyph_count);
        }
    }
    return true;
}

struct Candidate {
    int rank = 0; // lower is better
    std::uint16_t format = 0;
    Window table;
};

// How much a subtable is wanted; -1 when not at all.
int rank_of(std::uint16_t platform, std::uint16_t encoding, std::uint16_t format) {
    if (format == 12 && platform == 3 && encoding == 10) return 0;
    if (format == 12 && platform == 0) return 1;
    if (format == 4 && platform == 3 && encoding == 1) return 2;
    if (format == 4 && platform == 0) return 3;
    return -1;
}

} // namespace

std::optional<CharMap> read_cmap(Window cmap, int glyph_count) {
    const std::size_t count = cmap.u16(2);
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = 4 + 8 * i;
        const std::uint16_t platform = cmap.u16(at);
        const std::uint16_t encoding = cmap.u16(at + 2);
        const std::uint32_t offset = cmap.u32(at + 4);
        if (cmap.overrun()) return std::nullopt;
        Window table = cmap.rest(offset);
        const std::uint16_t format = table.u16(0);
        const int rank = rank_of(platform, encoding, format);
        if (!table.overrun() && rank >= 0) candidates.push_back({rank, format, table});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.rank < b.rank; });

    bool any_damaged = false;
    std::uint64_t work = max_work;
    for (const Candidate& c : candidates) {
        CharMap map;
        const bool read = c.format == 12 ? read_format_12(c.table, glyph_count, map, work)
                                         : read_format_4(c.table, glyph_count, map, work);
        if (!read) {
            any_damaged = true;
            continue;
        }
        std::stable_sort(map.begin(), map.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        map.erase(std::unique(map.begin(), map.end(),
                              [](const auto& a, const auto& b) { return a.first == b.first; }),
                  map.end());
        return map;
    }
    if (any_damaged) return std::nullopt;
    return CharMap{};
}

} // namespace thidua::font::sfnt
