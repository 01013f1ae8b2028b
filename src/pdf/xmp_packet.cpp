// The XMP packet of a PDF/A-1b file (see xmp_packet.hpp).
#include "pdf/xmp_packet.hpp"

#include "i18n/messages.hpp"
#include "pdf/code_point.hpp"
#include "text/utf8.hpp"

namespace thidua::pdf {

namespace {

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// Characters XML 1.0 allows: tab, LF, CR, U+0020 and up, but not U+FFFE/U+FFFF
// (surrogates are not valid UTF-8 to begin with).
bool xml_allows(char32_t cp) {
    return cp == 0x09 || cp == 0x0A || cp == 0x0D || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF);
}

bool check_value(const char* what, const std::string& value, std::string& error) {
    if (const auto bad = text::find_invalid_utf8(value)) {
        error = i18n::trf("the document {1} is not valid UTF-8: {2}", {i18n::tr(what), bad->reason});
        return false;
    }
    for (std::size_t i = 0; i < value.size();) {
        const char32_t cp = text::next_code_point(value, i);
        if (!xml_allows(cp)) {
            error = i18n::trf("the document {1} contains {2}, which PDF/A metadata (XML) cannot "
                              "hold",
                              {i18n::tr(what), u_plus(cp)});
            return false;
        }
    }
    return true;
}

// One rdf:Description per schema, each property on its own line.
class Packet {
public:
    void open(const char* prefix, const char* uri) {
        text_ += std::string("  <rdf:Description rdf:about=\"\" xmlns:") + prefix + "=\"" + uri +
                 "\">\n";
    }
    void close() { text_ += "  </rdf:Description>\n"; }
    void simple(const char* name, const std::string& value) {
        text_ += std::string("   <") + name + ">" + xml_escape(value) + "</" + name + ">\n";
    }
    // rdf:Alt with one x-default entry, or rdf:Seq with one entry.
    void alt(const char* name, const std::string& value) {
        list(name, "Alt", " xml:lang=\"x-default\"", value);
    }
    void seq(const char* name, const std::string& value) { list(name, "Seq", "", value); }
    std::string& text() { return text_; }

private:
    void list(const char* name, const char* kind, const char* lang, const std::string& value) {
        text_ += std::string("   <") + name + "><rdf:" + kind + "><rdf:li" + lang + ">" +
                 xml_escape(value) + "</rdf:li></rdf:" + kind + "></" + name + ">\n";
    }
    std::string text_;
};

} // namespace

std::optional<std::string> xmp_date(std::string_view d) {
    if (d.size() < 16 || d.substr(0, 2) != "D:" || !all_digits(d.substr(2, 14)))
        return std::nullopt;
    const std::string_view n = d.substr(2, 14);
    std::string out = std::string(n.substr(0, 4)) + "-" + std::string(n.substr(4, 2)) + "-" +
                      std::string(n.substr(6, 2)) + "T" + std::string(n.substr(8, 2)) + ":" +
                      std::string(n.substr(10, 2)) + ":" + std::string(n.substr(12, 2));
    const std::string_view zone = d.substr(16);
    if (zone.empty()) return out;
    if (zone == "Z" || zone == "Z00'00'" || zone == "Z00'00") return out + "Z";
    // +HH'mm' (the closing quote is optional in PDF dates)
    if ((zone[0] == '+' || zone[0] == '-') && (zone.size() == 7 || zone.size() == 6) &&
        all_digits(zone.substr(1, 2)) && zone[3] == '\'' && all_digits(zone.substr(4, 2)) &&
        (zone.size() == 6 || zone[6] == '\''))
        return out + zone[0] + std::string(zone.substr(1, 2)) + ":" +
               std::string(zone.substr(4, 2));
    return std::nullopt;
}

std::optional<std::string> xmp_packet(const XmpFields& f, std::string& error) {
    const std::pair<const char*, const std::optional<std::string>*> texts[] = {
        {N_("title"), &f.title},
        {N_("author"), &f.author},
        {N_("subject"), &f.subject},
        {N_("keywords"), &f.keywords},
        {N_("creator"), &f.creator},
        {N_("producer"), &f.producer},
        {N_("creation date"), &f.created},
        {N_("modification date"), &f.modified}};
    for (const auto& [what, value] : texts)
        if (*value && !check_value(what, **value, error)) return std::nullopt;

    std::optional<std::string> created, modified;
    if (f.created && !(created = xmp_date(*f.created))) {
        error = i18n::trf("the document's creation date {1} is not a PDF date", {*f.created});
        return std::nullopt;
    }
    if (f.modified && !(modified = xmp_date(*f.modified))) {
        error = i18n::trf("the document's modification date {1} is not a PDF date", {*f.modified});
        return std::nullopt;
    }

    Packet p;
    // The header's begin attribute holds U+FEFF: the packet is UTF-8.
    p.text() = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    if (f.title || f.author || f.subject) {
        p.open("dc", "http://purl.org/dc/elements/1.1/");
        if (f.title) p.alt("dc:title", *f.title);
        if (f.author) p.seq("dc:creator", *f.author);
        if (f.subject) p.alt("dc:description", *f.subject);
        p.close();
    }
    if (f.creator || created || modified) {
        p.open("xmp", "http://ns.adobe.com/xap/1.0/");
        if (f.creator) p.simple("xmp:CreatorTool", *f.creator);
        if (created) p.simple("xmp:CreateDate", *created);
        if (modified) p.simple("xmp:ModifyDate", *modified);
        p.close();
    }
    if (f.producer || f.keywords) {
        p.open("pdf", "http://ns.adobe.com/pdf/1.3/");
        if (f.producer) p.simple("pdf:Producer", *f.producer);
        if (f.keywords) p.simple("pdf:Keywords", *f.keywords);
        p.close();
    }
    p.open("pdfaid", "http://www.aiim.org/pdfa/ns/id/");
    p.simple("pdfaid:part", "1");
    p.simple("pdfaid:conformance", "B");
    p.close();
    p.text() += " </rdf:RDF>\n"
                "</x:xmpmeta>\n"
                "<?xpacket end=\"w\"?>";
    return std::move(p.text());
}

} // namespace thidua::pdf
