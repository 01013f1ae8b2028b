// The legal bases (căn cứ) a covenant cites when its file gives none: a data
// file in templates/ lists every basis with the dates it is in force, so a
// new decree is a new line there, not a change to the program.
#pragma once

#include "diag/diagnostics.hpp"
#include "model/cluster_year.hpp"
#include "text/calendar.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace thidua::doc {

struct LegalBasis {
    std::optional<text::Date> from;  // in force from this day (none: always before)
    std::optional<text::Date> until; // ... to this day included (none: still in force)
    model::RichText text;
};

// Reads <bases><basis from="YYYY-MM-DD" until="YYYY-MM-DD">text</basis>...;
// problems go to `diags` with their positions.
std::vector<LegalBasis> read_legal_bases(std::string_view xml_text, diag::Diagnostics& diags);

// The bases in force on `day`, in the file's order.
std::vector<model::RichText> bases_in_force(const std::vector<LegalBasis>& all, text::Date day);

} // namespace thidua::doc
