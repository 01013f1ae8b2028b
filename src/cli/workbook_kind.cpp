// The statistics workbook (thong-ke.xlsx): prepare reads and checks
// templates/workbook.xml, use_fonts takes the fonts text is measured with,
// make fills the wording in for the cluster-year and makes the workbook.
#include "cli/document_kind.hpp"
#include "cli/font_choice.hpp"
#include "doc/workbook_labels.hpp"
#include "io/pending_file.hpp"
#include "xlsx/workbook_writer.hpp"

#include <ostream>

namespace thidua::cli {
namespace {

// The workbook, made whole in memory when the documents are made (so that
// a failure there, libxlsxwriter missing included, stops the cluster-year
// before any of its documents is written), then written as the PDFs are.
struct MadeWorkbook : MadeDocument {
    explicit MadeWorkbook(std::string b) : xlsx(std::move(b)) {}
    bool write(const std::filesystem::path& target, std::string& error,
               const std::filesystem::path& temp_folder) override {
        return io::write_file_atomically(target, xlsx, error, temp_folder);
    }
    std::size_t pages() const override { return 0; }
    std::string_view bytes() const override { return xlsx; }

    std::string xlsx; // empty for `check`, which writes nothing
};

class WorkbookKind : public DocumentKind {
public:
    std::string_view name() const override { return "workbook"; }
    std::string_view output() const override { return "thong-ke.xlsx"; }

    bool prepare(const std::filesystem::path& templates, std::ostream& err) override {
        const auto path = template_file(templates, "workbook.xml");
        template_path_ = path;
        diag::Diagnostics diags(path.string());
        labels_ = doc::WorkbookLabels::load(path, diags);
        err << diags.format();
        return labels_ != nullptr;
    }

    void load_library() override {
        if (!check_only_) xlsx::load_library_early();
    }
    // libxlsxwriter writes every part's XML through fprintf: ĐBSH 2017's
    // workbook file takes about three times the minutes' PDF.
    int file_weight() const override { return 3; }

    bool use_fonts(const layout::Fonts& document_fonts, std::string& error) override {
        // The cells are in Times New Roman whatever --fonts says; Liberation
        // Serif has its metrics. The documents' fonts are used when they are
        // Liberation Serif (fonts are read once a process), else it is read.
        const auto fonts = document_fonts[0] && document_fonts[0]->family() == "Liberation Serif"
                               ? std::optional<layout::Fonts>(document_fonts)
                               : load_fonts({}, error);
        if (!fonts) return false;
        fonts_ = {(*fonts)[0], (*fonts)[1], (*fonts)[2]};
        return true;
    }

    std::optional<DraftDocument> draft(const doc::ModelView& view,
                                       const layout::InputLocator& locate, diag::Diagnostics& diags,
                                       std::string& error) override {
        auto text = std::make_shared<const doc::WorkbookText>(labels_->resolve(view));
        // Checked before check_only returns: what check accepts, render makes.
        if (auto problem = xlsx::footer_problem(*text, template_path_)) {
            // At the cluster's name in the input when the footer carries it.
            const std::string& name = view.cluster_year().cluster.name;
            const auto at =
                !name.empty() && text->footer.find(name) != std::string::npos && locate.text
                    ? locate.text(name)
                    : std::nullopt;
            if (at)
                diags.error(*at, *problem);
            else
                error = *problem;
            return std::nullopt;
        }
        if (check_only_) return DraftDocument{std::make_unique<MadeWorkbook>(std::string()), {}};
        return DraftDocument{nullptr, [&cy = view.cluster_year(), text, fonts = fonts_,
                                       scratch = scratch_folder()](std::string& error) {
                                 auto bytes =
                                     xlsx::workbook_bytes(cy, *text, fonts, error, scratch);
                                 return bytes
                                            ? std::unique_ptr<MadeDocument>(
                                                  std::make_unique<MadeWorkbook>(std::move(*bytes)))
                                            : nullptr;
                             }};
    }

private:
    std::unique_ptr<doc::WorkbookLabels> labels_;
    std::filesystem::path template_path_; // templates/workbook.xml, for messages
    xlsx::MeasuringFonts fonts_;
};

} // namespace

std::unique_ptr<DocumentKind> make_workbook_kind() {
    return std::make_unique<WorkbookKind>();
}

} // namespace thidua::cli
