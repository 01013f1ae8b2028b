// Page setups derived from the document's: A4 landscape for an appendix or a
// wide table (docs/layout.md says why its margins are these).
#include "doc/blocks.hpp"

namespace thidua::doc {

PageSetup landscape_of(const PageSetup& portrait) {
    PageSetup p = portrait;
    p.width = portrait.height;
    p.height = portrait.width;
    // Turned a quarter, top against the spine: the bound edge (the portrait
    // page's left, 30 mm) is on top; Decree 30's 20 mm elsewhere.
    p.margin_top = portrait.margin_left;
    p.margin_bottom = units::mm(20);
    p.margin_left = units::mm(20);
    p.margin_right = units::mm(20);
    return p;
}

} // namespace thidua::doc
