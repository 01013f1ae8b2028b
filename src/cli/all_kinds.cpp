// The list of document kinds, making every document of a cluster-year
// before any is written, and the default folders they read from (installed
// beside the program, else in the source folder).
#include "cli/document_kind.hpp"
#include "cli/together.hpp"
#include "i18n/messages.hpp"
#include "io/program_folder.hpp"
#include "xml/character_locator.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <sstream>

#ifndef THIDUA_SOURCE_DIR
#define THIDUA_SOURCE_DIR "."
#endif
#ifndef THIDUA_BUILD_LOCALE_DIR
#define THIDUA_BUILD_LOCALE_DIR "locale"
#endif

namespace thidua::cli {

std::vector<std::unique_ptr<DocumentKind>> make_all_kinds(bool pdfa) {
    std::vector<std::unique_ptr<DocumentKind>> kinds;
    kinds.push_back(make_pdf_kind("minutes", "minutes.xml", "bien-ban.pdf", pdfa));
    kinds.push_back(make_pdf_kind("covenant", "covenant.xml", "giao-uoc.pdf", pdfa));
    kinds.push_back(make_workbook_kind());
    return kinds;
}

bool give_fonts(const std::vector<std::unique_ptr<DocumentKind>>& kinds, const layout::Fonts& fonts,
                std::string& error) {
    for (const auto& kind : kinds)
        if (!kind->use_fonts(fonts, error)) return false;
    return true;
}

std::filesystem::path DocumentKind::scratch_folder() const {
    if (!scratch_.empty()) return scratch_;
    std::error_code ec;
    const std::filesystem::path system = std::filesystem::temp_directory_path(ec);
    return !ec && std::filesystem::is_directory(system, ec) ? system : "/tmp";
}

bool prepare_kinds(const std::vector<std::unique_ptr<DocumentKind>>& kinds,
                   const std::filesystem::path& templates, std::ostream& err) {
    std::vector<std::ostringstream> said(kinds.size());
    std::vector<char> ready(kinds.size(), 0);
    run_together(kinds.size(), [&](std::size_t k) {
        ready[k] = kinds[k]->prepare(templates, said[k]) ? 1 : 0;
        if (ready[k]) kinds[k]->load_library();
    });
    for (const auto& s : said)
        err << s.str();
    return std::count(ready.begin(), ready.end(), 0) == 0;
}

std::vector<std::unique_ptr<MadeDocument>>
make_documents(const std::vector<std::unique_ptr<DocumentKind>>& kinds,
               const model::ClusterYear& cy, const std::string& file, std::string_view source,
               std::string& messages, const std::function<void(std::size_t, MadeDocument&)>& then) {
    const doc::ModelView view(cy);
    std::vector<KindDocument> documents;
    documents.reserve(kinds.size());
    for (std::size_t k = 0; k < kinds.size(); ++k)
        documents.emplace_back(file);
    // The documents are made at once: each kind, its diagnostics and its
    // locator (which indexes the input on its first question) its own; the
    // model view and the fonts are only read.
    run_together(kinds.size(), [&](std::size_t k) {
        documents[k].make(*kinds[k], view, source);
        if (documents[k].made && then) then(k, *documents[k].made);
    });
    return gather_documents(documents, file, messages);
}

void KindDocument::make(DocumentKind& kind, const doc::ModelView& view, std::string_view source) {
    draft(kind, view, source);
    finish();
}

void KindDocument::draft(DocumentKind& kind, const doc::ModelView& view, std::string_view source) {
    drafted = kind.draft(view, input_locator(source), diags, error);
}

void KindDocument::finish() {
    if (!drafted) return;
    made = drafted->whole(error);
    drafted.reset();
}

std::unique_ptr<MadeDocument> DocumentKind::make(const doc::ModelView& view,
                                                 const layout::InputLocator& locate,
                                                 diag::Diagnostics& diags, std::string& error) {
    std::optional<DraftDocument> d = draft(view, locate, diags, error);
    return d ? d->whole(error) : nullptr;
}

std::vector<std::unique_ptr<MadeDocument>> gather_documents(std::vector<KindDocument>& documents,
                                                            const std::string& file,
                                                            std::string& messages) {
    std::set<std::string> said; // a character missing in two documents is one line
    bool failed = false;
    std::vector<std::unique_ptr<MadeDocument>> made;
    for (KindDocument& d : documents) {
        add_messages(d.diags, file, said, messages);
        if (!d.error.empty()) messages += file + ": error: " + d.error + "\n";
        failed = failed || d.made == nullptr;
        made.push_back(std::move(d.made));
    }
    if (failed) made.clear();
    return made;
}

void add_messages(const diag::Diagnostics& diags, const std::string& file,
                  std::set<std::string>& said, std::string& messages) {
    for (const diag::Diagnostic& d : diags.sorted()) {
        const std::string line = diag::format_line(file, d) + "\n";
        if (said.insert(line).second) messages += line;
    }
}

layout::InputLocator input_locator(std::string_view source) {
    auto finder = std::make_shared<xml::InputFinder>(source);
    return {[finder](char32_t cp) { return finder->character(cp); },
            [finder](std::string_view text) { return finder->text(text); }};
}

std::filesystem::path template_file(const std::filesystem::path& dir, const std::string& name) {
    std::error_code ec;
    if (std::filesystem::exists(dir / name, ec)) return dir / name;
    return default_templates() / name;
}

std::vector<std::string> document_templates() {
    return {"minutes.xml", "covenant.xml", "bases.xml", "workbook.xml"};
}

std::string template_sources(const std::filesystem::path& dir,
                             const std::vector<std::string>& names) {
    std::error_code ec;
    if (std::filesystem::equivalent(dir, default_templates(), ec)) return "";
    std::string own, others;
    for (const std::string& name : names) {
        std::string& list = std::filesystem::exists(dir / name, ec) ? own : others;
        list += (list.empty() ? "" : ", ") + name;
    }
    if (others.empty()) return "";
    if (own.empty()) {
        return i18n::trf("templates: none from {1}; {2} from the defaults ({3})",
                         {dir.string(), others, default_templates().string()});
    }
    return i18n::trf("templates: {1} from {2}; {3} from the defaults ({4})",
                     {own, dir.string(), others, default_templates().string()});
}

namespace {

// The folder of the program's data: <prefix>/share/thidua beside an
// installed <prefix>/bin/thidua, found from the executable's own path, so
// an installed tree can move; the source folder for a build that is not
// installed.
std::optional<std::filesystem::path> find_installed_data_folder() {
    if (const auto bin = io::program_folder()) {
        std::error_code ec;
        const std::filesystem::path installed = bin->parent_path() / "share/thidua";
        if (std::filesystem::is_directory(installed / "templates", ec)) return installed;
    }
    return std::nullopt;
}

// Looked for once a process: each kind's templates ask.
std::optional<std::filesystem::path> installed_data_folder() {
    static const std::optional<std::filesystem::path> folder = find_installed_data_folder();
    return folder;
}

std::filesystem::path data_folder() {
    return installed_data_folder().value_or(THIDUA_SOURCE_DIR);
}

} // namespace

std::filesystem::path default_templates() {
    return data_folder() / "templates";
}

std::filesystem::path default_fonts() {
    return data_folder() / "fonts";
}

std::filesystem::path message_catalogues() {
    if (const auto installed = installed_data_folder()) return *installed / "locale";
    return THIDUA_BUILD_LOCALE_DIR;
}

} // namespace thidua::cli
