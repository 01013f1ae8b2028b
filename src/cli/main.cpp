// The thidua executable: chooses the language of the messages (--lang, or
// the locale), hands the rest of the command line to cli::run, with both
// output streams made safe for a terminal, and turns any failure that
// escapes it into a message and exit 1.
#include "cli/commands.hpp"
#include "cli/document_kind.hpp"
#include "cli/leftovers.hpp"
#include "cli/terminal_stream.hpp"
#include "i18n/language.hpp"
#include "i18n/messages.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <malloc.h>
#include <string>
#include <vector>

namespace {

// Takes "--lang X" or "--lang=X" out of `args` (anywhere on the line) into
// `lang`; false when --lang is the last word, with nothing after it.
bool take_language(std::vector<std::string>& args, std::string& lang, bool& given) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i].starts_with("--lang=")) {
            lang = args[i].substr(7);
            given = true;
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
            return true;
        }
        if (args[i] == "--lang") {
            if (i + 1 == args.size()) return false;
            lang = args[i + 1];
            given = true;
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i),
                       args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
            return true;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    // glibc gives freed memory back to the kernel as soon as 128 KiB lie
    // free at the top of a heap; the threads that make the documents free
    // and allocate again within milliseconds, and each giving back of a
    // thread's heap (madvise) interrupts the other core to flush its TLB.
    // Kept until 256 MiB lie free: about 1 ms of the 18 of three documents
    // (perf: madvise and its IPIs 4 % of the process), peak memory the same.
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    std::vector<std::string> args(argv + 1, argv + argc);
    thidua::cli::TerminalStream out(std::cout);
    thidua::cli::TerminalStream err(std::cerr);
    namespace i18n = thidua::i18n;
    std::string lang;
    bool given = false;
    i18n::Language language = i18n::language_of_environment();
    const bool taken = take_language(args, lang, given);
    const bool known = taken && (!given || i18n::language_named(lang, language));
    i18n::use_language(language, thidua::cli::message_catalogues());
    if (!known) {
        err << i18n::trf("thidua: --lang takes vi (Vietnamese) or en (English), not '{1}'\n",
                         {lang});
        err.flush();
        return thidua::cli::exit_usage;
    }
    int status = 1;
    // What the command leaves behind is freed by the end of the process,
    // not piece by piece (leftovers.hpp): std::exit below does not unwind
    // this frame.
    thidua::cli::Leftovers leftovers;
    // The last line of defence: a failure no command turned into a message
    // (a folder that vanished, a disk that filled under the standard
    // library) is still a message and exit 1, never an abort. Files are
    // written through temporaries, so nothing half-written is left.
    try {
        status = thidua::cli::run(args, out, err, &leftovers);
    } catch (const std::filesystem::filesystem_error& e) {
        err << "thidua: error: "
            << i18n::trf("{1}: {2}; nothing more was done",
                         {e.code().message(), e.path1().string()})
            << "\n";
    } catch (const std::exception& e) {
        err << "thidua: error: " << i18n::trf("{1}; nothing more was done", {e.what()}) << "\n";
    } catch (...) {
        err << "thidua: error: " << i18n::tr("an unexpected failure; nothing more was done")
            << "\n";
    }
    out.flush();
    err.flush();
    // Everything is written and renamed into place; what exit() would
    // still do is only taking the process apart: static destructors and
    // the destructors of the twenty libraries loaded (HarfBuzz, GLib,
    // libharu, ...), 0.15 ms of a render's 9 (side by side, alternating
    // runs). _Exit ends the process without them, as compilers do for the
    // same reason; the sanitizer builds still call exit(), so that
    // LeakSanitizer runs at the end.
    if constexpr (!thidua::cli::sanitized) {
        std::fflush(nullptr);
        std::_Exit(status);
    }
    std::exit(status); // `leftovers` stays unfreed (above)
}
