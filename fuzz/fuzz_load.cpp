// libFuzzer harness: fuzz_load (see targets.hpp for what it exercises).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return thidua::fuzz::fuzz_load(data, size);
}
