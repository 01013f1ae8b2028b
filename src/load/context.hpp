// What every part of the reader shares while it reads one file: the parsed
// tree, where each element and attribute sits in the text, the diagnostics,
// and the member ids known so far. Internal to the loader.
#pragma once

#include "diag/diagnostics.hpp"
#include "load/markup_scan.hpp"

#include <string>
#include <string_view>
#include <tinyxml2.h>
#include <unordered_map>
#include <vector>

namespace thidua::load {

using Element = tinyxml2::XMLElement;

class Context {
public:
    Context(std::string_view text, const MarkupScan& scan, const tinyxml2::XMLDocument& doc,
            diag::Diagnostics& diags);

    diag::Pos pos(const Element* el) const;
    // Where the value of an attribute starts (falls back to the element).
    diag::Pos value_pos(const Element* el, std::string_view attr) const;
    // Where the attribute's name starts.
    diag::Pos name_pos(const Element* el, std::string_view attr) const;
    int line(const Element* el) const { return pos(el).line; }

    void error(diag::Pos p, std::string message) { diags_.error(p, std::move(message)); }
    void warning(diag::Pos p, std::string message) { diags_.warning(p, std::move(message)); }

    // Member ids read from <members>, for reference checks and suggestions.
    std::vector<std::string> member_ids;
    int file_year = 0;

private:
    diag::Pos at(std::size_t offset) const;

    LineIndex lines_;
    std::unordered_map<const Element*, const TagSpan*> spans_;
    diag::Diagnostics& diags_;
};

} // namespace thidua::load
