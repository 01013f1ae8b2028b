// `thidua render FILE... -o DIR`: the documents of each cluster-year into
// DIR/<cluster-id>/<year>/.
#pragma once

#include <iosfwd>
#include <span>
#include <string>

namespace thidua::cli {

class Leftovers;

// The render's fonts, templates and models go to `leftovers` when given.
int render(std::span<const std::string> args, std::ostream& out, std::ostream& err,
           Leftovers* leftovers = nullptr);

} // namespace thidua::cli
