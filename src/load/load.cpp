// Loading one file: the file-level checks (missing, folder, empty, too
// large, not UTF-8, wrong encoding, not well-formed), then the reader, then
// the derived figures and the warnings that need them.
#include "load/load.hpp"

#include "load/context.hpp"
#include "load/markup_scan.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

#include <fstream>
#include <system_error>

namespace thidua::load {
namespace {

constexpr diag::Pos whole_file{0, 0};

std::string mib(std::uintmax_t bytes) {
    return text::to_text(static_cast<double>(bytes * 10 / (1024 * 1024)) / 10.0) + " MiB";
}

// What tinyxml2 found, in plain words; the scanner catches most mistakes
// with a column first, so this is the fallback.
std::string xml_error_words(tinyxml2::XMLError e) {
    switch (e) {
    case tinyxml2::XML_ERROR_EMPTY_DOCUMENT:
        return "the file contains no XML element; start from samples/blank.xml";
    case tinyxml2::XML_ERROR_PARSING_TEXT:
        return "this text is not valid XML; write '&' as &amp; and '<' as &lt;";
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE:
        return "an attribute is not valid XML; write name=\"value\"";
    case tinyxml2::XML_ERROR_PARSING_COMMENT:
        return "a comment is not closed with -->";
    case tinyxml2::XML_ERROR_PARSING_CDATA:
        return "a CDATA section is not closed with ]]>";
    case tinyxml2::XML_ERROR_PARSING_DECLARATION:
        return "the <?xml ...?> declaration is not valid; write <?xml version=\"1.0\" "
               "encoding=\"UTF-8\"?>";
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT:
        return "a closing tag does not match its element";
    case tinyxml2::XML_ERROR_PARSING_UNKNOWN:
        return "a <! ...> construct is not valid XML";
    default:
        return "the file is not well-formed XML";
    }
}

void warn_about_totals(Context& ctx, const Element* root, const model::ClusterYear& cy) {
    if (!cy.statistics) return;
    const Element* st = first_child(root, "statistics");
    const Element* total = st ? first_child(st, "total") : nullptr;
    if (total == nullptr) return;
    for (std::size_t i = 0; i < cy.statistics->indicators.size(); ++i) {
        const model::Indicator& ind = cy.statistics->indicators[i];
        const model::IndicatorFigures& f = cy.statistics->figures[i];
        if (!f.difference || *f.difference == 0) continue;
        const char* what = ind.aggregate == model::Aggregate::mean ? "mean" : "sum";
        ctx.warning(ctx.value_pos(total, ind.id),
                    "reported total " + text::to_text(*f.reported_total) + " for '" + ind.id +
                        "' differs from the " + what + " of the rows, " + text::to_text(*f.total) +
                        " (difference " + text::to_text(*f.difference) + ")");
    }
}

std::string_view strip_bom(std::string_view s) {
    if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    return s;
}

bool is_utf8_name(std::string enc) {
    for (char& c : enc)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return enc == "utf-8" || enc == "utf8";
}

} // namespace

LoadResult load_text(std::string_view bytes, std::string display_name) {
    LoadResult result{std::nullopt, diag::Diagnostics(std::move(display_name))};
    diag::Diagnostics& diags = result.diagnostics;
    const std::string_view text = strip_bom(bytes);
    bool blank = true;
    for (char c : text)
        blank = blank && text::is_xml_space(c);
    if (blank) {
        diags.error(whole_file, "the file is empty; start from samples/blank.xml");
        return result;
    }
    if (const auto bad = text::find_invalid_utf8(text)) {
        diags.error({bad->line, bad->column},
                    "the file is not valid UTF-8: " + bad->reason + " (byte offset " +
                        text::to_text(
                            static_cast<long long>(bad->byte_offset + bytes.size() - text.size())) +
                        "); save the file as UTF-8");
        return result;
    }
    const MarkupScan scan = scan_markup(text);
    const LineIndex lines(text);
    if (scan.declared_encoding && !is_utf8_name(*scan.declared_encoding)) {
        diags.error({lines.line_of(scan.encoding_offset), lines.column_of(scan.encoding_offset)},
                    "the file declares encoding \"" + *scan.declared_encoding +
                        "\"; save it as UTF-8 and write encoding=\"UTF-8\"");
        return result;
    }
    if (scan.error) {
        diags.error({lines.line_of(scan.error->offset), lines.column_of(scan.error->offset)},
                    scan.error->message);
        return result;
    }
    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    if (doc.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS) {
        diags.error({std::max(doc.ErrorLineNum(), 1), 1}, xml_error_words(doc.ErrorID()));
        return result;
    }
    Context ctx(text, scan, doc, diags);
    const Element* root = doc.FirstChildElement();
    if (root == nullptr) {
        diags.error(whole_file, xml_error_words(tinyxml2::XML_ERROR_EMPTY_DOCUMENT));
        return result;
    }
    if (root->NextSiblingElement() != nullptr) {
        ctx.error(ctx.pos(root->NextSiblingElement()),
                  "a file holds one <cluster-year> only; this element comes after it ends");
        return result;
    }
    if (std::string_view(root->Name()) != "cluster-year") {
        ctx.error(ctx.pos(root), "the root element is <" + std::string(root->Name()) +
                                     ">; a cluster-year file starts with <cluster-year "
                                     "format=\"1\" year=\"...\">");
        return result;
    }
    model::ClusterYear cy = read_cluster_year(ctx, root);
    if (diags.has_errors()) return result;
    model::derive(cy);
    warn_about_totals(ctx, root, cy);
    result.model = std::move(cy);
    return result;
}

LoadResult load_file(const std::filesystem::path& path, std::string display_name) {
    if (display_name.empty()) display_name = path.string();
    LoadResult result{std::nullopt, diag::Diagnostics(display_name)};
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) {
        result.diagnostics.error(whole_file, "no such file; check the name and the folder");
        return result;
    }
    if (std::filesystem::is_directory(status)) {
        result.diagnostics.error(
            whole_file, "this is a folder, not a file; give the path of an .xml file in it");
        return result;
    }
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) {
        result.diagnostics.error(whole_file, "cannot read the file: " + ec.message());
        return result;
    }
    if (size > max_file_bytes) {
        result.diagnostics.error(whole_file, "the file is " + mib(size) + "; the limit is " +
                                                 mib(max_file_bytes) +
                                                 " for one cluster-year, so it was not read");
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) {
        result.diagnostics.error(whole_file, "cannot read the file; check that you may open it");
        return result;
    }
    return load_text(bytes, std::move(display_name));
}

} // namespace thidua::load
