// OpenSSL's MD5_Init, MD5_Update and MD5_Final, the only functions of
// libcrypto that Debian's libxlsxwriter 1.1.4 calls (it hashes the images a
// workbook embeds, to store each once), made with Nettle's MD5 compression
// function, in a small shared library whose soname is libcrypto.so.3.
// src/xlsx loads it before libxlsxwriter (lxw_library.cpp), so the dynamic
// linker finds libxlsxwriter's libcrypto.so.3 already loaded and does not
// load OpenSSL's: 4.5 MB mapped and 4,191 symbols bound (Debian links it
// BIND_NOW) for three functions, 2.6 million instructions of every
// workbook. The version script (md5.map) gives the functions the version
// libxlsxwriter asks for, OPENSSL_3.0.0.
//
// The context is the caller's OpenSSL MD5_CTX (openssl/md5.h, 92 bytes:
// the four state words, the length in bits as two 32-bit halves, a 64-byte
// block and the bytes in it), so nothing is allocated; Nettle's md5_ctx
// (96 bytes) would not fit in it. Padding as RFC 1321, 3.1-3.2.
#include <cstdint>
#include <cstring>
#include <nettle/md5.h>

namespace {

// OpenSSL's MD5_CTX, field for field (MD5_LONG is unsigned int).
struct OpenSslMd5Context {
    std::uint32_t state[4];
    std::uint32_t bits_low;
    std::uint32_t bits_high;
    std::uint32_t block[16]; // 64 bytes
    std::uint32_t used;      // bytes of block in use
};
static_assert(sizeof(OpenSslMd5Context) == 92);

unsigned char* block_bytes(OpenSslMd5Context* c) {
    return reinterpret_cast<unsigned char*>(c->block);
}

void add_bits(OpenSslMd5Context* c, std::size_t bytes) {
    const std::uint64_t bits = (static_cast<std::uint64_t>(c->bits_high) << 32 | c->bits_low) +
                               (static_cast<std::uint64_t>(bytes) << 3);
    c->bits_low = static_cast<std::uint32_t>(bits);
    c->bits_high = static_cast<std::uint32_t>(bits >> 32);
}

} // namespace

extern "C" {

// The context comes as void*: OpenSSL's MD5_CTX is a type of its header,
// which thidua does not include (and a caller through a pointer to
// int(void*) calls exactly this type).
__attribute__((visibility("default"))) int MD5_Init(void* context) {
    auto* c = static_cast<OpenSslMd5Context*>(context);
    std::memset(c, 0, sizeof *c);
    c->state[0] = 0x67452301;
    c->state[1] = 0xefcdab89;
    c->state[2] = 0x98badcfe;
    c->state[3] = 0x10325476;
    return 1;
}

__attribute__((visibility("default"))) int MD5_Update(void* context, const void* data,
                                                      std::size_t length) {
    auto* c = static_cast<OpenSslMd5Context*>(context);
    const auto* in = static_cast<const unsigned char*>(data);
    add_bits(c, length);
    if (c->used > 0) {
        const std::size_t take = length < 64 - c->used ? length : 64 - c->used;
        std::memcpy(block_bytes(c) + c->used, in, take);
        c->used += static_cast<std::uint32_t>(take);
        in += take;
        length -= take;
        if (c->used < 64) return 1;
        nettle_md5_compress(c->state, block_bytes(c));
        c->used = 0;
    }
    for (; length >= 64; in += 64, length -= 64)
        nettle_md5_compress(c->state, in);
    std::memcpy(block_bytes(c), in, length);
    c->used = static_cast<std::uint32_t>(length);
    return 1;
}

__attribute__((visibility("default"))) int MD5_Final(unsigned char* digest, void* context) {
    auto* c = static_cast<OpenSslMd5Context*>(context);
    // 0x80, zeros to 56 bytes of a block, the length in bits (little-endian).
    const std::uint64_t bits = static_cast<std::uint64_t>(c->bits_high) << 32 | c->bits_low;
    unsigned char* block = block_bytes(c);
    block[c->used++] = 0x80;
    if (c->used > 56) {
        std::memset(block + c->used, 0, 64 - c->used);
        nettle_md5_compress(c->state, block);
        c->used = 0;
    }
    std::memset(block + c->used, 0, 56 - c->used);
    for (int k = 0; k < 8; ++k)
        block[56 + k] = static_cast<unsigned char>(bits >> (8 * k));
    nettle_md5_compress(c->state, block);
    for (int w = 0; w < 4; ++w)
        for (int k = 0; k < 4; ++k)
            digest[4 * w + k] = static_cast<unsigned char>(c->state[w] >> (8 * k));
    std::memset(c, 0, sizeof *c);
    return 1;
}

} // extern "C"
