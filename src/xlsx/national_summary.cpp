// The national summary sheet. Columns: STT, cluster, members, then one per
// indicator. A cluster's cell refers to the totals row of its own sheet
// ('dbsh-dhbb'!C19). The national row, by the indicator's aggregate
// (national_figures.hpp): the sum of those cells; the unweighted mean of
// every member's value across the clusters' sheets; for a ratio, the sum
// of every numerator over the sum of every denominator (members having
// both parts, through SUMPRODUCT) across the clusters' sheets. Under it, how
// many clusters each national total covers ("4/5 Cụm"). Each formula is
// stored with the engine's full figure; the cells' format rounds it.
#include "text/number.hpp"
#include "xlsx/cell_ref.hpp"
#include "xlsx/indicator_values.hpp"
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

// This year's member values of indicator `k` in a cluster's sheet.
std::string members_range(const ClusterSheet& s, std::size_t k) {
    const StatisticsLayout& l = *s.layout;
    const int col = l.column[k];
    return sheet_range(s.name, {l.first_data, col}, {l.last_data, col});
}

// IF(COUNT(r1,r2)=0,"",AVERAGE(r1,r2)) over the member rows of every
// cluster sheet that has the indicator.
std::string national_mean(const std::vector<ClusterSheet>& clusters, const NationalIndicator& n) {
    std::string ranges;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        if (!n.index[c] || !clusters[c].layout) continue;
        ranges += (ranges.empty() ? "" : ",") + members_range(clusters[c], *n.index[c]);
    }
    if (ranges.empty()) return "";
    return "IF(COUNT(" + ranges + ")=0,\"\",AVERAGE(" + ranges + "))";
}

// Σ numerators / Σ denominators over the members of every cluster having
// both parts: SUMPRODUCT(ISNUMBER(N)*ISNUMBER(D),N) per cluster. The
// sheets keep percentages as fractions, the ratio too: a percentage part
// is brought back to 0-100 (x100), and a percentage ratio needs no x100.
std::string national_ratio(const std::vector<ClusterSheet>& clusters, const NationalIndicator& n) {
    std::string numerators;
    std::string denominators;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        if (!n.index[c] || !n.numerator[c] || !n.denominator[c] || !clusters[c].layout) continue;
        const auto& indicators = clusters[c].cy->statistics->indicators;
        const std::string num = members_range(clusters[c], *n.numerator[c]);
        const std::string den = members_range(clusters[c], *n.denominator[c]);
        const std::string both = "ISNUMBER(" + num + ")*ISNUMBER(" + den + ")";
        const auto term = [&](const std::string& part, std::size_t k) {
            const bool percent = indicators[k].type == model::IndicatorType::percent;
            return "SUMPRODUCT(" + both + "," + part + ")" + (percent ? "*100" : "");
        };
        numerators += (numerators.empty() ? "" : "+") + term(num, *n.numerator[c]);
        denominators += (denominators.empty() ? "" : "+") + term(den, *n.denominator[c]);
    }
    if (numerators.empty()) return "";
    return "IF((" + denominators + ")=0,\"\",(" + numerators + ")/(" + denominators + "))";
}

// IF(COUNT(D7:D11)=0,"",SUM(D7:D11)): the clusters' totals added up.
std::string national_sum(CellPos first, CellPos last) {
    const std::string r = range_ref(first, last);
    return "IF(COUNT(" + r + ")=0,\"\",SUM(" + r + "))";
}

std::string national_formula(const std::vector<ClusterSheet>& clusters, const NationalIndicator& n,
                             CellPos first, CellPos last) {
    if (!has_national_total(n.indicator)) return "";
    switch (n.indicator.aggregate) {
    case model::Aggregate::sum:
        return national_sum(first, last);
    case model::Aggregate::mean:
        return national_mean(clusters, n);
    case model::Aggregate::ratio:
        return national_ratio(clusters, n);
    case model::Aggregate::none:
        break;
    }
    return "";
}

void cluster_rows(SheetBuilder& b, const std::vector<ClusterSheet>& clusters,
                  const std::vector<NationalIndicator>& indicators, int first) {
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        const model::ClusterYear& cy = *clusters[c].cy;
        const int r = first + static_cast<int>(c);
        b.number(r, 0, static_cast<double>(c + 1), styles::centred());
        b.text(r, 1, cy.cluster.name, styles::text());
        b.number(r, 2, static_cast<double>(cy.members.size()), styles::number(NumberFormat::count));
        for (std::size_t i = 0; i < indicators.size(); ++i) {
            const NationalIndicator& n = indicators[i];
            const int col = first_indicator + static_cast<int>(i);
            const CellStyle style = styles::number(indicator_format(n.indicator));
            const auto k = n.index[c];
            if (!k || !clusters[c].layout || !has_national_total(n.indicator)) {
                b.blank(r, col, style);
                continue;
            }
            const StatisticsLayout& l = *clusters[c].layout;
            const CellPos total{l.last_data + 1, l.column[*k]};
            b.formula(r, col, sheet_ref(clusters[c].name, total),
                      scaled(cy.statistics->figures[*k].total, n.indicator.type), style);
        }
    }
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
    cluster_rows(b, clusters, indicators, first);
    double members = 0;
    for (const ClusterSheet& s : clusters)
        members += static_cast<double>(s.cy->members.size());
    // The national row, and under it the clusters each total covers.
    const int t = last + 1;
    const int cover = t + 1;
    b.merge({t, 0}, {t, 1}, text.total, styles::total_label(), false);
    b.formula(t, 2, "SUM(" + range_ref({first, 2}, {last, 2}) + ")", members,
              styles::total(NumberFormat::count));
    b.merge({cover, 0}, {cover, 1}, text.coverage, styles::centred_text(), false);
    b.blank(cover, 2, styles::centred());
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        const NationalIndicator& n = indicators[i];
        const int col = first_indicator + static_cast<int>(i);
        const CellStyle style = styles::total(indicator_format(n.indicator));
        const std::string f = national_formula(clusters, n, {first, col}, {last, col});
        if (f.empty()) {
            b.blank(t, col, style);
        } else {
            b.formula(t, col, f, scaled(n.total, n.indicator.type), style);
        }
        if (text.covered[i].empty()) {
            b.blank(cover, col, styles::centred());
        } else {
            b.text(cover, col, text.covered[i], styles::centred());
        }
    }
    place_note(b, cover + 1, text.summary_note);
    b.freeze(first, 2);
    b.repeat_rows(h, h);
    return b.finish();
}

} // namespace thidua::xlsx
