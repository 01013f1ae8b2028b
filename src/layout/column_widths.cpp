// Measuring cells and solving column widths.
#include "layout/column_widths.hpp"

#include "layout/line_breaking.hpp"
#include "layout/typesetter.hpp"

#include <algorithm>
#include <numeric>

namespace thidua::layout {

using units::Pt;

std::size_t column_count(const doc::Table& t) {
    std::size_t columns = 0;
    for (const doc::TableRow& r : t.rows) {
        std::size_t n = 0;
        for (const doc::Cell& c : r.cells)
            n += static_cast<std::size_t>(std::max(c.span, 1));
        columns = std::max(columns, n);
    }
    return columns;
}

std::vector<doc::ColumnWidth> column_specs(const doc::Table& t, std::size_t columns) {
    std::vector<doc::ColumnWidth> specs;
    for (std::size_t c = 0; c < columns; ++c) {
        specs.push_back(t.widths.empty() ? doc::ColumnWidth{Pt(0), 1}
                                         : t.widths[std::min(c, t.widths.size() - 1)]);
    }
    for (const doc::TableRow& r : t.rows) {
        if (!r.header) continue;
        std::size_t c = 0;
        for (const doc::Cell& cell : r.cells) {
            if (cell.width && cell.span == 1 && c < specs.size()) specs[c] = *cell.width;
            c += static_cast<std::size_t>(std::max(cell.span, 1));
        }
        break;
    }
    return specs;
}

namespace {

// Raises the columns [first, first + span) evenly until they add up to `need`.
void spread(std::vector<Pt>& cols, std::size_t first, std::size_t span, Pt need) {
    const std::size_t end = std::min(cols.size(), first + span);
    if (first >= end) return;
    Pt have;
    for (std::size_t c = first; c < end; ++c)
        have += cols[c];
    if (have >= need) return;
    const Pt each = (need - have) / static_cast<double>(end - first);
    for (std::size_t c = first; c < end; ++c)
        cols[c] += each;
}

} // namespace

ColumnMeasure::ColumnMeasure(const doc::Table& t, std::size_t columns, const Fonts& fonts)
    : base_size_(t.size) {
    text_.least.assign(columns, Pt(0));
    text_.preferred.assign(columns, Pt(0));
    struct Spanned {
        std::size_t first, span;
        Pt least, preferred;
    };
    std::vector<Spanned> spanned;
    for (const doc::TableRow& r : t.rows) {
        std::size_t c = 0;
        for (const doc::Cell& cell : r.cells) {
            const std::size_t span = static_cast<std::size_t>(std::max(cell.span, 1));
            Pt narrow;
            Pt natural;
            const auto words = words_of(styled(cell.spans, cell.bold), t.size, fonts);
            for (std::size_t k = 0; k < words.size(); ++k) {
                narrow = std::max(narrow, narrowest(words[k], t.size, fonts));
                natural += words[k].width + (k + 1 < words.size() ? words[k].space_after : Pt(0));
            }
            if (cell.nowrap) narrow = natural;
            // Headings wrap freely: the body's lines decide what a column would like.
            if (r.header) natural = narrow;
            if (span == 1 && c < columns) {
                text_.least[c] = std::max(text_.least[c], narrow);
                text_.preferred[c] = std::max(text_.preferred[c], natural);
            } else if (c < columns) {
                spanned.push_back({c, span, narrow, natural});
            }
            c += span;
        }
    }
    // A cell across columns widens them only as far as it needs beyond them.
    for (const Spanned& s : spanned) {
        const Pt pads = cell_pad_x * 2.0 * static_cast<double>(s.span - 1);
        spread(text_.least, s.first, s.span, s.least - pads);
        spread(text_.preferred, s.first, s.span, s.preferred - pads);
    }
}

ColumnNeeds ColumnMeasure::at(Pt size) const {
    const double k = size / base_size_;
    ColumnNeeds out;
    for (std::size_t c = 0; c < text_.least.size(); ++c) {
        const Pt least = text_.least[c] * k + cell_pad_x * 2;
        out.least.push_back(least);
        out.preferred.push_back(std::max(least, text_.preferred[c] * k + cell_pad_x * 2));
    }
    return out;
}

std::optional<std::vector<Pt>> solve_widths(const std::vector<doc::ColumnWidth>& specs,
                                            const ColumnNeeds& needs, Pt room) {
    const std::size_t n = needs.least.size();
    std::vector<Pt> wanted(n);
    Pt least_sum;
    Pt wanted_sum;
    double shares = 0;
    for (std::size_t c = 0; c < n; ++c) {
        const doc::ColumnWidth& s = specs[c];
        wanted[c] = s.share > 0 ? needs.preferred[c] : std::max(s.fixed, needs.least[c]);
        least_sum += needs.least[c];
        wanted_sum += wanted[c];
        shares += s.share;
    }
    if (least_sum > room + Pt(0.001)) return std::nullopt;
    std::vector<Pt> out(n);
    if (wanted_sum <= room) {
        // Every column as wide as it likes; the share columns divide the rest.
        const Pt rest = room - wanted_sum;
        for (std::size_t c = 0; c < n; ++c) {
            out[c] = wanted[c];
            if (shares > 0 && specs[c].share > 0) out[c] += rest * (specs[c].share / shares);
        }
        return out;
    }
    // Short of room: every column at its narrowest, plus a fair part of the
    // rest in proportion to what it would like beyond that.
    const double k = (room - least_sum) / (wanted_sum - least_sum);
    for (std::size_t c = 0; c < n; ++c)
        out[c] = needs.least[c] + (wanted[c] - needs.least[c]) * k;
    return out;
}

} // namespace thidua::layout
