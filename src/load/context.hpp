// What every part of the reader shares while it reads one file: the
// diagnostics, where things are, and the member ids known so far. Internal
// to the loader.
#pragma once

#include "diag/diagnostics.hpp"
#include "xml/tree.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
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

    // An unknown member id is reported once, where it is first used, with
    // the lines of its other uses: one mistyped id is one message, not one
    // per table it appears in ("unknown member 'x' (also used on lines 15
    // and 17)" and then `advice`, e.g. "; did you mean 'y'?").
    // `repeat_of_unknown` records a later use of an id already found unknown
    // (true) or says it is the first (false: then call unknown_member).
    bool repeat_of_unknown(diag::Pos pos, const std::string& id);
    void unknown_member(diag::Pos pos, const std::string& id, const std::string& advice);
    // Reports them; call once, when the whole file has been read.
    void report_unknown_members();

private:
    struct UnknownMember {
        diag::Pos first;
        std::string advice;
        std::vector<int> other_lines;
    };
    std::vector<std::pair<std::string, UnknownMember>> unknown_; // in order of first use
    std::unordered_map<std::string, std::size_t> unknown_index_;
    diag::Diagnostics& diags_;
    std::unordered_set<std::string> member_set_;
    std::size_t suggestion_budget_ = 1'000'000; // comparisons
};

} // namespace thidua::load
