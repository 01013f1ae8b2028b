// deflate_bytes (see flate.hpp): one zlib call over the whole input. The
// window and hash table are sized to the input, so a short stream (a page's
// text, a CMap) does not pay for clearing zlib's full 256 KiB of state.
#include "pdf/flate.hpp"

#include <algorithm>
#include <zlib.h>

namespace thidua::pdf {

namespace {

// The smallest window (2^9 to 2^15 bytes) that holds the whole input: a
// larger one finds no more matches.
int window_bits_for(std::size_t size) {
    int bits = 9;
    while (bits < 15 && (std::size_t{1} << bits) < size)
        ++bits;
    return bits;
}

} // namespace

std::optional<std::string> deflate_bytes(std::string_view data, int level) {
    z_stream z{};
    const int bits = window_bits_for(data.size());
    // memLevel: zlib's hash table of 2^(memLevel + 7) entries, one per
    // window position at most.
    const int mem_level = std::clamp(bits - 7, 1, 8);
    if (deflateInit2(&z, level, Z_DEFLATED, bits, mem_level, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    if (status != Z_STREAM_END) return std::nullopt;
    return out;
}

} // namespace thidua::pdf
