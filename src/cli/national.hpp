// `thidua national FILE... --year Y -o national-Y.xlsx`: the national
// alliance's workbook from the cluster-years of one year.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace thidua::cli {

int national(std::span<const std::string> args, std::ostream& out, std::ostream& err);

} // namespace thidua::cli
