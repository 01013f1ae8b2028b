// fuzz_template: the template parser and its checking walk on arbitrary
// text, then the rendering walk of any template they accept with the sample
// models ("rendering then cannot fail").
#include "doc/template.hpp"
#include "fixtures.hpp"
#include "require.hpp"
#include "targets.hpp"
#include "text/utf8.hpp"

#include <string_view>

namespace thidua::fuzz {

int fuzz_template(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    diag::Diagnostics diags("fuzz-template.xml");
    // The shipped folder, so a bases-file="bases.xml" attribute finds its file.
    const auto parsed = doc::Template::parse(text, diags, templates_folder());
    require((parsed != nullptr) != diags.has_errors(),
            "Template::parse gives a template exactly when it reports no error");
    require(!text::find_invalid_utf8(diags.format()),
            "every diagnostic is valid UTF-8, whatever the input");
    if (parsed)
        for (const model::ClusterYear& cy : sample_models())
            (void)parsed->render(cy);
    return 0;
}

} // namespace thidua::fuzz
