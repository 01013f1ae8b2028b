// The fuzz targets' bodies, one function per engine entry point fuzzed. Each
// harness in fuzz/ (fuzz_load.cpp, ...) hands its input to one of them, and
// tests/test_fuzz_regressions.cpp calls the same functions on every seed and
// every saved reproducer, so the ordinary test build keeps what the fuzzers
// found fixed. Each returns 0, as libFuzzer wants; a failure is a crash (or a
// sanitizer report), never a return value.
#pragma once

#include <cstddef>
#include <cstdint>

namespace thidua::fuzz {

// Cluster-year XML bytes through the loader (model and diagnostics); a
// model it accepts is rendered with the shipped minutes and covenant
// templates, which must then not fail.
int fuzz_load(const std::uint8_t* data, std::size_t size);

// Template text parsed and checked; a template that passes is rendered with
// the sample models.
int fuzz_template(const std::uint8_t* data, std::size_t size);

// Font file bytes read through FontFile's public interface, then every
// query layout and the PDF writer make of it.
int fuzz_font(const std::uint8_t* data, std::size_t size);

} // namespace thidua::fuzz
