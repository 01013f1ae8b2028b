// `thidua render FILE... -o DIR`: the documents of each cluster-year into
// DIR/<cluster-id>/<year>/.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace thidua::cli {

int render(std::span<const std::string> args, std::ostream& out, std::ostream& err);

} // namespace thidua::cli
