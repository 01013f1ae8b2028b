// The wording of the archive's catalogue and of the national workbook
// (templates/index.xml, templates/national.xml): a root element and its
// child elements, each with plain-text attributes in which a few {names}
// are filled in (sheet names, table names and column headings take none).
// Read and checked once, before any input, every mistake reported as
// TEMPLATE:LINE:COLUMN; then filled in as plain strings.
#pragma once

#include "diag/diagnostics.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::doc {

enum class WordingKind {
    text,       // text with {names}
    sheet_name, // plain text, a valid sheet name unique in the workbook
    footer,     // text with {page} and {pages} (Excel's &P, &N); '&' doubled
    table_name, // plain text, a valid Excel table name unique in the workbook
    column,     // plain text, a table's column heading unique in its element
};

struct WordingAttribute {
    std::string_view name;
    std::vector<std::string_view> names; // the {names} it may use
    WordingKind kind = WordingKind::text;
};

// An element and its attributes, all required.
struct WordingElement {
    std::string_view name;
    std::vector<WordingAttribute> attributes;
};

// The root and its children (each exactly once, in any order).
struct WordingSchema {
    WordingElement root;
    std::vector<WordingElement> children;
};

using WordingValues = std::map<std::string, std::string, std::less<>>;

class Wording {
public:
    static std::optional<Wording> load(const std::filesystem::path& file,
                                       const WordingSchema& schema, diag::Diagnostics& diags);
    static std::optional<Wording> parse(std::string_view text, const WordingSchema& schema,
                                        diag::Diagnostics& diags);

    // The attribute of `element` (the root's name for the root) with its
    // {names} taken from `values`, white space folded, NFC.
    std::string fill(std::string_view element, std::string_view attribute,
                     const WordingValues& values = {}) const;

    struct Piece {
        bool name = false; // a {name}, else literal text
        std::string text;
    };
    struct Text {
        std::vector<Piece> pieces;
        WordingKind kind = WordingKind::text;
    };

private:
    std::map<std::pair<std::string, std::string>, Text, std::less<>> texts_;
};

} // namespace thidua::doc
