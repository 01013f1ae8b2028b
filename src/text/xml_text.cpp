// Escaping text for XML (see xml_text.hpp).
#include "text/xml_text.hpp"

namespace thidua::text {

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\r':
            out += "&#13;";
            break; // a raw CR would be read back as LF
        default:
            out += c;
        }
    }
    return out;
}

} // namespace thidua::text
