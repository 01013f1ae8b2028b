// Text written into XML: the characters that must be escaped, escaped.
// Shared by every writer of XML (the PDF/A metadata, `thidua new`).
#pragma once

#include <string>
#include <string_view>

namespace thidua::text {

// `text` with & < > " ' written as entities and a carriage return as &#13;
// (a raw one would be read back as a line feed): safe in element text and
// in attribute values.
std::string xml_escape(std::string_view text);

} // namespace thidua::text
