// The statistics workbook (thong-ke.xlsx): prepare reads and checks
// templates/workbook.xml and the fonts text is measured with; produce fills
// the wording in for the cluster-year and writes the workbook.
#include "cli/document_kind.hpp"
#include "cli/font_choice.hpp"
#include "doc/workbook_labels.hpp"
#include "xlsx/workbook_writer.hpp"

#include <ostream>

namespace thidua::cli {
namespace {

// The wording is filled in; the sheets are planned and written together.
struct MadeWorkbook : MadeDocument {
    MadeWorkbook(const model::ClusterYear& c, doc::WorkbookText t, const xlsx::MeasuringFonts& f)
        : cy(c), text(std::move(t)), fonts(f) {}
    bool write(const std::filesystem::path& target, std::string& error,
               const std::filesystem::path& temp_folder) override {
        return xlsx::write_workbook(cy, text, fonts, target, error, temp_folder);
    }
    std::size_t pages() const override { return 0; }

    const model::ClusterYear& cy;
    doc::WorkbookText text;
    const xlsx::MeasuringFonts& fonts;
};

class WorkbookKind : public DocumentKind {
public:
    explicit WorkbookKind(layout::Fonts document_fonts)
        : document_fonts_(std::move(document_fonts)) {}

    std::string_view name() const override { return "workbook"; }
    std::string_view output() const override { return "thong-ke.xlsx"; }

    bool prepare(const std::filesystem::path& templates, std::ostream& err) override {
        const auto path = template_file(templates, "workbook.xml");
        diag::Diagnostics diags(path.string());
        labels_ = doc::WorkbookLabels::load(path, diags);
        err << diags.format();
        // The cells are in Times New Roman whatever --fonts says; Liberation
        // Serif has its metrics. The documents' fonts are used when they are
        // Liberation Serif (fonts are read once a process), else it is read.
        std::string error;
        const auto fonts = document_fonts_[0] && document_fonts_[0]->family() == "Liberation Serif"
                               ? std::optional<layout::Fonts>(document_fonts_)
                               : load_fonts({}, error);
        if (!fonts) {
            err << "thidua render: " << error << "\n";
            return false;
        }
        fonts_ = {(*fonts)[0], (*fonts)[1], (*fonts)[2]};
        return labels_ != nullptr;
    }

    std::unique_ptr<MadeDocument> make(const doc::ModelView& view, const layout::InputLocator&,
                                       diag::Diagnostics&, std::string&) override {
        return std::make_unique<MadeWorkbook>(view.cluster_year(), labels_->resolve(view), fonts_);
    }

private:
    layout::Fonts document_fonts_;
    std::unique_ptr<doc::WorkbookLabels> labels_;
    xlsx::MeasuringFonts fonts_;
};

} // namespace

std::unique_ptr<DocumentKind> make_workbook_kind(const layout::Fonts& document_fonts) {
    return std::make_unique<WorkbookKind>(document_fonts);
}

} // namespace thidua::cli
