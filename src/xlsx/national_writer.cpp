// Assembling the national workbook's plan and writing it. The creation
// time is 1 January of the year, never the clock.
#include "xlsx/national_writer.hpp"

#include "doc/archive_wording.hpp"
#include "io/pending_file.hpp"
#include "xlsx/emit_workbook.hpp"
#include "xlsx/national_sheets.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheet_names.hpp"
#include "xlsx/sheets.hpp"
#include "xlsx/workbook_plan.hpp"

namespace thidua::xlsx {
namespace {

WorkbookPlan plan_national(const std::vector<model::ClusterYear>& clusters, int year,
                           const doc::WorkbookLabels& labels, const doc::Wording& wording,
                           const TextWidth& measure) {
    const std::vector<NationalIndicator> indicators = national_indicators(clusters);
    std::vector<model::Indicator> defined;
    std::vector<std::optional<int>> covered;
    for (const NationalIndicator& n : indicators) {
        defined.push_back(n.indicator);
        covered.push_back(n.total ? std::optional<int>(n.covered) : std::nullopt);
    }
    const doc::NationalText text =
        doc::national_text(wording, year, defined, covered, static_cast<int>(clusters.size()));
    WorkbookPlan plan;
    plan.properties.title = text.title;
    plan.properties.subject = text.subject;
    plan.properties.author = text.author;
    plan.properties.company = text.author;
    plan.properties.created = midnight_utc(text::Date{year, 1, 1});
    plan.footer = std::string(page::footer_font) + without_picture_code(text.footer);

    SheetNames names({text.summary_sheet, text.notes_sheet});
    std::vector<ClusterSheet> sheets;
    std::vector<SheetPlan> cluster_plans;
    for (const model::ClusterYear& cy : clusters) {
        doc::WorkbookText t = labels.resolve(cy);
        t.signing.reset(); // the clusters' signatures are on their own workbooks
        ClusterSheet s;
        s.cy = &cy;
        s.name = names.add(cy.cluster.id);
        t.statistics.sheet = s.name;
        StatisticsLayout layout;
        if (auto p = statistics_sheet(cy, t, measure, &layout)) {
            s.layout = layout;
            cluster_plans.push_back(std::move(*p));
        } else {
            cluster_plans.push_back(no_data_sheet(t, t.statistics, measure));
        }
        sheets.push_back(std::move(s));
    }
    plan.sheets.push_back(summary_sheet(sheets, indicators, text, measure));
    for (SheetPlan& p : cluster_plans)
        plan.sheets.push_back(std::move(p));
    plan.sheets.push_back(notes_sheet(sheets, indicators, text, measure));
    return plan;
}

} // namespace

bool write_national(const std::vector<model::ClusterYear>& clusters, int year,
                    const doc::WorkbookLabels& labels, const doc::Wording& wording,
                    const MeasuringFonts& fonts, const std::filesystem::path& target,
                    std::string& error) {
    const TextWidth measure(fonts);
    const WorkbookPlan plan = plan_national(clusters, year, labels, wording, measure);
    auto pending = io::PendingFile::create(target, error);
    if (!pending) return false;
    const std::filesystem::path folder = target.parent_path();
    if (!emit_workbook(plan, pending->path(), folder.empty() ? "." : folder, error)) return false;
    return pending->commit(error);
}

} // namespace thidua::xlsx
