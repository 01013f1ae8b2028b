// A promise of the engine's interface that a fuzz target checks: when it
// does not hold, the process stops with the promise in words, so the fuzzer
// keeps the input as a crash and the test suite fails on it.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace thidua::fuzz {

inline void require(bool holds, const char* promise) {
    if (holds) return;
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

} // namespace thidua::fuzz
