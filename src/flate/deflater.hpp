// Deflate compression of buffers held whole in memory, with libdeflate
// (libdeflate-dev): the PDF's streams (zlib format, what /FlateDecode reads)
// and the parts of a workbook (raw deflate, what a zip member holds), each
// at a level chosen by measurement (README, Performance). libdeflate
// compresses a whole buffer in one call, with no streaming state and no
// window to clear: zlib's per-stream set-up was most of the cost of the
// small parts of a workbook. Only deflater.cpp includes libdeflate.h.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct libdeflate_compressor; // libdeflate.h, included by deflater.cpp only

namespace thidua::flate {

// libdeflate's compressor at one level, kept for every buffer of one
// document: made once, not once a buffer (its tables, a few hundred KiB,
// were mapped and faulted in again for each of a PDF's twenty streams).
class Deflater {
public:
    explicit Deflater(int level);
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    // `data` compressed as a zlib-format stream (RFC 1950); nullopt only
    // when libdeflate fails (out of memory).
    std::optional<std::string> zlib(std::string_view data);
    // `data` compressed as raw deflate (RFC 1951), as a zip member's bytes.
    std::optional<std::string> raw(std::string_view data);

private:
    struct Free {
        void operator()(libdeflate_compressor* c) const;
    };
    std::unique_ptr<libdeflate_compressor, Free> compressor_;
};

// The CRC-32 a zip member records of its uncompressed bytes.
std::uint32_t crc32(std::string_view data);

} // namespace thidua::flate
