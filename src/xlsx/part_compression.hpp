// Private to src/xlsx: the parts of a workbook are compressed by thidua,
// each whole in one libdeflate call at level 1 (flate/deflater.hpp), and
// handed to minizip as finished bytes, instead of through zlib at the
// default level 6 libxlsxwriter 1.1.4 always asks minizip for (it has no
// option to choose). The program defines minizip's zipOpenNewFileInZip4_64,
// zipWriteInFileInZip and zipCloseFileInZip, which libxlsxwriter calls
// through its PLT for every part, as memory_parts.hpp does for lxw_tmpfile:
// while a workbook is zipped (PartCompression), a part is opened "raw" in
// minizip, its bytes are held until it is closed, then compressed and
// written with their CRC and length
// (zipCloseFileInZipRaw64, minizip's way of copying members). Measured on
// ĐBSH 2017's workbook: zlib at level 6 took 6.4 million instructions, at
// level 1 3.8 million (most of them setting up a stream for each of 18
// small parts), libdeflate at level 1 (README, Performance). The parts are
// ordinary deflate: every spreadsheet program reads them. Should a later
// libxlsxwriter call something else, minizip's own compression applies
// again.
#pragma once

#include <memory>

namespace thidua::xlsx {

// libdeflate's level for the workbook's parts (as for the PDF's streams).
inline constexpr int part_compression_level = 1;

// Alive while libxlsxwriter zips a workbook (close_workbook, lxw.hpp): the
// parts the thread zips meanwhile are compressed by thidua, with this
// object's compressor (made once a workbook, not once a part; half a MiB)
// and buffer. Without one alive, minizip compresses them itself, at level 1.
class PartCompression {
public:
    PartCompression();
    ~PartCompression();
    PartCompression(const PartCompression&) = delete;
    PartCompression& operator=(const PartCompression&) = delete;

    struct Parts; // the compressor and the part held (part_compression.cpp)

private:
    std::unique_ptr<Parts> parts_;
    Parts* previous_; // the thread's one before this, restored after
};

// Whether the program's three minizip functions are the ones a library
// loaded later binds to (they are exported from the executable).
bool parts_compressed_by_thidua();

} // namespace thidua::xlsx
