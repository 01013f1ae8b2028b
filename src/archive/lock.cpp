// The archive's lock (see lock.hpp). Who holds it is read from /proc/locks
// (the lock file's inode and the holder's pid) and /proc/PID/cmdline, so the
// lock file itself is never written.
#include "archive/lock.hpp"

#include "i18n/messages.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace thidua::archive {

namespace fs = std::filesystem;

namespace {

// "process 1234: thidua archive src -o archive", or "another process".
std::string holder_of(int fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0) return i18n::tr("another process");
    std::ifstream locks("/proc/locks");
    for (std::string line; std::getline(locks, line);) {
        // "1: FLOCK  ADVISORY  WRITE 1234 08:01:123456 0 EOF"
        std::istringstream fields(line);
        std::string number, kind, advisory, access, pid, where;
        if (!(fields >> number >> kind)) continue;
        if (kind == "->") fields >> kind; // a waiter: "1: -> FLOCK ..."
        if (!(fields >> advisory >> access >> pid >> where)) continue;
        const std::size_t last = where.rfind(':');
        if (kind != "FLOCK" || last == std::string::npos) continue;
        if (where.substr(last + 1) != std::to_string(st.st_ino)) continue;
        if (pid == std::to_string(::getpid())) continue;
        std::ifstream cmdline("/proc/" + pid + "/cmdline", std::ios::binary);
        std::string command((std::istreambuf_iterator<char>(cmdline)),
                            std::istreambuf_iterator<char>());
        for (char& c : command)
            if (c == '\0') c = ' ';
        while (!command.empty() && command.back() == ' ')
            command.pop_back();
        return command.empty() ? i18n::trf("process {1}", {pid})
                               : i18n::trf("process {1}: {2}", {pid, command});
    }
    return i18n::tr("another process");
}

} // namespace

fs::path own_folder(const fs::path& root) {
    return root / ".thidua";
}

std::optional<ArchiveLock> ArchiveLock::take(const fs::path& root, Mode mode, bool wait,
                                             std::string& error) {
    const fs::path path = own_folder(root) / "lock";
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0 && mode == Mode::shared) fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (mode == Mode::shared) return ArchiveLock(-1); // read-only media: no writer either
        error = i18n::trf("cannot open the archive's lock {1}: {2}",
                          {path.string(), std::strerror(errno)});
        return std::nullopt;
    }
    const int how = (mode == Mode::exclusive ? LOCK_EX : LOCK_SH) | (wait ? 0 : LOCK_NB);
    int result = 0;
    do {
        result = ::flock(fd, how);
    } while (result != 0 && errno == EINTR);
    if (result != 0) {
        const int why = errno;
        error = why == EWOULDBLOCK
                    ? i18n::trf("the archive {1} is in use by {2}; wait for it to finish, or "
                                "run again without --no-wait to wait",
                                {root.string(), holder_of(fd)})
                    : i18n::trf("cannot lock the archive {1}: {2}",
                                {root.string(), std::strerror(why)});
        ::close(fd);
        return std::nullopt;
    }
    return ArchiveLock(fd);
}

ArchiveLock::~ArchiveLock() {
    if (fd_ >= 0) ::close(fd_); // closing the last descriptor releases the lock
}

} // namespace thidua::archive
