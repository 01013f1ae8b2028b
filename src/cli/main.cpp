// The thidua executable: hands the command line to cli::run, with both
// output streams made safe for a terminal.
#include "cli/commands.hpp"
#include "cli/terminal_stream.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    thidua::cli::TerminalStream out(std::cout);
    thidua::cli::TerminalStream err(std::cerr);
    const int status = thidua::cli::run(args, out, err);
    out.flush();
    err.flush();
    return status;
}
