// FileBytes (see file_bytes.hpp): a file mapped under a read lease, or read
// into pages of our own; the lease-break signal copies a mapped file's
// bytes into our own pages before letting the lease go.
#include "io/file_bytes.hpp"

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <sched.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace thidua::io {
namespace {

// A mapped file, as the lease-break signal finds it: the signal may come on
// any thread at any moment, so the leases are a fixed table read without a
// lock (the one piece of state the process shares; a signal handler has no
// other way to reach what it must save).
enum LeaseState : int {
    unused,   // free for a new lease
    asking,   // the lease asked for, the file not mapped yet
    broken,   // the signal came while `asking`: the file is read instead
    held,     // mapped under the lease
    copying,  // the signal is copying the bytes
    copied,   // our own pages now; the lease let go
    releasing // the FileBytes is going away
};

struct Lease {
    std::atomic<int> state{unused};
    std::atomic<int> fd{-1};
    void* data = nullptr;
    std::size_t size = 0;
};

constexpr int lease_count = 32;
Lease leases[lease_count];

// Fresh pages of our own, all mapped at once (MAP_POPULATE: one call
// rather than a page fault per page); nullptr when the system has none.
void* own_pages(std::size_t size) noexcept {
    void* p = ::mmap(nullptr, size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    return p == MAP_FAILED ? nullptr : p;
}

// The bytes of a leased mapping copied into our own pages, which then take
// the mapping's place at the same address (mremap replaces it whole).
bool copy_in_place(const Lease& lease) noexcept {
    void* copy = own_pages(lease.size);
    if (copy == nullptr) return false;
    std::memcpy(copy, lease.data, lease.size);
    ::mprotect(copy, lease.size, PROT_READ);
    if (::mremap(copy, lease.size, lease.size, MREMAP_MAYMOVE | MREMAP_FIXED, lease.data) ==
        MAP_FAILED) {
        ::munmap(copy, lease.size);
        return false;
    }
    return true;
}

// SIGIO with the leased descriptor (F_SETSIG): someone wants to write to or
// truncate the file. Its bytes are copied first; only then is the lease let
// go (the other side waits until then). Should the copy fail, the lease is
// kept: the other side then waits for the kernel's lease-break-time (45 s)
// or for thidua to end.
void on_lease_break(int, siginfo_t* info, void*) {
    const int saved_errno = errno;
    const int fd = info->si_fd;
    for (Lease& lease : leases) {
        if (lease.fd.load() != fd) continue;
        int expected = asking;
        if (lease.state.compare_exchange_strong(expected, broken)) break;
        expected = held;
        if (!lease.state.compare_exchange_strong(expected, copying)) continue;
        const bool saved = copy_in_place(lease);
        lease.state.store(saved ? copied : held);
        if (saved) ::fcntl(fd, F_SETLEASE, F_UNLCK);
        break;
    }
    errno = saved_errno;
}

bool handler_installed() {
    static const bool installed = [] {
        struct sigaction action {};
        action.sa_sigaction = on_lease_break;
        action.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&action.sa_mask);
        return ::sigaction(SIGIO, &action, nullptr) == 0;
    }();
    return installed;
}

int reserve_lease(int fd) {
    for (int i = 0; i < lease_count; ++i) {
        int expected = unused;
        if (leases[i].state.compare_exchange_strong(expected, asking)) {
            leases[i].fd.store(fd);
            return i;
        }
    }
    return -1;
}

void free_lease(Lease& lease) {
    lease.fd.store(-1);
    lease.data = nullptr;
    lease.size = 0;
    lease.state.store(unused);
}

// Reads `size` bytes of `fd` from its start into `to`; false on failure
// (errno set) or when the file ends sooner.
bool read_all(int fd, void* to, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n =
            ::pread(fd, static_cast<char*>(to) + done, size - done, static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

std::optional<FileBytes> FileBytes::read(const std::filesystem::path& path, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::strerror(errno);
        return std::nullopt;
    }
    FileBytes out;
    // The lease first (nobody may write from then on), then the size the
    // mapping takes; the descriptor stays open while the lease is held.
    const int index = handler_installed() ? reserve_lease(fd) : -1;
    if (index >= 0) {
        Lease& lease = leases[index];
        struct stat st {};
        void* map = MAP_FAILED;
        const bool leased =
            ::fcntl(fd, F_SETSIG, SIGIO) == 0 && ::fcntl(fd, F_SETLEASE, F_RDLCK) == 0;
        if (leased && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
            map =
                ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_SHARED, fd, 0);
        if (map != MAP_FAILED) {
            lease.data = map;
            lease.size = static_cast<std::size_t>(st.st_size);
            int expected = asking;
            if (lease.state.compare_exchange_strong(expected, held)) {
                out.data_ = map;
                out.size_ = lease.size;
                out.lease_ = index;
                return out;
            }
            ::munmap(map, lease.size); // the signal came first: read it instead
        }
        if (leased) ::fcntl(fd, F_SETLEASE, F_UNLCK);
        free_lease(lease);
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        error = std::strerror(errno);
        ::close(fd);
        return std::nullopt;
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > 0) {
        out.data_ = own_pages(size);
        if (out.data_ == nullptr) {
            error = std::strerror(ENOMEM);
            ::close(fd);
            return std::nullopt;
        }
        out.size_ = size;
        if (!read_all(fd, out.data_, size)) {
            error = std::strerror(errno);
            ::close(fd);
            return std::nullopt;
        }
        ::mprotect(out.data_, size, PROT_READ);
    }
    ::close(fd);
    return out;
}

FileBytes FileBytes::copy_of(std::span<const std::uint8_t> bytes) {
    FileBytes out;
    if (bytes.empty()) return out;
    out.data_ = own_pages(bytes.size());
    if (out.data_ == nullptr) throw std::bad_alloc();
    out.size_ = bytes.size();
    std::memcpy(out.data_, bytes.data(), bytes.size());
    ::mprotect(out.data_, out.size_, PROT_READ);
    return out;
}

bool FileBytes::mapped() const {
    return lease_ >= 0 && leases[lease_].state.load() == held;
}

FileBytes::FileBytes(FileBytes&& other) noexcept
    : data_(other.data_), size_(other.size_), lease_(other.lease_) {
    other.data_ = nullptr;
    other.size_ = 0;
    other.lease_ = -1;
}

FileBytes& FileBytes::operator=(FileBytes&& other) noexcept {
    if (this != &other) {
        release();
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
        lease_ = std::exchange(other.lease_, -1);
    }
    return *this;
}

FileBytes::~FileBytes() {
    release();
}

void FileBytes::release() noexcept {
    if (lease_ >= 0) {
        // Wait out a copy the signal is making (microseconds), then keep
        // the signal away from this lease before the pages go.
        Lease& lease = leases[lease_];
        for (;;) {
            int expected = held;
            if (lease.state.compare_exchange_strong(expected, releasing) || expected == copied)
                break;
            sched_yield();
        }
        ::munmap(data_, size_);
        ::close(lease.fd.load());
        free_lease(lease);
    } else if (data_ != nullptr) {
        ::munmap(data_, size_);
    }
    data_ = nullptr;
    size_ = 0;
    lease_ = -1;
}

} // namespace thidua::io
