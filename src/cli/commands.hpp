// The thidua commands, callable from main() and from tests with their own
// streams: each returns the process exit code (0 ok, 1 input errors, 2 usage).
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace thidua::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_input_errors = 1;
inline constexpr int exit_usage = 2;

class Leftovers;

// argv without the program name. What the command made and no longer needs
// may be left in `leftovers` (leftovers.hpp) rather than freed.
int run(std::span<const std::string> args, std::ostream& out, std::ostream& err,
        Leftovers* leftovers = nullptr);

int check(std::span<const std::string> files, std::ostream& out, std::ostream& err);

std::string help_text();

} // namespace thidua::cli
