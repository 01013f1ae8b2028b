// Private to src/font/: bounds-checked reading of the big-endian tables of a
// TrueType (sfnt) file, and one decoder per table FontFile needs. Every
// decoder answers nullopt (or an empty result) for data that does not fit or
// makes no sense; none of them can read outside the bytes it was given.
// sfnt_tables.cpp: the window, the table directory, head hhea maxp hmtx OS/2
// loca glyf; sfnt_cmap.cpp: cmap; sfnt_name.cpp: name.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace thidua::font::sfnt {

// A view of some bytes of the font file. Reading past its end yields 0 and
// marks the window as overrun, so a decoder can read a whole record and
// check once.
class Window {
public:
    Window() = default;
    explicit Window(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

    std::size_t size() const { return bytes_.size(); }
    bool covers(std::size_t offset, std::size_t count) const {
        return offset <= bytes_.size() && count <= bytes_.size() - offset;
    }
    bool overrun() const { return overrun_; }

    std::uint8_t u8(std::size_t offset);
    std::uint16_t u16(std::size_t offset);
    std::int16_t i16(std::size_t offset) { return static_cast<std::int16_t>(u16(offset)); }
    std::uint32_t u32(std::size_t offset);

    // Bytes [offset, offset + count); an empty window, and this one marked
    // overrun, when they are not all inside.
    Window part(std::size_t offset, std::size_t count);
    // Bytes from `offset` to the end.
    Window rest(std::size_t offset);

private:
    std::span<const std::uint8_t> bytes_;
    bool overrun_ = false;
};

// A four-letter table name as the directory stores it.
constexpr std::uint32_t tag(std::string_view four) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(four[0])) << 24 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(four[1])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(four[2])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(four[3]));
}

// What the first four bytes of a file say it is.
enum class FileKind { truetype, cff_opentype, collection, other };
FileKind file_kind(Window file);

// Where each table lies in the file.
struct TableRecord {
    std::uint32_t tag = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

// The table directory; nullopt when it, or a table it lists, lies outside
// the file.
std::optional<std::vector<TableRecord>> read_directory(Window file);

// The table `wanted` of `file`, or nullopt when the directory has none.
std::optional<TableRecord> find_table(const std::vector<TableRecord>& directory,
                                      std::uint32_t wanted);

struct Head {
    int units_per_em = 0;
    bool long_loca = false; // indexToLocFormat 1: 32-bit offsets
};
std::optional<Head> read_head(Window head);

struct Hhea {
    int ascender = 0;
    int descender = 0;
    int long_metrics = 0; // numberOfHMetrics
};
std::optional<Hhea> read_hhea(Window hhea);

// maxp numGlyphs (at least 1: .notdef).
std::optional<int> read_glyph_count(Window maxp);

// One advance per glyph; glyphs past the long metrics repeat the last one.
std::optional<std::vector<std::uint16_t>> read_advances(Window hmtx, int long_metrics,
                                                        int glyph_count);

struct Os2 {
    std::uint16_t fs_type = 0;
    std::optional<int> cap_height; // sCapHeight, from version 2 on
};
std::optional<Os2> read_os2(Window os2);

// glyph_count + 1 offsets into glyf, none decreasing, none past glyf's end.
std::optional<std::vector<std::uint32_t>> read_loca(Window loca, bool long_loca, int glyph_count,
                                                    std::uint32_t glyf_length);

// yMax of one glyph's data in glyf; nullopt for an empty glyph.
std::optional<int> glyph_y_max(Window glyph);

// The glyph ids a composite glyph's records name, in order; empty for a
// simple or empty glyph. Records cut short by the glyph's end are dropped.
std::vector<std::uint16_t> composite_parts(Window glyph);

using CharMap = std::vector<std::pair<char32_t, std::uint16_t>>;

// The Unicode character map, sorted by code point, glyph 0 and glyphs past
// glyph_count left out. Empty when the font has no usable Unicode subtable
// (format 12 for platform 3 encoding 10 or platform 0, else format 4 for
// platform 3 encoding 1 or platform 0); nullopt when that subtable is damaged.
std::optional<CharMap> read_cmap(Window cmap, int glyph_count);

// Name `name_id` (1 family, 6 PostScript name) in UTF-8, from a Windows
// (UTF-16BE) record, English preferred, else a Macintosh Roman one; empty
// when there is none.
std::string read_name(Window name, int name_id);

} // namespace thidua::font::sfnt
