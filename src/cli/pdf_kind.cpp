// A template-made PDF: render the template with the model, check every
// glyph, lay out, build the file in memory (made), then write it.
#include "cli/document_kind.hpp"
#include "doc/template.hpp"
#include "i18n/messages.hpp"
#include "io/pending_file.hpp"
#include "pdf/libharu_library.hpp"
#include "pdf/pdf_writer.hpp"

#include <ostream>

namespace thidua::cli {
namespace {

// The whole file, built in memory (the pages are not kept: a large year's
// layout weighs far more than its PDF).
struct MadePdf : MadeDocument {
    bool write(const std::filesystem::path& target, std::string& error,
               const std::filesystem::path& temp_folder) override {
        if (pdf.empty()) {
            error = i18n::tr("the PDF was only checked, not built");
            return false;
        }
        return io::write_file_atomically(target, pdf, error, temp_folder);
    }
    std::size_t pages() const override { return page_count; }

    std::string_view bytes() const override { return pdf; }
    std::string pdf;
    std::size_t page_count = 0;
};

// A document the template does not make for this file.
struct SkippedPdf : MadeDocument {
    explicit SkippedPdf(std::string w) : why(std::move(w)) {}
    bool write(const std::filesystem::path&, std::string& error,
               const std::filesystem::path&) override {
        error = i18n::trf("not made: {1}", {why});
        return false;
    }
    std::size_t pages() const override { return 0; }
    bool skipped() const override { return true; }
    std::string why_skipped() const override { return why; }
    std::string_view bytes() const override { return {}; }

    std::string why;
};

class PdfKind : public DocumentKind {
public:
    PdfKind(std::string name, std::string template_file, std::string output, bool pdfa)
        : name_(std::move(name)), template_file_(std::move(template_file)),
          output_(std::move(output)), pdfa_(pdfa) {}

    std::string_view name() const override { return name_; }
    std::string_view output() const override { return output_; }

    std::vector<std::filesystem::path>
    inputs(const std::filesystem::path& templates) const override {
        const std::filesystem::path file = template_file(templates, template_file_);
        std::vector<std::filesystem::path> out{file};
        if (!bases_file_.empty()) {
            std::error_code ec;
            const auto own = file.parent_path() / bases_file_;
            out.push_back(std::filesystem::exists(own, ec) ? own
                                                           : default_templates() / bases_file_);
        }
        return out;
    }

    void load_library() override {
        std::string told_when_built; // render_pdf tells it
        if (!check_only_) pdf::load_libharu(told_when_built);
    }

    bool prepare(const std::filesystem::path& templates, std::ostream& err) override {
        const auto path = template_file(templates, template_file_);
        diag::Diagnostics diags(path.string());
        template_ = doc::Template::load(path, diags, default_templates());
        err << diags.format();
        if (template_) bases_file_ = template_->bases_file();
        return template_ != nullptr;
    }

    bool use_fonts(const layout::Fonts& fonts, std::string&) override {
        fonts_ = fonts;
        return true;
    }

    std::optional<DraftDocument> draft(const doc::ModelView& view,
                                       const layout::InputLocator& locate, diag::Diagnostics& diags,
                                       std::string&) override {
        const doc::Document document = template_->render(view);
        if (!document.made)
            return DraftDocument{std::make_unique<SkippedPdf>(document.not_made), {}};
        if (!layout::check_glyphs(document, fonts_, diags, locate.character)) return std::nullopt;
        const int errors_before = diags.error_count();
        auto laid_out = std::make_shared<const layout::Document>(
            layout::lay_out(document, fonts_, diags, locate.text));
        if (diags.error_count() > errors_before) return std::nullopt;
        pdf::Metadata meta;
        meta.title = document.info.title;
        meta.subject = document.info.subject;
        meta.author = document.info.author;
        meta.created = document.info.date;
        meta.pdfa = pdfa_;
        if (check_only_) {
            auto made = std::make_unique<MadePdf>();
            made->page_count = laid_out->pages.size();
            return DraftDocument{std::move(made), {}};
        }
        return DraftDocument{nullptr, [laid_out, meta, fonts = fonts_](std::string& error) {
                                 auto made = std::make_unique<MadePdf>();
                                 made->page_count = laid_out->pages.size();
                                 if (!pdf::render_pdf(*laid_out, fonts, meta, made->pdf, error))
                                     made.reset();
                                 return std::unique_ptr<MadeDocument>(std::move(made));
                             }};
    }

private:
    std::string name_;
    std::string template_file_;
    std::string output_;
    layout::Fonts fonts_;
    bool pdfa_ = false;
    std::unique_ptr<doc::Template> template_;
    std::string bases_file_;
};

} // namespace

std::unique_ptr<DocumentKind> make_pdf_kind(std::string name, std::string template_file,
                                            std::string output, bool pdfa) {
    return std::make_unique<PdfKind>(std::move(name), std::move(template_file), std::move(output),
                                     pdfa);
}

} // namespace thidua::cli
