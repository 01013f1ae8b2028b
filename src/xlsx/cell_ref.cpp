// A1 references.
#include "xlsx/cell_ref.hpp"

#include "text/number.hpp"

namespace thidua::xlsx {

std::string column_letters(int col) {
    std::string out;
    for (int n = col + 1; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

std::string cell_ref(CellPos p, bool absolute) {
    const std::string dollar = absolute ? "$" : "";
    return dollar + column_letters(p.col) + dollar + text::to_text(p.row + 1);
}

std::string range_ref(CellPos first, CellPos last, bool absolute) {
    return cell_ref(first, absolute) + ":" + cell_ref(last, absolute);
}

} // namespace thidua::xlsx
