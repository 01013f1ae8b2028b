// Running independent pieces of work on every core: work(k) for each k
// below a count, on a few threads that each take the next k. The archive
// checks sources, hashes files and makes documents this way.
#pragma once

#include "archive/thread_elsewhere.hpp"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace thidua::archive {

// The threads to use by default: every core.
inline unsigned every_core() {
    return std::max(1u, std::thread::hardware_concurrency());
}

// work(k) for every k below `count`, on up to `jobs` threads (the calling
// one among them); returns when all are done. An exception from any work(k)
// (a file system error, memory running out) is rethrown on the calling
// thread once all have ended, the first k's first, for main's last line of
// defence; on another thread it would have ended the process (abort).
template <typename Work> void on_every_core(unsigned jobs, std::size_t count, Work work) {
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> failures(count);
    auto worker = [&]() {
        for (std::size_t k = next++; k < count; k = next++) {
            try {
                work(k);
            } catch (...) {
                failures[k] = std::current_exception();
            }
        }
    };
    {
        std::vector<ThreadElsewhere> pool;
        const auto n = static_cast<unsigned>(std::min<std::size_t>(jobs, count));
        for (unsigned k = 1; k < n; ++k)
            pool.emplace_back(worker);
        worker();
    } // the threads join here
    for (const std::exception_ptr& f : failures)
        if (f) std::rethrow_exception(f);
}

} // namespace thidua::archive
