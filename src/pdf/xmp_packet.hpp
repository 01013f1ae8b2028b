// Private to src/pdf, no libharu (tests include it): the XMP metadata packet
// of a PDF/A-1b file, made from the document information entries so that the
// two say the same (ISO 19005-1, 6.7.3).
#pragma once

#include "text/xml_text.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace thidua::pdf {

// The document information entries as they stand in the Info dictionary,
// UTF-8; nullopt when the entry is absent.
struct XmpFields {
    std::optional<std::string> title;    // Title    -> dc:title (x-default)
    std::optional<std::string> author;   // Author   -> dc:creator (one entry)
    std::optional<std::string> subject;  // Subject  -> dc:description (x-default)
    std::optional<std::string> keywords; // Keywords -> pdf:Keywords
    std::optional<std::string> creator;  // Creator  -> xmp:CreatorTool
    std::optional<std::string> producer; // Producer -> pdf:Producer
    std::optional<std::string> created;  // CreationDate "D:YYYYMMDDHHmmSS+HH'mm'" -> xmp:CreateDate
    std::optional<std::string> modified; // ModDate, the same form -> xmp:ModifyDate
};

// The whole packet (xpacket header, x:xmpmeta, rdf:RDF, pdfaid part 1,
// conformance B, xpacket trailer), UTF-8, every value XML-escaped. nullopt
// with `error` when a value is not valid UTF-8 or holds a character XML 1.0
// cannot carry, or when a date is not a PDF date.
std::optional<std::string> xmp_packet(const XmpFields& fields, std::string& error);

// A PDF date as libharu writes it ("D:20231124000000+00'00'", or with 'Z' or
// no time zone) as an XMP date ("2023-11-24T00:00:00+00:00"); nullopt for
// anything else.
std::optional<std::string> xmp_date(std::string_view pdf_date);

// Text for XML element content: & < > " ' and CR as references.
using text::xml_escape;

} // namespace thidua::pdf
