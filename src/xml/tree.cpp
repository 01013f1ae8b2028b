// From bytes to the plain tree: UTF-8 and encoding checks, the characters
// and references the file may not hold, the scanner for positions and
// plain-words syntax errors, tinyxml2 for the parse itself.
#include "xml/tree.hpp"

#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"
#include "xml/markup_scan.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <tinyxml2.h>

namespace thidua::xml {
namespace {

// What tinyxml2 found, in plain words; the scanner catches most mistakes
// with a column first, so this is the fallback.
std::string xml_error_words(tinyxml2::XMLError e) {
    switch (e) {
    case tinyxml2::XML_ERROR_PARSING_TEXT:
        return i18n::tr("this text is not valid XML; write '&' as &amp; and '<' as &lt;");
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE:
        return i18n::tr("an attribute is not valid XML; write name=\"value\"");
    case tinyxml2::XML_ERROR_PARSING_COMMENT:
        return i18n::tr("a comment is not closed with -->");
    case tinyxml2::XML_ERROR_PARSING_CDATA:
        return i18n::tr("a CDATA section is not closed with ]]>");
    case tinyxml2::XML_ERROR_PARSING_DECLARATION:
        return i18n::tr("the <?xml ...?> declaration is not valid; write <?xml version=\"1.0\" "
                        "encoding=\"UTF-8\"?>");
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT:
        return i18n::tr("a closing tag does not match its element");
    case tinyxml2::XML_ERROR_PARSING_UNKNOWN:
        return i18n::tr("a <! ...> construct is not valid XML");
    default:
        return i18n::tr("the file is not well-formed XML");
    }
}

bool is_utf8_name(std::string enc) {
    for (char& c : enc)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return enc == "utf-8" || enc == "utf8";
}

// Line and column of offsets asked for in increasing order (as the builder
// goes through the file), each counted on from the one before; an offset
// behind the last one asked is looked up in the line index.
class ForwardPositions {
public:
    ForwardPositions(std::string_view text, const LineIndex& lines) : text_(text), lines_(lines) {}

    diag::Pos at(std::size_t offset) {
        offset = std::min(offset, text_.size());
        if (offset < offset_) return {lines_.line_of(offset), lines_.column_of(offset)};
        while (offset_ < offset) {
            const void* nl = std::memchr(text_.data() + offset_, '\n', offset - offset_);
            const std::size_t stop =
                nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text_.data()) : offset;
            column_ += code_points(offset_, stop);
            offset_ = stop;
            if (nl) {
                ++line_;
                column_ = 1;
                ++offset_;
            }
        }
        return {line_, column_};
    }

private:
    // Code points starting in text[from, to): bytes that are not 10xxxxxx,
    // eight at a time.
    int code_points(std::size_t from, std::size_t to) const {
        std::size_t n = to - from;
        for (; from + 8 <= to; from += 8) {
            std::uint64_t w;
            std::memcpy(&w, text_.data() + from, 8);
            n -= static_cast<std::size_t>(std::popcount(w & ~(w << 1) & 0x8080808080808080ULL));
        }
        for (; from < to; ++from)
            n -= (static_cast<unsigned char>(text_[from]) & 0xC0) == 0x80 ? 1 : 0;
        return static_cast<int>(n);
    }

    std::string_view text_;
    const LineIndex& lines_;
    std::size_t offset_ = 0;
    int line_ = 1;
    int column_ = 1;
};

// Copies tinyxml2's tree, giving each element the position of its start
// tag and its attributes from the scanner (tinyxml2 is given none: it looks
// each name up among the ones before it): both list elements in document
// order, so the n-th element is the n-th start tag.
class Builder {
public:
    Builder(std::string_view text, const MarkupScan& scan, const LineIndex& lines)
        : text_(text), scan_(scan), positions_(text, lines) {}

    std::unique_ptr<Element> element(const tinyxml2::XMLElement* src) {
        auto out = std::make_unique<Element>();
        out->name = src->Name();
        const TagSpan* span = next_ < scan_.tags.size() ? &scan_.tags[next_] : nullptr;
        ++next_;
        if (span != nullptr && span->name != out->name) span = nullptr;
        out->pos = span ? at(span->offset) : diag::Pos{src->GetLineNum(), 1};
        if (span) out->attributes.reserve(span->attrs.size());
        std::size_t children = 0;
        for (const tinyxml2::XMLNode* n = src->FirstChild(); n; n = n->NextSibling())
            children += n->ToText() || n->ToElement() ? 1 : 0;
        out->children.reserve(children);
        for (std::size_t k = 0; span && k < span->attrs.size(); ++k) {
            const AttrSpan& a = span->attrs[k];
            const std::string_view raw = text_.substr(a.value_offset, a.value_end - a.value_offset);
            out->attributes.push_back(
                {a.name, attribute_value(raw), at(a.name_offset), at(a.value_offset)});
        }
        std::size_t cursor = span ? span->content_offset : 0;
        for (const tinyxml2::XMLNode* n = src->FirstChild(); n; n = n->NextSibling()) {
            if (const tinyxml2::XMLText* t = n->ToText()) {
                out->children.push_back({t->Value(), nullptr, span ? at(cursor) : out->pos});
            } else if (const tinyxml2::XMLElement* e = n->ToElement()) {
                out->children.push_back({{}, element(e), {}});
                cursor = last_end_;
            }
        }
        last_end_ = span ? span->end_offset : 0;
        return out;
    }

private:
    diag::Pos at(std::size_t offset) { return positions_.at(offset); }

    std::string_view text_;
    const MarkupScan& scan_;
    ForwardPositions positions_;
    std::size_t next_ = 0;
    std::size_t last_end_ = 0; // end offset of the element built last
};

// tinyxml2 parses a copy where every attribute is blanked out (line breaks
// kept, so its line numbers stay right).
tinyxml2::XMLError parse_without_attributes(tinyxml2::XMLDocument& doc, std::string_view text,
                                            const MarkupScan& scan) {
    std::string blanked(text);
    for (const TagSpan& tag : scan.tags) {
        for (const AttrSpan& a : tag.attrs) {
            for (std::size_t i = a.name_offset; i <= a.value_end; ++i) {
                if (blanked[i] != '\n') blanked[i] = ' ';
            }
        }
    }
    return doc.Parse(blanked.data(), blanked.size());
}

} // namespace

diag::Pos position_in(const Node& node, std::size_t offset) {
    diag::Pos p = node.pos;
    const std::string_view text(node.text);
    const std::size_t end = std::min(offset, text.size());
    const std::size_t nl = text.substr(0, end).rfind('\n');
    if (nl == std::string_view::npos) {
        p.column += text::count_code_points(text.substr(0, end));
        return p;
    }
    for (std::size_t k = 0; k < end; ++k)
        p.line += text[k] == '\n' ? 1 : 0;
    p.column = text::count_code_points(text.substr(nl + 1, end - nl - 1)) + 1;
    return p;
}

const Attribute* Element::attribute(std::string_view attr) const {
    for (const Attribute& a : attributes) {
        if (a.name == attr) return &a;
    }
    return nullptr;
}

const std::string* Element::value(std::string_view attr) const {
    const Attribute* a = attribute(attr);
    return a ? &a->value : nullptr;
}

std::vector<const Element*> Element::elements() const {
    std::vector<const Element*> out;
    for (const Node& n : children) {
        if (n.element) out.push_back(n.element.get());
    }
    return out;
}

std::vector<const Element*> Element::elements(std::string_view child) const {
    std::vector<const Element*> out;
    for (const Node& n : children) {
        if (n.element && n.element->name == child) out.push_back(n.element.get());
    }
    return out;
}

const Element* Element::first(std::string_view child) const {
    for (const Node& n : children) {
        if (n.element && n.element->name == child) return n.element.get();
    }
    return nullptr;
}

bool Element::has_text() const {
    for (const Node& n : children) {
        if (n.element) continue;
        for (char c : n.text) {
            if (!text::is_xml_space(c)) return true;
        }
    }
    return false;
}

std::unique_ptr<Element> parse(std::string_view bytes, diag::Diagnostics& diags) {
    std::string_view text = bytes;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    const std::size_t bom = bytes.size() - text.size();
    if (const auto bad = text::find_invalid_utf8(text)) {
        diags.error({bad->line, bad->column},
                    i18n::trf("the file is not valid UTF-8: {1} (byte offset {2}); save the file "
                              "as UTF-8",
                              {bad->reason,
                               text::to_text(static_cast<long long>(bad->byte_offset + bom))}));
        return nullptr;
    }
    const LineIndex lines(text);
    const MarkupScan scan = scan_markup(text, lines);
    auto at = [&](std::size_t offset) {
        return diag::Pos{lines.line_of(offset), lines.column_of(offset)};
    };
    if (scan.declared_encoding && !is_utf8_name(*scan.declared_encoding)) {
        diags.error(at(scan.encoding_offset),
                    i18n::trf("the file declares encoding \"{1}\"; save it as UTF-8 and write "
                              "encoding=\"UTF-8\"",
                              {*scan.declared_encoding}));
        return nullptr;
    }
    CharacterProblems characters = scan.references;
    find_forbidden_characters(text, characters);
    for (const auto& p : characters.listed)
        diags.error(at(p.offset), p.message);
    if (characters.more > 0) {
        diags.error(at(characters.listed.back().offset),
                    i18n::trf("{1} more characters or references like these follow; correct "
                              "these first",
                              {text::to_text(static_cast<long long>(characters.more))}));
    }
    if (scan.error) diags.error(at(scan.error->offset), scan.error->message);
    if (scan.error || !characters.empty()) return nullptr;
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    const tinyxml2::XMLError e = parse_without_attributes(doc, text, scan);
    if (e == tinyxml2::XML_ERROR_EMPTY_DOCUMENT) return nullptr;
    if (e != tinyxml2::XML_SUCCESS) {
        diags.error({std::max(doc.ErrorLineNum(), 1), 1}, xml_error_words(e));
        return nullptr;
    }
    const tinyxml2::XMLElement* root = doc.FirstChildElement();
    if (root == nullptr) return nullptr;
    Builder builder(text, scan, lines);
    auto tree = builder.element(root);
    if (const tinyxml2::XMLElement* extra = root->NextSiblingElement()) {
        const auto second = builder.element(extra);
        diags.error(second->pos, i18n::trf("a file holds one root element only; <{1}> comes "
                                           "after <{2}> ends",
                                           {second->name, tree->name}));
        return nullptr;
    }
    return tree;
}

} // namespace thidua::xml
