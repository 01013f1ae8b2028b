// Sheet names made from data (a cluster's id) and formulas that refer to
// other sheets. Excel's rules: 1 to 31 characters (UTF-16 units), none of
// []:*?/\, no apostrophe at either end, not "History", unique whatever the
// case. Internal to src/xlsx.
#pragma once

#include "xlsx/sheet_plan.hpp"

#include <string>
#include <vector>

namespace thidua::xlsx {

class SheetNames {
public:
    // `taken`: the names the template gave, already valid.
    explicit SheetNames(const std::vector<std::string>& taken);
    // A valid name close to `wanted`, unique among those given so far.
    std::string add(const std::string& wanted);

private:
    std::vector<std::string> folded_;
};

// 'Sheet name'!C7 (apostrophes doubled; always quoted).
std::string sheet_ref(const std::string& sheet, CellPos p);
// 'Sheet name'!C7:C12
std::string sheet_range(const std::string& sheet, CellPos first, CellPos last);

} // namespace thidua::xlsx
