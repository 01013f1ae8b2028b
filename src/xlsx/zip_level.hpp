// Private to src/xlsx: the parts of a workbook are zipped at zlib's level 1,
// not at the default level 6 libxlsxwriter 1.1.4 always asks minizip for
// (it has no option to choose). The program defines minizip's
// zipOpenNewFileInZip4_64, which libxlsxwriter calls through its PLT for
// every part, and hands the call on to minizip's own with level 1, as
// memory_parts.hpp does for lxw_tmpfile. Measured on ĐBSH 2017's workbook:
// 2.6 million instructions fewer (a third of the workbook's compression),
// 21,110 bytes instead of 19,186; the parts are read back the same by every
// spreadsheet program (level 1 is ordinary deflate). Should a later
// libxlsxwriter call something else, the default level applies again.
#pragma once

namespace thidua::xlsx {

// The compression level the workbook's parts are zipped at.
inline constexpr int part_compression_level = 1;

// Whether the program's zipOpenNewFileInZip4_64 is the one a library loaded
// later binds to (it is exported from the executable).
bool parts_zipped_at_chosen_level();

} // namespace thidua::xlsx
