// The documents `thidua render` makes, each behind one small interface:
// prepared once (templates or labels read and checked before any input is
// touched), then produced for each cluster-year.
#pragma once

#include "diag/diagnostics.hpp"
#include "doc/value.hpp"
#include "layout/layout.hpp"
#include "model/cluster_year.hpp"

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::cli {

// One document of one cluster-year, made in memory and checked: writing
// it can then only fail for reasons outside the input (a full disk).
class MadeDocument {
public:
    virtual ~MadeDocument() = default;
    // Writes `target` through a temporary file (in `temp_folder` when given,
    // else beside it); false with `error` set on failure (nothing is then
    // left at target).
    virtual bool write(const std::filesystem::path& target, std::string& error,
                       const std::filesystem::path& temp_folder = {}) = 0;
    // The number of pages (0 for a workbook).
    virtual std::size_t pages() const = 0;
    // The bytes write() writes; empty when there are none (made for check
    // only, or not made).
    virtual std::string_view bytes() const = 0;
    // Not made for this file, as its template asks (made-if): nothing is
    // written, and an earlier file of that name is out of date.
    virtual bool skipped() const { return false; }
    // Why (the template's not-made sentence).
    virtual std::string why_skipped() const { return {}; }
};

// A document made halfway (DocumentKind::draft): either already whole
// (not made for this file, or made for checking only) or waiting for its
// file to be built.
struct DraftDocument {
    std::unique_ptr<MadeDocument> made; // whole already
    // Builds the file (nullptr with `error` set on failure); set when `made`
    // is not.
    std::function<std::unique_ptr<MadeDocument>(std::string& error)> finish;
    // The whole document: `made`, else what finish builds.
    std::unique_ptr<MadeDocument> whole(std::string& error) {
        return made ? std::move(made) : finish(error);
    }
};

class DocumentKind {
public:
    virtual ~DocumentKind() = default;
    // The name --only takes: "minutes", "covenant", "workbook".
    virtual std::string_view name() const = 0;
    // The file written in DIR/<cluster-id>/<year>/: "bien-ban.pdf", ...
    virtual std::string_view output() const = 0;
    // Reads and checks what the kind needs from the templates folder;
    // prints problems to `err` and returns false when there are errors.
    virtual bool prepare(const std::filesystem::path& templates, std::ostream& err) = 0;
    // Takes the fonts the documents are set in (read meanwhile: prepare
    // needs none); false with `error` set when the kind cannot use them.
    virtual bool use_fonts(const layout::Fonts& fonts, std::string& error) = 0;
    // Makes the document of one cluster-year and runs every check writing
    // it would (glyphs, layout inside the margins, limits), writing nothing.
    // Problems with the input go to `diags`, others to `error`; nullptr on
    // failure. `check` calls only this; `render` and `archive` make every
    // document of a file before writing any.
    // `locate` finds characters and words in the input file, for messages.
    // `view` is the cluster-year as templates see it, made once for all kinds.
    // It is draft() then the draft's finish.
    std::unique_ptr<MadeDocument> make(const doc::ModelView& view,
                                       const layout::InputLocator& locate, diag::Diagnostics& diags,
                                       std::string& error);
    // The first half of make(): every check, and everything that can report
    // a problem with the input (nullopt then); what is left, building the
    // file, is the draft's finish, which may run on another thread but
    // before `view` goes.
    virtual std::optional<DraftDocument> draft(const doc::ModelView& view,
                                               const layout::InputLocator& locate,
                                               diag::Diagnostics& diags, std::string& error) = 0;
    // Loads the library building the file needs (libharu, libxlsxwriter)
    // now rather than when the first file is built: render does it on one
    // thread while the other reads. Nothing for check, which builds no
    // file; a library that fails to load is told when a file needs it.
    virtual void load_library() {}
    // How long building the file takes against the other kinds' (1 for a
    // PDF): render starts the longest first, so that the two threads end
    // together (render_reading.cpp).
    virtual int file_weight() const { return 1; }
    // From now on make() runs the checks only: what it returns cannot be
    // written (for `check`, which needs no file built).
    void check_only() { check_only_ = true; }

    // Where make() may put a library's temporary files (libxlsxwriter's,
    // deleted as soon as made): the archive's own hidden folder; by default
    // the system's temporary folder.
    void use_scratch_folder(std::filesystem::path folder) { scratch_ = std::move(folder); }

    // The files of the templates folder the document depends on (the archive
    // re-renders a document only when one of them, its source or the fonts
    // change). By default: <name>.xml.
    virtual std::vector<std::filesystem::path>
    inputs(const std::filesystem::path& templates) const {
        return {templates / (std::string(name()) + ".xml")};
    }

protected:
    // The folder use_scratch_folder gave, else the system's (TMPDIR, or /tmp).
    std::filesystem::path scratch_folder() const;

    bool check_only_ = false;
    std::filesystem::path scratch_;
};

// A PDF made from a template of the language in templates/README.md.
// With `pdfa`, the PDF is written as PDF/A-1b.
std::unique_ptr<DocumentKind> make_pdf_kind(std::string name, std::string template_file,
                                            std::string output, bool pdfa = false);

// The statistics workbook (thong-ke.xlsx). The fonts use_fonts gives (the
// PDFs') measure its cells when they are Liberation Serif; else the
// workbook reads Liberation Serif itself.
std::unique_ptr<DocumentKind> make_workbook_kind();

// Prepares every kind at once (each reads its own templates); their
// messages go to `err` in the kinds' order. False when any has errors.
bool prepare_kinds(const std::vector<std::unique_ptr<DocumentKind>>& kinds,
                   const std::filesystem::path& templates, std::ostream& err);

// Every document of one cluster-year, made and checked, or none: a failure
// of any is added to `messages` (diagnostics named by `file`, each line
// once) and gives an empty list. `source` is the file's text, where
// characters are located for messages. `then(k, document)`, when given, is
// called on the thread that made kinds[k]'s document as soon as it is made
// (render writes it into its temporary file while the others are made).
std::vector<std::unique_ptr<MadeDocument>>
make_documents(const std::vector<std::unique_ptr<DocumentKind>>& kinds,
               const model::ClusterYear& cy, const std::string& file, std::string_view source,
               std::string& messages,
               const std::function<void(std::size_t, MadeDocument&)>& then = {});

// One kind's document of one cluster-year, as its make() left it.
struct KindDocument {
    explicit KindDocument(const std::string& file) : diags(file) {}
    // Makes it (`source`: the input file's text, for the locator): draft
    // then finish, which render may run on different threads.
    void make(DocumentKind& kind, const doc::ModelView& view, std::string_view source);
    void draft(DocumentKind& kind, const doc::ModelView& view, std::string_view source);
    void finish();
    std::optional<DraftDocument> drafted; // between draft and finish
    std::unique_ptr<MadeDocument> made;   // nullptr: not made
    diag::Diagnostics diags;              // problems with the input
    std::string error;                    // others
};

// What make_documents returns, from documents already made: their messages
// added to `messages` in the kinds' order (each line once), and the
// documents, or none when any failed.
std::vector<std::unique_ptr<MadeDocument>> gather_documents(std::vector<KindDocument>& documents,
                                                            const std::string& file,
                                                            std::string& messages);

// Adds each of `diags` to `messages` as a line naming `file`, once: a line
// already in `said` (the same missing character in two documents) is not
// repeated.
void add_messages(const diag::Diagnostics& diags, const std::string& file,
                  std::set<std::string>& said, std::string& messages);

// Finds characters and words in `source` (the input file's text, which must
// outlive the locator) for messages.
layout::InputLocator input_locator(std::string_view source);

// Every kind of document, in the order they are written; they need
// prepare and use_fonts before they make anything.
std::vector<std::unique_ptr<DocumentKind>> make_all_kinds(bool pdfa);

// Gives `fonts` to every kind (use_fonts); false with `error` set (the
// first kind's problem) when one cannot use them.
bool give_fonts(const std::vector<std::unique_ptr<DocumentKind>>& kinds, const layout::Fonts& fonts,
                std::string& error);

// The template file `name` of the folder `dir`, or the default one when
// `dir` does not hold it: a templates folder may hold only the files
// someone edited.
std::filesystem::path template_file(const std::filesystem::path& dir, const std::string& name);

// The template files the documents are made from: minutes.xml, covenant.xml,
// bases.xml, workbook.xml.
std::vector<std::string> document_templates();

// "templates: minutes.xml from DIR, the others from the defaults" when
// `dir` (not the default folder) lacks some of `names`; "" otherwise.
std::string template_sources(const std::filesystem::path& dir,
                             const std::vector<std::string>& names);

// Where the templates and the fonts are unless --templates / --fonts say.
std::filesystem::path default_templates();
std::filesystem::path default_fonts();
// The compiled message catalogues (<lang>/LC_MESSAGES/thidua.mo): installed
// beside the templates, else in the build folder.
std::filesystem::path message_catalogues();

} // namespace thidua::cli
