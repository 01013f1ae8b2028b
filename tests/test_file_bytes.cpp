// io::FileBytes: a font file mapped under a read lease keeps its bytes when
// someone truncates or rewrites the file meanwhile (the bytes are copied
// before the lease is let go), and a file the kernel will not lease is read
// into memory with the same bytes.
#include "io/file_bytes.hpp"
#include "support.hpp"

#include <chrono>
#include <cstdint>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using thidua::io::FileBytes;
using thidua::test::TempDir;
namespace fs = std::filesystem;

namespace {

// 300 KB of bytes that differ from page to page.
std::string pattern() {
    std::string s(300000, '\0');
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = static_cast<char>((i * 7 + i / 4096) & 0xFF);
    return s;
}

void write(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string text_of(const FileBytes& b) {
    return {reinterpret_cast<const char*>(b.bytes().data()), b.size()};
}

// pattern() written to `path` and read back: thidua owns the file, so the
// kernel leases it and the bytes are mapped.
FileBytes mapped_pattern(const fs::path& path) {
    write(path, pattern());
    std::string error;
    auto bytes = FileBytes::read(path, error);
    REQUIRE(bytes);
    REQUIRE(bytes->mapped());
    return std::move(*bytes);
}

// Runs `change` on `path` in a child process; the child's exit status, or
// -1 when it had not ended after `seconds`.
template <typename Change> int in_child(const Change& change, int seconds) {
    const pid_t pid = ::fork();
    if (pid == 0) _exit(change() ? 0 : 1);
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    int status = 0;
    while (std::chrono::steady_clock::now() < until) {
        if (::waitpid(pid, &status, WNOHANG) == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : -2;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return -1;
}

} // namespace

TEST_CASE("a file thidua owns is mapped, and its bytes are the file's") {
    TempDir dir;
    const FileBytes bytes = mapped_pattern(dir.path / "font.ttf");
    CHECK(text_of(bytes) == pattern());
}

TEST_CASE("a mapped file truncated by another process keeps its bytes in thidua") {
    TempDir dir;
    const fs::path path = dir.path / "font.ttf";
    const FileBytes bytes = mapped_pattern(path);
    // The child's truncate waits for the lease: it ends once thidua has
    // copied the bytes and let go (within milliseconds, not the kernel's
    // 45 s lease-break-time).
    CHECK(in_child([&] { return ::truncate(path.c_str(), 0) == 0; }, 10) == 0);
    CHECK(fs::file_size(path) == 0);
    CHECK_FALSE(bytes.mapped());
    CHECK(text_of(bytes) == pattern()); // a page gone would have ended the test (SIGBUS)
}

TEST_CASE("a mapped file rewritten in place (cp over it) keeps the bytes thidua read") {
    TempDir dir;
    const fs::path path = dir.path / "font.ttf";
    const FileBytes bytes = mapped_pattern(path);
    CHECK(in_child(
              [&] {
                  const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC);
                  const bool ok = fd >= 0 && ::write(fd, "new", 3) == 3;
                  ::close(fd);
                  return ok;
              },
              10) == 0);
    CHECK(fs::file_size(path) == 3);
    CHECK(text_of(bytes) == pattern());
}

TEST_CASE("a file open for writing is read into memory, with the same bytes") {
    TempDir dir;
    const fs::path path = dir.path / "font.ttf";
    write(path, pattern());
    const int writer = ::open(path.c_str(), O_WRONLY); // the kernel leases no such file
    REQUIRE(writer >= 0);
    std::string error;
    auto bytes = FileBytes::read(path, error);
    ::close(writer);
    REQUIRE(bytes);
    CHECK_FALSE(bytes->mapped());
    CHECK(text_of(*bytes) == pattern());
}

TEST_CASE("file bytes: an empty file, a missing file, a copy, a move") {
    TempDir dir;
    std::string error;
    write(dir.path / "empty", "");
    auto empty = FileBytes::read(dir.path / "empty", error);
    REQUIRE(empty);
    CHECK(empty->size() == 0);
    CHECK_FALSE(FileBytes::read(dir.path / "none", error));
    CHECK_FALSE(error.empty()); // the system's reason, in the language of the locale
    const std::vector<std::uint8_t> some{1, 2, 3};
    FileBytes copy = FileBytes::copy_of(some);
    CHECK_FALSE(copy.mapped());
    CHECK(std::vector<std::uint8_t>(copy.bytes().begin(), copy.bytes().end()) == some);
    FileBytes moved = mapped_pattern(dir.path / "font.ttf");
    CHECK(moved.mapped());
    CHECK(text_of(moved) == pattern());
    moved = std::move(copy);
    CHECK(moved.size() == 3);
}

TEST_CASE("every lease is let go with its bytes: a hundred files one after another are mapped") {
    TempDir dir;
    write(dir.path / "font.ttf", pattern());
    std::string error;
    int mapped = 0;
    for (int i = 0; i < 100; ++i)
        if (auto bytes = FileBytes::read(dir.path / "font.ttf", error); bytes && bytes->mapped())
            ++mapped;
    CHECK(mapped == 100);
}
