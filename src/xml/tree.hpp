// XML as plain data: elements with their attributes, text and positions
// (LINE:COLUMN of every element, attribute name and value). The only place
// that knows tinyxml2; the loader and the template reader both read this.
#pragma once

#include "diag/diagnostics.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::xml {

struct Attribute {
    std::string name;
    std::string value; // entities decoded, nothing else changed
    diag::Pos name_pos;
    diag::Pos value_pos; // first character inside the quotes
};

struct Element;

// A child: either text (element == nullptr) or an element. Comments,
// processing instructions and the declaration are dropped.
struct Node {
    std::string text;
    std::unique_ptr<Element> element;
    diag::Pos pos; // where the text starts (for text nodes)
};

// Where the character at byte `offset` of a text node stands.
diag::Pos position_in(const Node& text_node, std::size_t offset);

struct Element {
    std::string name;
    diag::Pos pos; // the '<'
    std::vector<Attribute> attributes;
    std::vector<Node> children;

    const Attribute* attribute(std::string_view attr) const;
    // The attribute's value, or nullptr.
    const std::string* value(std::string_view attr) const;
    // Child elements, all or by name, in document order.
    std::vector<const Element*> elements() const;
    std::vector<const Element*> elements(std::string_view child) const;
    const Element* first(std::string_view child) const;
    // Whether any child text holds more than white space.
    bool has_text() const;
};

// Parses UTF-8 text (a leading byte-order mark is skipped): checks the bytes
// are UTF-8, the declared encoding, and well-formedness, each failure as one
// error with its position. Returns the root element, or nullptr after an
// error. An input with no element at all gives nullptr and no error.
std::unique_ptr<Element> parse(std::string_view text, diag::Diagnostics& diags);

} // namespace thidua::xml
