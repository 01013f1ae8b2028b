// deflate_bytes (see flate.hpp): libdeflate's whole-buffer compressor, one
// call over the whole input, making the zlib-format stream /FlateDecode
// reads. Every PDF stream is in memory whole when compressed, the case
// libdeflate is made for (no streaming state, no window to clear).
#include "pdf/flate.hpp"

#include <libdeflate.h>
#include <memory>

namespace thidua::pdf {

namespace {

struct FreeCompressor {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

} // namespace

std::optional<std::string> deflate_bytes(std::string_view data, int level) {
    const std::unique_ptr<libdeflate_compressor, FreeCompressor> compressor(
        libdeflate_alloc_compressor(level));
    if (!compressor) return std::nullopt;
    std::string out;
    out.resize(libdeflate_zlib_compress_bound(compressor.get(), data.size()));
    const std::size_t size = libdeflate_zlib_compress(compressor.get(), data.data(), data.size(),
                                                      out.data(), out.size());
    if (size == 0) return std::nullopt;
    out.resize(size);
    return out;
}

} // namespace thidua::pdf
