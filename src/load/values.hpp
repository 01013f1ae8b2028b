// Elements whose attributes are named by the file itself: <row>, <total>,
// <score> and <pledge> carry one attribute per indicator, criterion or
// commitment id. Internal to the loader.
#pragma once

#include "load/context.hpp"
#include "load/fields.hpp"

#include <optional>
#include <string>
#include <vector>

namespace thidua::load {

struct ValueColumns {
    std::string what;                    // "indicator", "criterion", "commitment"
    std::vector<std::string> ids;        // in declaration order
    std::vector<NumberRule> rules;       // one per id
    std::vector<std::string> fixed;      // attributes that are not values ("member", "year")
};

// One value per id (nullopt where the attribute is absent or wrong); reports
// unknown attributes with a suggestion.
std::vector<std::optional<double>> read_values(Context& ctx, const Element* el,
                                               const ValueColumns& columns);

// Reports an id that would clash with a fixed attribute such as 'member'.
bool check_not_reserved(Context& ctx, const Element* el, const std::string& id,
                        const ValueColumns& columns, std::string_view user);

} // namespace thidua::load
