// The archive's catalogue workbook (ARCHIVE/index.xlsx): four filterable
// tables, each on its sheet, one record a row, every row with its year
// and cluster: the cluster-years (members, heads and deputies of the year
// and of the next), their members, their awards (recipients, status) and
// their documents (SHA-256); then one history sheet per cluster across its
// years (heads and deputies, awards by member, each indicator by member
// with totals and growth). Made as bytes, so the archive writes it only when they change.
#pragma once

#include "doc/sheet_wording.hpp"
#include "model/cluster_year.hpp"
#include "xlsx/workbook_writer.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace thidua::xlsx {

struct ArchivedDocument {
    std::string name;   // the file's name in its cluster-year's folder
    std::string sha256; // lower-case hex
};

struct ArchivedYear {
    model::ClusterYear cy;
    std::vector<ArchivedDocument> documents;
};

// `years` sorted by year, then cluster id. `wording`: templates/index.xml.
// The workbook goes through a hidden temporary file in `tmpdir`, removed
// afterwards. On failure returns nullopt with `error` set.
std::optional<std::string> index_workbook(const std::vector<ArchivedYear>& years,
                                          const doc::Wording& wording, const MeasuringFonts& fonts,
                                          const std::filesystem::path& tmpdir, std::string& error);

} // namespace thidua::xlsx
