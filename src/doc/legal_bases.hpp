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

// What a basis cites, to tell two citations of one document apart from two
// documents: its number ("91/2017/NĐ-CP", "429/QĐ-LMHTXVN"), or for a law,
// which is cited without one, its name ("luật thi đua, khen thưởng"), or
// else its whole text; lower case.
std::string cited_document(const model::RichText& basis);

// The covenant's bases: the defaults in force, each replaced in its place by
// a basis of the file citing the same document, then the file's others in
// their order; with `replace_defaults`, the file's bases alone.
std::vector<model::RichText> covenant_bases(std::vector<model::RichText> defaults,
                                            const std::vector<model::RichText>& from_file,
                                            bool replace_defaults);

} // namespace thidua::doc
