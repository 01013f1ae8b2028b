// The checked window on font bytes, the sfnt table directory, and the small
// fixed-layout tables: head, hhea, maxp, hmtx, OS/2, loca and glyph records.
#include "font/sfnt_tables.hpp"

#include <algorithm>

namespace thidua::font::sfnt {

std::uint8_t Window::u8(std::size_t offset) {
    if (!covers(offset, 1)) {
        overrun_ = true;
        return 0;
    }
    return bytes_[offset];
}

std::uint16_t Window::u16(std::size_t offset) {
    if (!covers(offset, 2)) {
        overrun_ = true;
        return 0;
    }
    return static_cast<std::uint16_t>(bytes_[offset] << 8 | bytes_[offset + 1]);
}

std::uint32_t Window::u32(std::size_t offset) {
    if (!covers(offset, 4)) {
        overrun_ = true;
        return 0;
    }
    return static_cast<std::uint32_t>(bytes_[offset]) << 24 |
           static_cast<std::uint32_t>(bytes_[offset + 1]) << 16 |
           static_cast<std::uint32_t>(bytes_[offset + 2]) << 8 |
           static_cast<std::uint32_t>(bytes_[offset + 3]);
}

Window Window::part(std::size_t offset, std::size_t count) {
    if (!covers(offset, count)) {
        overrun_ = true;
        return Window();
    }
    return Window(bytes_.subspan(offset, count));
}

Window Window::rest(std::size_t offset) {
    if (offset > bytes_.size()) {
        overrun_ = true;
        return Window();
    }
    return Window(bytes_.subspan(offset));
}

FileKind file_kind(Window file) {
    if (!file.covers(0, 12)) return FileKind::other;
    const std::uint32_t version = file.u32(0);
    if (version == 0x00010000 || version == tag("true")) return FileKind::truetype;
    if (version == tag("OTTO")) return FileKind::cff_opentype;
    if (version == tag("ttcf")) return FileKind::collection;
    return FileKind::other;
}

std::optional<std::vector<TableRecord>> read_directory(Window file) {
    const std::size_t count = file.u16(4);
    std::vector<TableRecord> tables;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = 12 + 16 * i;
        const TableRecord record{file.u32(at), file.u32(at + 8), file.u32(at + 12)};
        if (file.overrun() || !file.covers(record.offset, record.length)) return std::nullopt;
        tables.push_back(record);
    }
    return tables;
}

std::optional<TableRecord> find_table(const std::vector<TableRecord>& directory,
                                      std::uint32_t wanted) {
    for (const TableRecord& t : directory)
        if (t.tag == wanted) return t;
    return std::nullopt;
}

std::optional<Head> read_head(Window head) {
    constexpr std::uint32_t magic = 0x5F0F3CF5;
    if (!head.covers(0, 54) || head.u32(12) != magic) return std::nullopt;
    const int units_per_em = head.u16(18);
    const int loca_format = head.i16(50);
    if (units_per_em < 16 || units_per_em > 16384) return std::nullopt;
    if (loca_format != 0 && loca_format != 1) return std::nullopt;
    return Head{units_per_em, loca_format == 1};
}

std::optional<Hhea> read_hhea(Window hhea) {
    if (!hhea.covers(0, 36)) return std::nullopt;
    const Hhea h{hhea.i16(4), hhea.i16(6), hhea.u16(34)};
    if (h.long_metrics < 1) return std::nullopt;
    return h;
}

std::optional<int> read_glyph_count(Window maxp) {
    if (!maxp.covers(0, 6)) return std::nullopt;
    const int count = maxp.u16(4);
    if (count < 1) return std::nullopt;
    return count;
}

std::optional<std::vector<std::uint16_t>> read_advances(Window hmtx, int long_metrics,
                                                        int glyph_count) {
    const int listed = std::min(long_metrics, glyph_count);
    if (listed < 1 || !hmtx.covers(0, 4 * static_cast<std::size_t>(listed))) return std::nullopt;
    std::vector<std::uint16_t> advances(static_cast<std::size_t>(glyph_count));
    for (int g = 0; g < listed; ++g)
        advances[static_cast<std::size_t>(g)] = hmtx.u16(4 * static_cast<std::size_t>(g));
    std::fill(advances.begin() + listed, advances.end(),
              advances[static_cast<std::size_t>(listed - 1)]);
    return advances;
}

std::optional<Os2> read_os2(Window os2) {
    if (!os2.covers(0, 10)) return std::nullopt;
    Os2 result;
    result.fs_type = os2.u16(8);
    if (os2.u16(0) >= 2 && os2.covers(88, 2)) result.cap_height = os2.i16(88);
    return result;
}

std::optional<std::vector<std::uint32_t>> read_loca(Window loca, bool long_loca, int glyph_count,
                                                    std::uint32_t glyf_length) {
    const std::size_t entries = static_cast<std::size_t>(glyph_count) + 1;
    const std::size_t entry_size = long_loca ? 4 : 2;
    if (!loca.covers(0, entries * entry_size)) return std::nullopt;
    std::vector<std::uint32_t> offsets(entries);
    for (std::size_t i = 0; i < entries; ++i) {
        offsets[i] = long_loca ? loca.u32(4 * i) : 2u * loca.u16(2 * i);
        if (offsets[i] > glyf_length || (i > 0 && offsets[i] < offsets[i - 1])) return std::nullopt;
    }
    return offsets;
}

std::optional<int> glyph_y_max(Window glyph) {
    if (!glyph.covers(0, 10)) return std::nullopt;
    return glyph.i16(8);
}

std::vector<std::uint16_t> composite_parts(Window glyph) {
    constexpr std::uint16_t args_are_words = 0x0001;
    constexpr std::uint16_t have_scale = 0x0008;
    constexpr std::uint16_t more_components = 0x0020;
    constexpr std::uint16_t have_x_and_y_scale = 0x0040;
    constexpr std::uint16_t have_two_by_two = 0x0080;

    std::vector<std::uint16_t> parts;
    if (!glyph.covers(0, 10) || glyph.i16(0) >= 0) return parts; // empty or simple
    std::size_t at = 10;
    std::uint16_t flags = more_components;
    while (flags & more_components) {
        flags = glyph.u16(at);
        const std::uint16_t part = glyph.u16(at + 2);
        std::size_t size = 4 + ((flags & args_are_words) ? 4 : 2);
        if (flags & have_scale)
            size += 2;
        else if (flags & have_x_and_y_scale)
            size += 4;
        else if (flags & have_two_by_two)
            size += 8;
        if (!glyph.covers(at, size)) break;
        parts.push_back(part);
        at += size;
    }
    return parts;
}

} // namespace thidua::font::sfnt
