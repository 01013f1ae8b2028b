// The template language's vocabulary as data: which elements may appear in
// which context, and which attributes each takes. Internal to doc/.
#pragma once

#include <string_view>
#include <vector>

namespace thidua::doc {

// Where an element stands decides what may be inside it.
enum class Context {
    document,
    block,
    choose,
    table,
    row,
    signatures,
    signer,
    recipients,
    inline_text
};

struct TemplateElement {
    std::string_view name;
    std::vector<std::string_view> attributes;
};

// The elements allowed in a context (for/if/unless included where they are).
const std::vector<TemplateElement>& elements_in(Context ctx);

// The context an element's own children are read in.
Context inner_context(std::string_view element, Context outer);

std::string_view context_name(Context ctx);

} // namespace thidua::doc
