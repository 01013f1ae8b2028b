// Private to src/xlsx: the scratch files libxlsxwriter writes each part of a
// workbook into before zipping it are kept in memory (a stdio stream over a
// string, glibc's fopencookie; a memfd if that fails), not files in its
// temporary folder. libxlsxwriter 1.1.4 has no option for it (Debian builds
// it without fmemopen): the program defines the library's own
// lxw_tmpfile(), which the library calls through its PLT, so the program's
// version is the one bound. Nothing is created on disk, so an interrupted
// run leaves nothing behind, and no file system pays for ~17 files created
// and deleted per workbook (on ext4 without a journal, each new inode's
// search skips every inode deleted in the last 30 seconds: an archive run's
// kernel time grew with the square of its workbooks). Should a later
// libxlsxwriter stop calling it, its own version applies again, writing into
// the temporary folder it is given: slower, just as correct.
#pragma once

namespace thidua::xlsx {

// Whether the program's lxw_tmpfile is the one a library loaded later binds
// to (it is exported from the executable).
bool parts_kept_in_memory();

} // namespace thidua::xlsx
