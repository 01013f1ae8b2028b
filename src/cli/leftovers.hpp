// What a command leaves to the end of the process instead of taking apart
// itself. A render's templates, fonts and models are thousands of
// allocations; freeing them one by one when the process ends next is work
// for nothing (0.3 ms of a sample's 15; clang's -disable-free skips it for
// the same reason). main() hands a Leftovers to the command and ends with
// std::exit, which does not unwind main's frame, so they are never freed;
// any other caller (the tests) frees them when its Leftovers goes. In the
// sanitizer builds keep() frees them at once, so that LeakSanitizer sees
// no memory held at the end.
#pragma once

#include <memory>
#include <utility>
#include <vector>

namespace thidua::cli {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
inline constexpr bool sanitized = true;
#else
inline constexpr bool sanitized = false;
#endif
#else
inline constexpr bool sanitized = false;
#endif

class Leftovers {
public:
    template <typename T> void keep(T&& thing) {
        if constexpr (sanitized) {
            [[maybe_unused]] const std::decay_t<T> freed_now(std::forward<T>(thing));
            return;
        }
        things_.push_back(std::make_unique<Held<std::decay_t<T>>>(std::forward<T>(thing)));
    }

private:
    struct Thing {
        virtual ~Thing() = default;
    };
    template <typename T> struct Held : Thing {
        explicit Held(T&& t) : value(std::move(t)) {}
        T value;
    };
    std::vector<std::unique_ptr<Thing>> things_;
};

} // namespace thidua::cli
