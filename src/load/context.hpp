// What every part of the reader shares while it reads one file: the
// diagnostics, where things are, and the member ids known so far. Internal
// to the loader.
#pragma once

#include "diag/diagnostics.hpp"
#include "xml/tree.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
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

    // Member ids read from <members>, in order, for suggestions; and the
    // same as a set, for reference checks.
    std::vector<std::string> member_ids;
    void add_member(const std::string& id);
    bool is_member(const std::string& id) const { return member_set_.contains(id); }
    int file_year = 0;

    // Whether a "did you mean" among `candidates` names may still be looked
    // for: each look compares the word with every candidate, so a file full
    // of unknown names among thousands gets suggestions only up to a budget.
    bool may_suggest(std::size_t candidates);

private:
    diag::Diagnostics& diags_;
    std::unordered_set<std::string> member_set_;
    std::size_t suggestion_budget_ = 1'000'000; // comparisons
};

} // namespace thidua::load
