// Private to src/xlsx: the scratch files libxlsxwriter writes each part of a
// workbook into before zipping it are kept in memory (memfds, or strings
// within a PartsInMemory), not files in its temporary folder. libxlsxwriter 1.1.4 has no option for
// it (Debian builds it without fmemopen): the program defines the library's own lxw_tmpfile(),
// which the library calls through its PLT, so the program's version is the one bound. Nothing is
// created on disk, so an interrupted run leaves nothing behind, and no file system pays for ~17
// files created and deleted per workbook (on ext4 without a journal, each new inode's search skips
// every inode deleted in the last 30 seconds: an archive run's kernel time grew with the square of
// its workbooks). Should a later libxlsxwriter stop calling it, its own version applies again,
// writing into the temporary folder it is given: slower, just as correct.
#pragma once

namespace thidua::xlsx {

// Alive on a thread while it makes a workbook of one cluster-year (some
// twenty parts of a few to a few tens of KiB, each written and zipped in
// turn): the parts libxlsxwriter asks for meanwhile are stdio streams over
// strings (glibc's fopencookie), written, rewound and read back without a
// system call. Without one (the archive's catalogue, whose sheets, one a
// cluster, all stay open until it is closed), they are memfds, outside the
// process's memory, which then stays flat however many clusters there are.
class PartsInMemory {
public:
    PartsInMemory();
    ~PartsInMemory();
    PartsInMemory(const PartsInMemory&) = delete;
    PartsInMemory& operator=(const PartsInMemory&) = delete;

private:
    bool previous_; // the thread's state before, restored after
};

// Whether the program's lxw_tmpfile is the one a library loaded later binds
// to (it is exported from the executable).
bool parts_kept_in_memory();

} // namespace thidua::xlsx
