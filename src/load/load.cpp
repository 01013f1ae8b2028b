// Loading one file: the file-level checks (missing, folder, empty, too
// large, not UTF-8, wrong encoding, not well-formed), then the reader, then
// the derived figures and the warnings that need them.
#include "load/load.hpp"

#include "i18n/messages.hpp"
#include "load/context.hpp"
#include "load/figure_warnings.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"
#include "xml/tree.hpp"

#include <fstream>
#include <system_error>

namespace thidua::load {
namespace {

constexpr diag::Pos whole_file{0, 0};

std::string mib(std::uintmax_t bytes) {
    return text::to_text(static_cast<double>(bytes * 10 / (1024 * 1024)) / 10.0) + " MiB";
}

} // namespace

LoadResult load_text(std::string_view bytes, std::string display_name) {
    LoadResult result{std::nullopt, diag::Diagnostics(std::move(display_name))};
    diag::Diagnostics& diags = result.diagnostics;
    std::string_view body = bytes;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    bool blank = true;
    for (char c : body)
        blank = blank && text::is_xml_space(c);
    if (blank) {
        diags.error(whole_file, i18n::tr("the file is empty; start from samples/blank.xml"));
        return result;
    }
    const auto tree = xml::parse(bytes, diags);
    if (diags.has_errors()) return result;
    if (!tree) {
        diags.error(whole_file,
                    i18n::tr("the file contains no XML element; start from samples/blank.xml"));
        return result;
    }
    const Element* root = tree.get();
    Context ctx(diags);
    if (root->name != "cluster-year") {
        ctx.error(ctx.pos(root), i18n::trf("the root element is <{1}>; a cluster-year file starts "
                                           "with <cluster-year format=\"1\" year=\"...\">",
                                           {root->name}));
        return result;
    }
    model::ClusterYear cy = read_cluster_year(ctx, root);
    ctx.report_unknown_members();
    if (diags.has_errors()) return result;
    model::derive(cy);
    warn_about_figures(ctx, root, cy);
    result.model = std::move(cy);
    return result;
}

LoadResult load_file(const std::filesystem::path& path, std::string display_name,
                     std::string* bytes_read) {
    if (display_name.empty()) display_name = path.string();
    LoadResult result{std::nullopt, diag::Diagnostics(display_name)};
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) {
        result.diagnostics.error(whole_file,
                                 i18n::tr("no such file; check the name and the folder"));
        return result;
    }
    if (std::filesystem::is_directory(status)) {
        result.diagnostics.error(
            whole_file,
            i18n::tr("this is a folder, not a file; give the path of an .xml file in it"));
        return result;
    }
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) {
        result.diagnostics.error(whole_file,
                                 i18n::trf("cannot read the file: {1}", {ec.message()}));
        return result;
    }
    if (size > max_file_bytes) {
        result.diagnostics.error(
            whole_file, i18n::trf("the file is {1}; the limit is {2} for one cluster-year, so it "
                                  "was not read",
                                  {mib(size), mib(max_file_bytes)}));
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) {
        result.diagnostics.error(whole_file,
                                 i18n::tr("cannot read the file; check that you may open it"));
        return result;
    }
    LoadResult loaded = load_text(bytes, std::move(display_name));
    if (bytes_read != nullptr) *bytes_read = std::move(bytes);
    return loaded;
}

} // namespace thidua::load
