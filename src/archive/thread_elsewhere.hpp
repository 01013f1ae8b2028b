// A thread started on another core than its creator's, then free to move.
// The kernel queues a new thread on its creator's core; while the creator
// keeps computing, the thread waits there for the scheduler's next
// balancing: 0.7-4.8 ms (median 0.9-4.6 ms) on the two-core machine,
// against 0.1-0.25 ms when it is started on the idle core (bench: README,
// Performance).
#pragma once

#include <functional>
#include <pthread.h>

namespace thidua::archive {

class ThreadElsewhere {
public:
    // Runs `work` on a new thread, started on a core other than the calling
    // thread's when the process may use another (else wherever the kernel
    // puts it); once running it may use every core the process may. Throws
    // std::system_error when no thread can be made (as std::thread does).
    // `work` must not throw (the process would end): callers catch.
    explicit ThreadElsewhere(std::function<void()> work);
    // Waits for the thread to end.
    ~ThreadElsewhere();
    ThreadElsewhere(ThreadElsewhere&& other) noexcept;
    ThreadElsewhere& operator=(ThreadElsewhere&&) = delete;
    ThreadElsewhere(const ThreadElsewhere&) = delete;
    ThreadElsewhere& operator=(const ThreadElsewhere&) = delete;

private:
    struct Start;
    pthread_t thread_{};
    bool joinable_ = false;
};

} // namespace thidua::archive
