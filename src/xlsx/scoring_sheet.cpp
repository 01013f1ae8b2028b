// The scoring sheet. Columns: STT, member, the base criteria, the bonus
// ones, the penalty ones (each kind under a heading of its own, file order
// within it), total, rank, grade. Rows: the members with a <score>, in file
// order. Under the table, the grade bands lowest first, which the grade
// formula looks up.
#include "xlsx/formulas.hpp"
#include "xlsx/sheets.hpp"

#include <algorithm>
#include <unordered_map>

namespace thidua::xlsx {
namespace {

struct Group {
    std::vector<std::size_t> criteria; // indices into the scoring's criteria
    int first_col = 0;
    Span span(int row) const {
        return {{row, first_col}, {row, first_col + static_cast<int>(criteria.size()) - 1}};
    }
};

} // namespace

std::optional<SheetPlan> scoring_sheet(const model::ClusterYear& cy, const doc::WorkbookText& text,
                                       const TextWidth& measure) {
    if (!cy.scoring || cy.scoring->scores.empty()) return std::nullopt;
    const model::Scoring& sc = *cy.scoring;
    const doc::ScoringText& t = text.scoring;

    std::array<Group, 3> groups; // base, bonus, penalty
    for (std::size_t k = 0; k < sc.criteria.size(); ++k)
        groups[static_cast<std::size_t>(sc.criteria[k].kind)].criteria.push_back(k);
    int col = 2;
    for (Group& g : groups) {
        g.first_col = col;
        col += static_cast<int>(g.criteria.size());
    }
    const int total_col = col;
    const int rank_col = col + 1;
    const bool graded = !sc.grades.empty();
    const int grade_col = col + 2;

    SheetBuilder b(t.sheet, measure, col + (graded ? 3 : 2));
    b.limit(1, 200);
    for (int c = 2; c < total_col; ++c)
        b.limit(c, 85);
    b.limit(grade_col, 160);
    const int h = b.title_block(text.parent, text.issuer, t.title);
    const CellStyle hs = styles::header();
    b.merge({h, 0}, {h + 1, 0}, t.number, hs, true);
    b.merge({h, 1}, {h + 1, 1}, t.member, hs, true);
    const std::array<const std::string*, 3> group_names = {&t.base, &t.bonus, &t.penalty};
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].criteria.empty()) continue;
        const Span s = groups[g].span(h);
        b.merge(s.first, s.last, *group_names[g], hs, true);
        for (std::size_t k = 0; k < groups[g].criteria.size(); ++k)
            b.heading(h + 1, s.first.col + static_cast<int>(k), t.criteria[groups[g].criteria[k]]);
    }
    b.merge({h, total_col}, {h + 1, total_col}, t.total, hs, true);
    b.merge({h, rank_col}, {h + 1, rank_col}, t.rank, hs, true);
    if (graded) b.merge({h, grade_col}, {h + 1, grade_col}, t.grade, hs, true);

    std::vector<std::pair<const model::Member*, const model::Score*>> rows;
    std::unordered_map<std::string_view, const model::Score*> score_of;
    for (const model::Score& s : sc.scores)
        score_of.emplace(s.member, &s);
    for (const model::Member& m : cy.members) {
        if (const auto it = score_of.find(m.id); it != score_of.end()) {
            rows.emplace_back(&m, it->second);
        }
    }
    const int first = h + 2;
    const int last = first + static_cast<int>(rows.size()) - 1;

    // The bands' table goes under the scores, lowest minimum first.
    const int bands_caption = last + 2;
    const int bands_first = bands_caption + 2;
    const int bands_last = bands_first + static_cast<int>(sc.grades.size()) - 1;

    const CellStyle points = styles::number(NumberFormat::amount);
    CellStyle rank_style = styles::number(NumberFormat::count);
    rank_style.align = HAlign::center;
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const int r = first + static_cast<int>(k);
        const model::Score& s = *rows[k].second;
        b.number(r, 0, static_cast<double>(k + 1), styles::centred());
        b.text(r, 1, rows[k].first->name, styles::text());
        for (const Group& g : groups) {
            for (std::size_t j = 0; j < g.criteria.size(); ++j) {
                const std::size_t c = g.criteria[j];
                b.number(r, g.first_col + static_cast<int>(j),
                         c < s.points.size() ? s.points[c] : std::nullopt, points);
            }
        }
        b.formula(r, total_col,
                  score_total_formula(groups[0].span(r), groups[1].span(r), groups[2].span(r)),
                  s.total, styles::total(NumberFormat::amount));
        b.formula(r, rank_col,
                  rank_formula({r, total_col}, {{first, total_col}, {last, total_col}}),
                  static_cast<double>(s.rank), rank_style);
        if (graded) {
            b.formula_text(r, grade_col,
                           grade_formula({r, total_col}, {{bands_first, 2}, {bands_last, 2}},
                                         {{bands_first, 1}, {bands_last, 1}}),
                           s.grade.value_or(""), styles::centred_text());
        }
    }
    int row = last + 1;
    if (graded) {
        b.merge({bands_caption, 1}, {bands_caption, 2}, t.grades, styles::caption(), false);
        b.heading(bands_caption + 1, 1, t.grade_label);
        b.heading(bands_caption + 1, 2, t.grade_min);
        std::vector<model::GradeBand> bands = sc.grades;
        std::reverse(bands.begin(), bands.end()); // written highest first
        for (std::size_t k = 0; k < bands.size(); ++k) {
            const int r = bands_first + static_cast<int>(k);
            b.text(r, 1, bands[k].label, styles::text());
            b.number(r, 2, bands[k].min, points);
        }
        row = bands_last + 1;
    }
    row = place_note(b, row, t.note);
    b.freeze(first, 2);
    b.repeat_rows(h, h + 1);
    SheetPlan plan = b.finish();
    end_sheet(plan, row, text.signing, measure);
    return plan;
}

} // namespace thidua::xlsx
