// Private to src/cli: running a few independent tasks at once (the documents
// of one cluster-year: made at once, written at once), one thread each, the
// first on the calling thread. An exception in any task is rethrown on the
// calling thread once all have ended, for main's last line of defence.
#pragma once

#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace thidua::cli {

// Calls task(i) for every i below n, at once, and returns when all are done.
template <typename Task> void run_together(std::size_t n, const Task& task) {
    std::vector<std::exception_ptr> failures(n);
    const auto guarded = [&](std::size_t i) {
        try {
            task(i);
        } catch (...) {
            failures[i] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> others;
        for (std::size_t i = 1; i < n; ++i)
            others.emplace_back(guarded, i);
        if (n > 0) guarded(0);
    } // the jthreads join here
    for (const std::exception_ptr& f : failures)
        if (f) std::rethrow_exception(f);
}

} // namespace thidua::cli
