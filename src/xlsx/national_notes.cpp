// The notes sheet of the national workbook: each indicator that some
// clusters lack, with the clusters that have it and those that do not; a
// sentence when every cluster has every indicator.
#include "xlsx/national_sheets.hpp"

namespace thidua::xlsx {
namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names)
        out += (out.empty() ? "" : "\n") + n;
    return out;
}

} // namespace

SheetPlan notes_sheet(const std::vector<ClusterSheet>& clusters,
                      const std::vector<NationalIndicator>& indicators,
                      const doc::NationalText& text, const TextWidth& measure) {
    SheetBuilder b(text.notes_sheet, measure, 4);
    b.limit(1, 220);
    b.limit(2, 260);
    b.limit(3, 260);
    const int h = b.title_block(text.parent, text.issuer, text.notes_title);
    b.heading(h, 0, text.number);
    b.heading(h, 1, text.notes_indicator);
    b.heading(h, 2, text.notes_present);
    b.heading(h, 3, text.notes_missing);
    int r = h + 1;
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        const NationalIndicator& n = indicators[i];
        std::vector<std::string> present;
        std::vector<std::string> missing;
        for (std::size_t c = 0; c < clusters.size(); ++c)
            (n.index[c] ? present : missing).push_back(clusters[c].cy->cluster.name);
        if (missing.empty()) continue;
        b.number(r, 0, static_cast<double>(r - h), styles::centred());
        b.text(r, 1, text.indicators[i], styles::text());
        b.text(r, 2, joined(present), styles::text());
        b.text(r, 3, joined(missing), styles::text());
        ++r;
    }
    if (r == h + 1) {
        CellStyle style = styles::text();
        style.align = HAlign::center;
        b.merge({r, 0}, {r, 3}, text.notes_none, style, false);
        ++r;
    }
    b.freeze(h + 1, 0);
    b.repeat_rows(h, h);
    return b.finish();
}

} // namespace thidua::xlsx
