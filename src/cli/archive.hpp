// `thidua archive SRC -o ARCHIVE` and `thidua verify ARCHIVE`: the yearly
// archive of every cluster-year, reproducible and checkable.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace thidua::cli {

int archive(std::span<const std::string> args, std::ostream& out, std::ostream& err);
int verify(std::span<const std::string> args, std::ostream& out, std::ostream& err);

} // namespace thidua::cli
