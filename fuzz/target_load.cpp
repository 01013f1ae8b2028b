// fuzz_load: the loader on arbitrary bytes, then the shipped templates on any
// model it accepts.
#include "fixtures.hpp"
#include "load/load.hpp"
#include "require.hpp"
#include "targets.hpp"
#include "text/utf8.hpp"

#include <string_view>

namespace thidua::fuzz {

int fuzz_load(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const load::LoadResult result = load::load_text(bytes, "fuzz.xml");
    require(result.model.has_value() != result.diagnostics.has_errors(),
            "load_text gives a model exactly when it reports no error");
    require(!text::find_invalid_utf8(result.diagnostics.format()),
            "every diagnostic is valid UTF-8, whatever the input");
    if (result.model)
        for (const auto& t : shipped_templates())
            (void)t->render(*result.model);
    return 0;
}

} // namespace thidua::fuzz
