// The /CIDSet bit string (see cid_set.hpp).
#include "pdf/cid_set.hpp"

namespace thidua::pdf {

std::string cid_set_bits(const std::vector<char32_t>& codes) {
    const std::size_t highest = codes.empty() ? 0 : codes.back();
    std::string bits(highest / 8 + 1, '\0');
    const auto set = [&](std::size_t cid) {
        bits[cid / 8] =
            static_cast<char>(static_cast<unsigned char>(bits[cid / 8]) | (0x80u >> (cid % 8)));
    };
    set(0);
    for (char32_t c : codes)
        set(c);
    return bits;
}

} // namespace thidua::pdf
