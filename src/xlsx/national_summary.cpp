// The national summary sheet. Columns: STT, cluster, members, then one per
// indicator. A cluster's cell refers to the totals row of its own sheet
// ('dbsh-dhbb'!C19); the national row sums those (an indicator summed) or
// averages every member's value across the clusters' sheets (one
// averaged). Each formula is stored with the engine's figure.
#include "text/number.hpp"
#include "xlsx/cell_ref.hpp"
#include "xlsx/formulas.hpp"
#include "xlsx/national_sheets.hpp"
#include "xlsx/sheet_names.hpp"
#include "xlsx/sheets.hpp"

namespace thidua::xlsx {
namespace {

constexpr int first_indicator = 3;

// Percent indicators are fractions in the sheets (62.5 -> 0.625).
std::optional<double> scaled(const std::optional<double>& v, model::IndicatorType t) {
    if (!v || t != model::IndicatorType::percent) return v;
    return *v / 100;
}

int digits_of(model::IndicatorType t) {
    return t == model::IndicatorType::percent ? 8 : 6;
}

// IF(COUNT(r1,r2)=0,"",ROUND(AVERAGE(r1,r2),d)) over the member rows of
// every cluster sheet that has the indicator.
std::string national_mean(const std::vector<ClusterSheet>& clusters, const NationalIndicator& n) {
    std::string ranges;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        if (!n.index[c] || !clusters[c].layout) continue;
        const StatisticsLayout& l = *clusters[c].layout;
        const int col = l.column[*n.index[c]];
        ranges += (ranges.empty() ? "" : ",") +
                  sheet_range(clusters[c].name, {l.first_data, col}, {l.last_data, col});
    }
    if (ranges.empty()) return "";
    return "IF(COUNT(" + ranges + ")=0,\"\",ROUND(AVERAGE(" + ranges + ")," +
           text::to_text(digits_of(n.indicator.type)) + "))";
}

} // namespace

SheetPlan summary_sheet(const std::vector<ClusterSheet>& clusters,
                        const std::vector<NationalIndicator>& indicators,
                        const doc::NationalText& text, const TextWidth& measure) {
    const int columns = first_indicator + static_cast<int>(indicators.size());
    SheetBuilder b(text.summary_sheet, measure, columns);
    b.limit(1, 260);
    const int h = b.title_block(text.parent, text.issuer, text.summary_title);
    b.heading(h, 0, text.number);
    b.heading(h, 1, text.cluster);
    b.heading(h, 2, text.members);
    for (std::size_t i = 0; i < indicators.size(); ++i)
        b.heading(h, first_indicator + static_cast<int>(i), text.indicators[i]);
    const int first = h + 1;
    const int last = first + static_cast<int>(clusters.size()) - 1;
    double members = 0;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        const model::ClusterYear& cy = *clusters[c].cy;
        const int r = first + static_cast<int>(c);
        b.number(r, 0, static_cast<double>(c + 1), styles::centred());
        b.text(r, 1, cy.cluster.name, styles::text());
        b.number(r, 2, static_cast<double>(cy.members.size()), styles::number(NumberFormat::count));
        members += static_cast<double>(cy.members.size());
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            const NationalIndicator& n = indicators[i];
            const int col = first_indicator + static_cast<int>(i);
            const CellStyle style = styles::number(indicator_format(n.indicator.type));
            const auto k = n.index[c];
            if (!k || !clusters[c].layout || n.indicator.aggregate == model::Aggregate::none ||
                cy.statistics->indicators[*k].aggregate == model::Aggregate::none) {
                b.blank(r, col, style);
                continue;
            }
            const StatisticsLayout& l = *clusters[c].layout;
            const CellPos total{l.last_data + 1, l.column[*k]};
            b.formula(r, col, sheet_ref(clusters[c].name, total),
                      scaled(cy.statistics->figures[*k].total, n.indicator.type), style);
        }
    }
    const int t = last + 1;
    b.merge({t, 0}, {t, 1}, text.total, styles::total_label(), false);
    b.formula(t, 2, "SUM(" + range_ref({first, 2}, {last, 2}) + ")", members,
              styles::total(NumberFormat::count));
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        const NationalIndicator& n = indicators[i];
        const int col = first_indicator + static_cast<int>(i);
        const CellStyle style = styles::total(indicator_format(n.indicator.type));
        std::string f;
        if (n.indicator.aggregate == model::Aggregate::sum) {
            f = total_formula(model::Aggregate::sum, {{first, col}, {last, col}},
                              digits_of(n.indicator.type));
        } else if (n.indicator.aggregate == model::Aggregate::mean) {
            f = national_mean(clusters, n);
        }
        if (f.empty()) {
            b.blank(t, col, style);
        } else {
            b.formula(t, col, f, scaled(n.total, n.indicator.type), style);
        }
    }
    place_note(b, t + 1, text.summary_note);
    b.freeze(first, 2);
    b.repeat_rows(h, h);
    return b.finish();
}

} // namespace thidua::xlsx
