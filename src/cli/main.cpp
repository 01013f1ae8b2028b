// The thidua executable: hands the command line to cli::run, with both
// output streams made safe for a terminal, and turns any failure that
// escapes it into a message and exit 1.
#include "cli/commands.hpp"
#include "cli/terminal_stream.hpp"

#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    thidua::cli::TerminalStream out(std::cout);
    thidua::cli::TerminalStream err(std::cerr);
    int status = 1;
    // The last line of defence: a failure no command turned into a message
    // (a folder that vanished, a disk that filled under the standard
    // library) is still a message and exit 1, never an abort. Files are
    // written through temporaries, so nothing half-written is left.
    try {
        status = thidua::cli::run(args, out, err);
    } catch (const std::filesystem::filesystem_error& e) {
        err << "thidua: error: " << e.code().message() << ": " << e.path1().string()
            << "; nothing more was done\n";
    } catch (const std::exception& e) {
        err << "thidua: error: " << e.what() << "; nothing more was done\n";
    } catch (...) {
        err << "thidua: error: an unexpected failure; nothing more was done\n";
    }
    out.flush();
    err.flush();
    return status;
}
