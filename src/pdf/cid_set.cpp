// The /CIDSet bit string (see cid_set.hpp).
#include "pdf/cid_set.hpp"

namespace thidua::pdf {

std::string cid_set_bits(const std::vector<std::uint16_t>& cids) {
    const std::size_t highest = cids.empty() ? 0 : cids.back();
    std::string bits(highest / 8 + 1, '\0');
    const auto set = [&](std::size_t cid) {
        bits[cid / 8] =
            static_cast<char>(static_cast<unsigned char>(bits[cid / 8]) | (0x80u >> (cid % 8)));
    };
    set(0);
    for (std::uint16_t c : cids)
        set(c);
    return bits;
}

} // namespace thidua::pdf
