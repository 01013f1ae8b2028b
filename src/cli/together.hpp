// Private to src/cli: running a few independent tasks at once (the documents
// of one cluster-year: made at once, written at once), one thread each, the
// first on the calling thread. An exception in any task is rethrown on the
// calling thread once all have ended, for main's last line of defence
// (archive::on_every_core, with as many threads as tasks).
#pragma once

#include "archive/parallel.hpp"

#include <cstddef>

namespace thidua::cli {

// Calls task(i) for every i below n, at once, and returns when all are done.
template <typename Task> void run_together(std::size_t n, const Task& task) {
    archive::on_every_core(static_cast<unsigned>(n), n, task);
}

} // namespace thidua::cli
