// libharu loaded when the first PDF is built (dlopen), not linked: check,
// the workbook and every other command do without it, and render loads it
// on one thread while the other reads. pdf/ calls libharu as before:
// libharu_library.cpp defines each function thidua uses and forwards it.
#pragma once

#include <string>

namespace thidua::pdf {

// Loads libharu (once a process; later calls only report); false with
// `error` set (a plain sentence naming the package) when it cannot be
// loaded. Building a PDF calls it first.
bool load_libharu(std::string& error);

} // namespace thidua::pdf
