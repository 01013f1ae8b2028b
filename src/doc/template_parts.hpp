// The pieces of one template that a walk parses from its text: each text,
// test and <for> spec, and the origin ("template.xml:LINE") of each line,
// keyed by where the template's tree holds them. The checking walk at load
// makes them; every rendering walk reads them (read only, so renders on
// several threads may share them). Internal to doc/.
#pragma once

#include "diag/diagnostics.hpp"
#include "doc/blocks.hpp"
#include "doc/expression.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace thidua::doc {

// A <for>'s each="x in LIST".
struct LoopSpec {
    std::string var;
    Placeholder list;
};

// A text's parts, and where in the template each placeholder stands.
struct PlacedText {
    TextTemplate text;
    std::vector<diag::Pos> where; // [k]: the k-th placeholder's
};

struct TemplateParts {
    std::unordered_map<const char*, std::optional<PlacedText>> texts;
    std::unordered_map<const char*, std::optional<Placeholder>> tests;
    std::unordered_map<const char*, std::optional<LoopSpec>> loops;
    std::unordered_map<int, Origin> origins;
};

} // namespace thidua::doc
