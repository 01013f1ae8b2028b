// The statistics workbook (thong-ke.xlsx). Placeholder until the workbook
// writer lands: it prepares nothing and produces nothing.
#include "cli/document_kind.hpp"

namespace thidua::cli {

std::unique_ptr<DocumentKind> make_workbook_kind() {
    return nullptr;
}

} // namespace thidua::cli
