// The checked workbook template as kept between loading and filling in:
// each element's attributes, as template texts or plain values. Internal
// to doc/.
#pragma once

#include "doc/label_text.hpp"
#include "doc/workbook_labels.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace thidua::doc {

struct ParsedElement {
    diag::Pos pos;
    std::map<std::string, LabelText, std::less<>> texts;   // template text attributes
    std::map<std::string, std::string, std::less<>> plain; // sheet names, id lists
};

struct ParsedSheet {
    WorkbookSheet kind = WorkbookSheet::statistics;
    ParsedElement labels;
    std::optional<ParsedElement> chart; // <chart> in <statistics>
};

struct WorkbookLabels::Parsed {
    ParsedElement root;
    std::vector<ParsedSheet> sheets; // in template order
    std::optional<ParsedElement> signing;
};

} // namespace thidua::doc
