// What every part of the reader shares while it reads one file: the
// diagnostics, where things are, and the member ids known so far. Internal
// to the loader.
#pragma once

#include "diag/diagnostics.hpp"
#include "xml/tree.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace thidua::load {

using Element = xml::Element;

class Context {
public:
    explicit Context(diag::Diagnostics& diags) : diags_(diags) {}

    diag::Pos pos(const Element* el) const { return el->pos; }
    // Where the value of an attribute starts (falls back to the element).
    diag::Pos value_pos(const Element* el, std::string_view attr) const;
    // Where the attribute's name starts (falls back to the element).
    diag::Pos name_pos(const Element* el, std::string_view attr) const;
    int line(const Element* el) const { return el->pos.line; }

    void error(diag::Pos p, std::string message) { diags_.error(p, std::move(message)); }
    void warning(diag::Pos p, std::string message) { diags_.warning(p, std::move(message)); }

    // Member ids read from <members>, for reference checks and suggestions.
    std::vector<std::string> member_ids;
    int file_year = 0;

private:
    diag::Diagnostics& diags_;
};

} // namespace thidua::load
