// SHA-256 through Nettle; files are read in blocks.
#include "digest/sha256.hpp"

#include <array>
#include <fstream>
#include <nettle/sha2.h>

namespace thidua::digest {

struct Sha256::State {
    sha256_ctx ctx;
};

Sha256::Sha256() : state_(new State) {
    sha256_init(&state_->ctx);
}

Sha256::~Sha256() {
    delete state_;
}

void Sha256::add(std::string_view bytes) {
    sha256_update(&state_->ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
}

bool Sha256::add_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), buffer.size());
        add(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
    }
    return in.eof();
}

std::string Sha256::hex() {
    std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
    sha256_digest(&state_->ctx, digest.size(), digest.data()); // also resets the context
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (std::uint8_t b : digest) {
        out += digits[b >> 4];
        out += digits[b & 0xF];
    }
    return out;
}

std::string sha256_hex(std::string_view bytes) {
    Sha256 h;
    h.add(bytes);
    return h.hex();
}

std::optional<std::string> sha256_file(const std::filesystem::path& path) {
    Sha256 h;
    if (!h.add_file(path)) return std::nullopt;
    return h.hex();
}

} // namespace thidua::digest
