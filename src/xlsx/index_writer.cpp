// Assembling the catalogue workbook and making its bytes: the four
// catalogue tables (cluster-years, members, awards, documents), then one
// history sheet per cluster (named by its id) in id order. The
// creation time is 1 January of the latest year, never the clock.
#include "xlsx/index_writer.hpp"

#include "doc/archive_wording.hpp"
#include "io/pending_file.hpp"
#include "xlsx/emit_workbook.hpp"
#include "xlsx/index_sheets.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheet_names.hpp"
#include "xlsx/workbook_plan.hpp"

#include <fstream>
#include <map>
#include <sstream>

namespace thidua::xlsx {
namespace {

WorkbookPlan plan_index(const std::vector<ArchivedYear>& years, const doc::Wording& wording,
                        const TextWidth& measure) {
    int first = years.empty() ? 0 : years.front().cy.year;
    int last = first;
    for (const ArchivedYear& y : years) {
        first = std::min(first, y.cy.year);
        last = std::max(last, y.cy.year);
    }
    const doc::IndexText text = doc::index_text(wording, first, last);
    WorkbookPlan plan;
    plan.properties.title = text.title;
    plan.properties.subject = text.subject;
    plan.properties.author = text.author;
    plan.properties.company = text.author;
    plan.properties.created = midnight_utc(text::Date{std::max(last, 1970), 1, 1});
    plan.footer = std::string(page::footer_font) + without_picture_code(text.footer);
    plan.sheets.push_back(catalogue_cluster_years(years, text, measure));
    plan.sheets.push_back(catalogue_members(years, text, measure));
    plan.sheets.push_back(catalogue_awards(years, text, measure));
    plan.sheets.push_back(catalogue_documents(years, text, measure));
    std::map<std::string, std::vector<const ArchivedYear*>> clusters;
    for (const ArchivedYear& y : years)
        clusters[y.cy.cluster.id].push_back(&y);
    SheetNames names(
        {text.cluster_years.sheet, text.members.sheet, text.awards.sheet, text.documents.sheet});
    for (const auto& [id, list] : clusters)
        plan.sheets.push_back(history_sheet(names.add(id), list, text, wording, measure));
    return plan;
}

} // namespace

std::optional<std::string> index_workbook(const std::vector<ArchivedYear>& years,
                                          const doc::Wording& wording, const MeasuringFonts& fonts,
                                          const std::filesystem::path& tmpdir, std::string& error) {
    const TextWidth measure(fonts);
    const WorkbookPlan plan = plan_index(years, wording, measure);
    auto pending = io::PendingFile::create(tmpdir / "index.xlsx", error);
    if (!pending) return std::nullopt;
    if (!emit_workbook(plan, pending->path(), tmpdir, error)) return std::nullopt;
    std::ifstream in(pending->path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
        error = "cannot read back " + pending->path().string();
        return std::nullopt;
    }
    return bytes.str();
}

} // namespace thidua::xlsx
