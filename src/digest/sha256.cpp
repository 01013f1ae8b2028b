// SHA-256 through Nettle; files are read in blocks. Nettle is loaded when
// the first digest is made (dlopen), not when thidua starts: render, check
// and --version make none, and each library linked in costs every start
// (libnettle: about 0.2 ms on the 2-core machine).
#include "digest/sha256.hpp"

#include "i18n/messages.hpp"

#include <array>
#include <dlfcn.h>
#include <fstream>
#include <nettle/sha2.h>
#include <stdexcept>

namespace thidua::digest {

namespace {

constexpr const char* soname = "libnettle.so.8";

// Nettle's three SHA-256 functions, as its header declares them.
struct NettleSha256 {
    decltype(&::sha256_init) init = nullptr;
    decltype(&::sha256_update) update = nullptr;
    decltype(&::sha256_digest) digest = nullptr;
};

NettleSha256 load_nettle() {
    // RTLD_NODELETE: the library stays for the rest of the process.
    void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    NettleSha256 fn;
    if (handle != nullptr) {
        // The header's names are macros for Nettle's exported nettle_ ones.
        fn.init = reinterpret_cast<decltype(fn.init)>(dlsym(handle, "nettle_sha256_init"));
        fn.update = reinterpret_cast<decltype(fn.update)>(dlsym(handle, "nettle_sha256_update"));
        fn.digest = reinterpret_cast<decltype(fn.digest)>(dlsym(handle, "nettle_sha256_digest"));
    }
    if (fn.init == nullptr || fn.update == nullptr || fn.digest == nullptr) {
        const char* why = dlerror();
        // main's last line of defence says it; files are written through
        // temporaries, so nothing is left half-made.
        throw std::runtime_error(
            i18n::trf("cannot load {1} to compute SHA-256 digests ({2}); install the package "
                      "libnettle8",
                      {soname, why != nullptr ? why : i18n::tr("unknown reason")}));
    }
    return fn;
}

// Loaded once a process, by the first thread to need it (a function-local
// static: its initialisation is thread-safe, and retried after a failure).
const NettleSha256& nettle() {
    static const NettleSha256 fn = load_nettle();
    return fn;
}

} // namespace

struct Sha256::State {
    sha256_ctx ctx;
};

Sha256::Sha256() : state_(new State) {
    nettle().init(&state_->ctx);
}

Sha256::~Sha256() {
    delete state_;
}

void Sha256::add(std::string_view bytes) {
    nettle().update(&state_->ctx, bytes.size(),
                    reinterpret_cast<const std::uint8_t*>(bytes.data()));
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
    nettle().digest(&state_->ctx, digest.size(), digest.data()); // also resets the context
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
