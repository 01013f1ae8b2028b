// Deflater (see deflater.hpp): libdeflate's whole-buffer compressor, one
// call over each buffer.
#include "flate/deflater.hpp"

#include <libdeflate.h>

namespace thidua::flate {

void Deflater::Free::operator()(libdeflate_compressor* c) const {
    libdeflate_free_compressor(c);
}

Deflater::Deflater(int level) : compressor_(libdeflate_alloc_compressor(level)) {}

std::optional<std::string> Deflater::zlib(std::string_view data) {
    if (!compressor_) return std::nullopt;
    std::string out;
    out.resize(libdeflate_zlib_compress_bound(compressor_.get(), data.size()));
    const std::size_t size = libdeflate_zlib_compress(compressor_.get(), data.data(), data.size(),
                                                      out.data(), out.size());
    if (size == 0) return std::nullopt;
    out.resize(size);
    return out;
}

std::optional<std::string> Deflater::raw(std::string_view data) {
    if (!compressor_) return std::nullopt;
    std::string out;
    out.resize(libdeflate_deflate_compress_bound(compressor_.get(), data.size()));
    const std::size_t size = libdeflate_deflate_compress(compressor_.get(), data.data(),
                                                         data.size(), out.data(), out.size());
    if (size == 0) return std::nullopt;
    out.resize(size);
    return out;
}

std::uint32_t crc32(std::string_view data) {
    return libdeflate_crc32(0, data.data(), data.size());
}

} // namespace thidua::flate
