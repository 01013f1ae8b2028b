// Where a character or a word first stands in a cluster-year file, written as itself
// or as a character reference (&#128512; or &#x1F600;), outside comments:
// the position a message about that character (a glyph no font has) points
// the user to.
#pragma once

#include "diag/diagnostics.hpp"

#include <memory>
#include <optional>
#include <string_view>

namespace thidua::xml {

// Finds characters and words in one input file for messages, in time
// linear in the file however many are asked for: the first place of every
// character is indexed in one pass on the first question, each word is
// searched once, and past `max_word_searches` words the answer is nullopt
// (the message then names the template line instead).
class InputFinder {
public:
    static constexpr std::size_t max_word_searches = 64;

    // `source` must outlive the finder.
    explicit InputFinder(std::string_view source);
    ~InputFinder();
    InputFinder(const InputFinder&) = delete;
    InputFinder& operator=(const InputFinder&) = delete;

    // LINE:COLUMN (column in code points) of the first place `cp` appears,
    // written as itself or as a reference, outside comments; nullopt when
    // it does not (it then comes from a template).
    std::optional<diag::Pos> character(char32_t cp);
    // LINE:COLUMN of the first place `text` (a word, no spaces) is written
    // as itself, outside comments and markup names; nullopt when it is not
    // (written another way, or the template's).
    std::optional<diag::Pos> text(std::string_view text);

private:
    struct Index;
    std::string_view source_;
    std::unique_ptr<Index> index_; // made on the first question
    Index& index();
};

// One-off forms of the same questions.
std::optional<diag::Pos> locate_character(std::string_view source, char32_t cp);
std::optional<diag::Pos> locate_text(std::string_view source, std::string_view text);

} // namespace thidua::xml
