// Elements whose attributes are named by the file itself: <row>, <total>,
// <score> and <pledge> carry one attribute per indicator, criterion or
// commitment id. Internal to the loader.
#pragma once

#include "load/context.hpp"
#include "load/fields.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace thidua::load {

struct ValueColumns {
    ValueColumns(std::string what_, std::string user_, std::vector<std::string> fixed_)
        : what(std::move(what_)), user(std::move(user_)), fixed(std::move(fixed_)) {}

    std::string what;               // "indicator", "criterion", "commitment"
    std::string user;               // the element that carries the values: "row", ...
    std::vector<std::string> fixed; // its attributes that are not values ("member", "year")
    std::vector<std::string> ids;   // in declaration order
    std::vector<NumberRule> rules;  // one per id

    // Adds the id declared by `el` (its 'id' attribute). A reserved or
    // repeated id is reported and cleared, so it matches no attribute.
    void declare(Context& ctx, const Element* el, std::string& id, NumberRule rule);
    // The index of an id in `ids`, or nullopt.
    std::optional<std::size_t> find(const std::string& id) const;
    bool is_fixed(const std::string& name) const;

private:
    SeenKeys seen_;
    std::unordered_map<std::string, std::size_t> index_;
};

// One value per id (nullopt where the attribute is absent or wrong); reports
// unknown attributes with a suggestion.
std::vector<std::optional<double>> read_values(Context& ctx, const Element* el,
                                               const ValueColumns& columns);

} // namespace thidua::load
