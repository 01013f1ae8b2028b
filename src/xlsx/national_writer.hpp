// The national workbook (thidua national): a summary sheet with one row
// per cluster and each indicator's totals as formulas referring to the
// clusters' sheets (the national total by the rules of
// national_figures.hpp, with the clusters it covers), one statistics sheet
// per cluster (as in the cluster's own workbook, named by the cluster's
// id), and a notes sheet listing the indicators some clusters lack. Every
// formula is stored with the engine's figure. Writes through a temporary
// file renamed into place.
#pragma once

#include "doc/sheet_wording.hpp"
#include "doc/workbook_labels.hpp"
#include "model/cluster_year.hpp"
#include "xlsx/workbook_writer.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace thidua::xlsx {

// `clusters`: the cluster-years of `year`, in the order of the sheets.
// `labels`: templates/workbook.xml (the clusters' sheets); `wording`:
// templates/national.xml. On failure returns false with `error` set;
// nothing is then left at `target`.
bool write_national(const std::vector<model::ClusterYear>& clusters, int year,
                    const doc::WorkbookLabels& labels, const doc::Wording& wording,
                    const MeasuringFonts& fonts, const std::filesystem::path& target,
                    std::string& error);

} // namespace thidua::xlsx
