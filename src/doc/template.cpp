// Loading a template (parse, then a checking walk against the model's
// shape) and rendering it with a model.
#include "doc/template.hpp"

#include "doc/template_walk.hpp"
#include "doc/value.hpp"
#include "i18n/messages.hpp"
#include "xml/tree.hpp"

#include <fstream>
#include <sstream>

namespace thidua::doc {

Template::Template() = default;
Template::~Template() = default;
Template::Template(Template&&) noexcept = default;
Template& Template::operator=(Template&&) noexcept = default;

namespace {

// The template's root value: the model, plus the legal bases in force on the
// covenant's date (its own date, else the meeting's, else 1 January of the
// covenant's year).
Value root_value(const ModelView& view, const std::vector<LegalBasis>& bases) {
    const model::ClusterYear& cy = view.cluster_year();
    const Value& model = view.value();
    text::Date day{cy.covenant ? cy.covenant->year : cy.year + 1, 1, 1};
    if (cy.meeting && cy.meeting->date) day = *cy.meeting->date;
    if (cy.covenant && cy.covenant->date) day = *cy.covenant->date;
    const std::vector<model::RichText> defaults = bases_in_force(bases, day);
    ValueList in_force;
    for (const model::RichText& r : defaults)
        in_force.push_back(Value::of_rich(r));
    ValueList cited;
    static const std::vector<model::RichText> none;
    for (model::RichText& r : covenant_bases(defaults, cy.covenant ? cy.covenant->bases : none,
                                             cy.covenant && cy.covenant->bases_replace_defaults))
        cited.push_back(Value::of_rich(std::move(r)));
    ValueObject fields = *model.fields();
    fields["bases_in_force"] = Value::of_list(std::move(in_force), Value::of_rich({}));
    fields["covenant_bases"] = Value::of_list(std::move(cited), Value::of_rich({}));
    return Value::of_object(std::move(fields));
}

// Reads the bases file a template names; only a plain file name in the
// template's own folder is allowed.
std::vector<LegalBasis> read_bases(const xml::Attribute& a, const std::filesystem::path& folder,
                                   const std::filesystem::path& fallback,
                                   diag::Diagnostics& diags) {
    const std::string& name = a.value;
    const bool plain = !name.empty() && name.find('/') == std::string::npos &&
                       name.find('\\') == std::string::npos && name.front() != '.';
    if (!plain || folder.empty()) {
        diags.error(a.value_pos, i18n::tr("bases-file names a file in the template's own "
                                          "folder, e.g. bases-file=\"bases.xml\""));
        return {};
    }
    std::error_code ec;
    const auto path = !fallback.empty() && !std::filesystem::exists(folder / name, ec)
                          ? fallback / name
                          : folder / name;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error(a.value_pos, i18n::trf("cannot open the bases file {1}", {path.string()}));
        return {};
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    diag::Diagnostics own(path.string());
    auto bases = read_legal_bases(bytes.str(), own);
    diags.merge(own);
    return bases;
}

} // namespace

std::unique_ptr<Template> Template::parse(std::string_view text, diag::Diagnostics& diags,
                                          const std::filesystem::path& folder,
                                          const std::filesystem::path& fallback) {
    auto root = xml::parse(text, diags);
    if (diags.has_errors()) return nullptr;
    if (!root) {
        diags.error({0, 0},
                    i18n::tr("the template contains no element; it starts with <template>"));
        return nullptr;
    }
    std::vector<LegalBasis> bases;
    if (const xml::Attribute* a = root->attribute("bases-file"))
        bases = read_bases(*a, folder, fallback, diags);
    // Check against the shape of any model: every key exists, lists carry a
    // prototype item, so a file with no data at all shows every field.
    const model::ClusterYear nothing;
    TemplateWalk check(diags.file(), root_value(ModelView(nothing), bases), &diags);
    check.run(*root);
    if (diags.has_errors()) return nullptr;
    std::unique_ptr<Template> t(new Template());
    t->name_ = diags.file();
    t->root_ = std::move(root);
    t->parts_ = std::make_unique<const TemplateParts>(std::move(check).take_parts());
    t->bases_ = std::move(bases);
    if (const xml::Attribute* a = t->root_->attribute("bases-file")) t->bases_file_ = a->value;
    return t;
}

std::unique_ptr<Template> Template::load(const std::filesystem::path& file,
                                         diag::Diagnostics& diags,
                                         const std::filesystem::path& fallback) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diags.error({0, 0}, i18n::tr("cannot open the template; check that the file exists"));
        return nullptr;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return parse(bytes.str(), diags, file.parent_path(), fallback);
}

Document Template::render(const ModelView& view) const {
    return TemplateWalk(name_, root_value(view, bases_), nullptr, parts_.get()).run(*root_);
}

} // namespace thidua::doc
