// The thidua executable: hands the command line to cli::run.
#include "cli/commands.hpp"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    return thidua::cli::run(args, std::cout, std::cerr);
}
