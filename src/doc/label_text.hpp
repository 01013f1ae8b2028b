// One piece of workbook template text ("Năm {year}", "{indicator.label}"):
// parsed and checked once against the model's shape, then filled in for
// each cluster-year. Internal to doc/.
#pragma once

#include "diag/diagnostics.hpp"
#include "doc/expression.hpp"
#include "doc/value.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace thidua::doc {

// The values a label may name: the cluster-year's fields, the item its
// heading describes (an indicator, a criterion, ...) under `item_name`, and
// in the footer {page} and {pages}.
struct LabelValues {
    const Value* root = nullptr;
    std::string_view item_name;
    const Value* item = nullptr;
    bool footer = false;
};

// The workbook's root of names: the templates' model values plus
// previous_year (the year before the file's year).
Value workbook_values(const ModelView& view);

class LabelText {
public:
    // Parses `source` (an attribute value starting at `pos`) and checks every
    // placeholder against `shape`; nullopt after reporting an error.
    static std::optional<LabelText> parse(std::string_view source, diag::Pos pos,
                                          const LabelValues& shape, diag::Diagnostics& diags);

    // The text with its placeholders filled in, white space folded, NFC. In
    // the footer '&' is doubled and {page}, {pages} become Excel's &P, &N.
    std::string fill(const LabelValues& values) const;

private:
    TextTemplate template_;
};

} // namespace thidua::doc
