// ThreadElsewhere (see thread_elsewhere.hpp): pthread_create with an
// affinity that leaves out the creator's core; the thread gives itself back
// every core the process had before it does its work.
#include "archive/thread_elsewhere.hpp"

#include <cerrno>
#include <memory>
#include <sched.h>
#include <system_error>
#include <utility>

namespace thidua::archive {

struct ThreadElsewhere::Start {
    std::function<void()> work;
    cpu_set_t allowed; // every core the process may use
    bool restrict = false;

    static void* run(void* arg) {
        const std::unique_ptr<Start> start(static_cast<Start*>(arg));
        if (start->restrict) sched_setaffinity(0, sizeof start->allowed, &start->allowed);
        start->work();
        return nullptr;
    }
};

ThreadElsewhere::ThreadElsewhere(std::function<void()> work) {
    auto start = std::make_unique<Start>();
    start->work = std::move(work);
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) throw std::system_error(ENOMEM, std::generic_category());
    CPU_ZERO(&start->allowed);
    const int here = sched_getcpu();
    if (here >= 0 && here < CPU_SETSIZE &&
        sched_getaffinity(0, sizeof start->allowed, &start->allowed) == 0 &&
        CPU_ISSET(here, &start->allowed) && CPU_COUNT(&start->allowed) > 1) {
        cpu_set_t elsewhere = start->allowed;
        CPU_CLR(here, &elsewhere);
        start->restrict = pthread_attr_setaffinity_np(&attr, sizeof elsewhere, &elsewhere) == 0;
    }
    int err = pthread_create(&thread_, &attr, &Start::run, start.get());
    if (err != 0 && start->restrict) { // an affinity the kernel refused: start it anywhere
        start->restrict = false;
        pthread_attr_destroy(&attr);
        pthread_attr_init(&attr);
        err = pthread_create(&thread_, &attr, &Start::run, start.get());
    }
    pthread_attr_destroy(&attr);
    if (err != 0) throw std::system_error(err, std::generic_category());
    start.release(); // the thread owns it now
    joinable_ = true;
}

ThreadElsewhere::~ThreadElsewhere() {
    if (joinable_) pthread_join(thread_, nullptr);
}

ThreadElsewhere::ThreadElsewhere(ThreadElsewhere&& other) noexcept
    : thread_(other.thread_), joinable_(std::exchange(other.joinable_, false)) {}

} // namespace thidua::archive
