// SHA-256 of bytes and of files, as lower-case hex (the form sha256sum
// prints). Nettle (Debian's nettle-dev) does the hashing.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::digest {

// Incremental hashing, for inputs made of several parts.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(std::string_view bytes);
    // Adds a file's bytes; false if it cannot be read.
    bool add_file(const std::filesystem::path& path);
    std::string hex(); // finishes; the object is then reset

private:
    struct State;
    State* state_;
};

std::string sha256_hex(std::string_view bytes);
std::optional<std::string> sha256_file(const std::filesystem::path& path);

} // namespace thidua::digest
