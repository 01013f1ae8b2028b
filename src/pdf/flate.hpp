// Private to src/pdf, no libharu: the Flate (deflate, zlib format)
// compression of every stream this writer puts in a PDF. libharu 2.3.0
// deflates with zlib at one fixed level through a 4 KiB buffer; streams are
// compressed here instead, with libdeflate at the level chosen by
// measurement (README, Performance), and handed to libharu as finished
// bytes. Only this file's .cpp includes libdeflate.h.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct libdeflate_compressor; // libdeflate.h, included by flate.cpp only

namespace thidua::pdf {

// libdeflate's level 1, measured on the samples (README, Performance):
// smaller PDFs than zlib's level 3 (which thidua used before) for 5 million
// fewer instructions per cluster-year's three documents; its level 6 saves
// 4 % more bytes for 6 million more instructions.
inline constexpr int flate_level = 1;

// libdeflate's compressor, kept for all the streams of one document: made
// once, not once a stream (its tables, a few hundred KiB, were mapped and
// faulted in again for each of a PDF's twenty streams).
class Deflater {
public:
    explicit Deflater(int level = flate_level);
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    // `data` compressed as a zlib-format stream (what /FlateDecode reads);
    // nullopt only when libdeflate fails (out of memory).
    std::optional<std::string> compress(std::string_view data);

private:
    struct Free {
        void operator()(libdeflate_compressor* c) const;
    };
    std::unique_ptr<libdeflate_compressor, Free> compressor_;
};

} // namespace thidua::pdf
