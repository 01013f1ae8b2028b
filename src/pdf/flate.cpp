// Deflater (see flate.hpp): libdeflate's whole-buffer compressor, one call
// over each stream, making the zlib-format stream /FlateDecode
// reads. Every PDF stream is in memory whole when compressed, the case
// libdeflate is made for (no streaming state, no window to clear).
#include "pdf/flate.hpp"

#include <libdeflate.h>

namespace thidua::pdf {

void Deflater::Free::operator()(libdeflate_compressor* c) const {
    libdeflate_free_compressor(c);
}

Deflater::Deflater(int level) : compressor_(libdeflate_alloc_compressor(level)) {}

std::optional<std::string> Deflater::compress(std::string_view data) {
    if (!compressor_) return std::nullopt;
    std::string out;
    out.resize(libdeflate_zlib_compress_bound(compressor_.get(), data.size()));
    const std::size_t size = libdeflate_zlib_compress(compressor_.get(), data.data(),
                                                      data.size(), out.data(), out.size());
    if (size == 0) return std::nullopt;
    out.resize(size);
    return out;
}

} // namespace thidua::pdf
