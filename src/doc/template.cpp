// Loading a template (parse, then a checking walk against the model's
// shape) and rendering it with a model.
#include "doc/template.hpp"

#include "doc/template_walk.hpp"
#include "doc/value.hpp"
#include "xml/tree.hpp"

#include <fstream>
#include <sstream>

namespace thidua::doc {

Template::Template() = default;
Template::~Template() = default;
Template::Template(Template&&) noexcept = default;
Template& Template::operator=(Template&&) noexcept = default;

std::unique_ptr<Template> Template::parse(std::string_view text, diag::Diagnostics& diags) {
    auto root = xml::parse(text, diags);
    if (diags.has_errors()) return nullptr;
    if (!root) {
        diags.error({0, 0}, "the template contains no element; it starts with <template>");
        return nullptr;
    }
    // Check against the shape of any model: every key exists, lists carry a
    // prototype item, so a file with no data at all shows every field.
    const model::ClusterYear nothing;
    TemplateWalk(diags.file(), model_value(nothing), &diags).run(*root);
    if (diags.has_errors()) return nullptr;
    std::unique_ptr<Template> t(new Template());
    t->name_ = diags.file();
    t->root_ = std::move(root);
    return t;
}

std::unique_ptr<Template> Template::load(const std::filesystem::path& file,
                                         diag::Diagnostics& diags) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diags.error({0, 0}, "cannot open the template; check that the file exists");
        return nullptr;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return parse(bytes.str(), diags);
}

Document Template::render(const model::ClusterYear& cy) const {
    return TemplateWalk(name_, model_value(cy), nullptr).run(*root_);
}

} // namespace thidua::doc
