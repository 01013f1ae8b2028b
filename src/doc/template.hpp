// A document template (templates/minutes.xml, ...): the wording and order
// of a document, read from a file the alliance staff may edit. Loading
// checks every element, attribute, field and formatter against the model's
// shape, so a mistake is reported as TEMPLATE:LINE:COLUMN before anything
// is rendered; rendering then cannot fail.
#pragma once

#include "diag/diagnostics.hpp"
#include "doc/blocks.hpp"
#include "doc/legal_bases.hpp"
#include "doc/value.hpp"
#include "model/cluster_year.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace thidua::xml {
struct Element;
}

namespace thidua::doc {

struct TemplateParts;

class Template {
public:
    // Reads and checks a template file; nullptr when it has errors (they are
    // in `diags`, whose file name is the template's).
    // A data file it names (bases-file) is read from the template's folder,
    // else from `fallback` (the default templates, for a folder holding only
    // the templates someone edited).
    static std::unique_ptr<Template> load(const std::filesystem::path& file,
                                          diag::Diagnostics& diags,
                                          const std::filesystem::path& fallback = {});
    // The same for text in memory; `name` is how messages call it. A data
    // file it names (bases-file) is read from `folder` (else `fallback`), and
    // only from there.
    static std::unique_ptr<Template> parse(std::string_view text, diag::Diagnostics& diags,
                                           const std::filesystem::path& folder = {},
                                           const std::filesystem::path& fallback = {});

    Document render(const ModelView& view) const;
    Document render(const model::ClusterYear& cy) const { return render(ModelView(cy)); }
    // The data file the template reads (bases-file), or "".
    const std::string& bases_file() const { return bases_file_; }

    ~Template();
    Template(Template&&) noexcept;
    Template& operator=(Template&&) noexcept;

private:
    Template();
    std::string name_;
    std::unique_ptr<xml::Element> root_;
    std::unique_ptr<const TemplateParts> parts_; // parsed by the checking walk, read by renders
    std::vector<LegalBasis> bases_;
    std::string bases_file_;
};

} // namespace thidua::doc
