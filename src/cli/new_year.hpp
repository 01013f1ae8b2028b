// `thidua new THIS.xml -o NEXT.xml`: next year's file from this year's.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace thidua::cli {

int new_year(std::span<const std::string> args, std::ostream& out, std::ostream& err);

} // namespace thidua::cli
