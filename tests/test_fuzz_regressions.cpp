// The fuzzers' findings stay fixed: every seed of fuzz/corpus/<harness>/ and
// every reproducer in fuzz/regressions/<harness>/ goes through the same
// target function its libFuzzer harness calls (fuzz/targets.hpp). A target
// checks its own promises and aborts when one breaks, so passing means no
// crash; the sanitizer build also proves no memory error. Each input must
// also take less than the fuzzers' -timeout. A corpus folder that is missing
// or empty fails, and so do regression folders holding nothing at all.
#include "support.hpp"
#include "targets.hpp"

#include <algorithm>
#include <chrono>
#include <doctest/doctest.h>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using Target = int (*)(const std::uint8_t*, std::size_t);

// scripts/fuzz.sh runs libFuzzer with -timeout=10.
constexpr std::chrono::seconds fuzz_timeout{10};

struct Harness {
    std::string name;
    Target target;
};

const std::vector<Harness> harnesses = {{"load", thidua::fuzz::fuzz_load},
                                        {"template", thidua::fuzz::fuzz_template},
                                        {"font", thidua::fuzz::fuzz_font}};

// The files of a folder, sorted so failures read the same on every run.
std::vector<fs::path> files_in(const fs::path& folder) {
    std::vector<fs::path> files;
    if (!fs::is_directory(folder)) return files;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Feeds each file of `folder` to `target`; returns how many there were.
std::size_t run_each(const fs::path& folder, Target target) {
    const std::vector<fs::path> files = files_in(folder);
    for (const fs::path& file : files) {
        INFO(file.string());
        const std::string bytes = thidua::test::read_file(file.string());
        const auto start = std::chrono::steady_clock::now();
        CHECK(target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
        CHECK(std::chrono::steady_clock::now() - start < fuzz_timeout);
    }
    return files.size();
}

void run_folder_of_each_harness(const std::string& folder) {
    for (const Harness& h : harnesses) {
        const fs::path dir = thidua::test::source_path("fuzz/" + folder + "/" + h.name);
        INFO(dir.string());
        CHECK_MESSAGE(run_each(dir, h.target) > 0, "the folder is missing or holds no file");
    }
}

} // namespace

TEST_CASE("every seed of the fuzzers' corpus goes through its target") {
    run_folder_of_each_harness("corpus");
}

TEST_CASE("every input a fuzzer found goes through its target without failing") {
    // A harness that never found anything has an empty folder (kept by its
    // README); the folders together must hold something.
    std::size_t found = 0;
    for (const Harness& h : harnesses) {
        const fs::path dir = thidua::test::source_path("fuzz/regressions/" + h.name);
        INFO(dir.string());
        CHECK(fs::is_directory(dir));
        found += run_each(dir, h.target);
    }
    CHECK(found > 0);
}

TEST_CASE("the installed fonts scripts/fuzz.sh seeds the font fuzzer with go through its target") {
    const std::vector<fs::path> fonts = {
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"};
    for (const fs::path& font : fonts) {
        INFO(font.string());
        const std::string bytes = thidua::test::read_file(font.string());
        REQUIRE_FALSE(bytes.empty());
        CHECK(thidua::fuzz::fuzz_font(reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                      bytes.size()) == 0);
    }
}
