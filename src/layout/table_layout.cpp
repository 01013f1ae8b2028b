// Tables set into pieces: the size and the panels chosen, then each row set
// with its keeps (a header row never ends a page without two data rows under
// it; the last two data rows and the total rows stay together).
#include "layout/table_layout.hpp"

#include "layout/column_widths.hpp"
#include "i18n/messages.hpp"
#include "text/number.hpp"

#include <algorithm>
#include <cmath>

namespace thidua::layout {
namespace {

using units::Pt;

constexpr Pt rule_width{0.6};
constexpr Pt absolute_floor{9};
constexpr Pt size_step{0.5};

Pt floor_of(const doc::Table& t) {
    return std::max(absolute_floor, std::min(t.min_size, t.size));
}

// The text of the first header row's cell over column `c`, for messages.
std::string heading_of(const doc::Table& t, std::size_t c) {
    for (const doc::TableRow& r : t.rows) {
        if (!r.header) continue;
        std::size_t at = 0;
        for (const doc::Cell& cell : r.cells) {
            const std::size_t span = static_cast<std::size_t>(std::max(cell.span, 1));
            if (c >= at && c < at + span) {
                std::string text;
                for (const doc::Span& s : cell.spans)
                    text += s.text;
                return text;
            }
            at += span;
        }
    }
    return "";
}

// The word of the columns `cols` that needs the most room (cells of one
// column only), and where the input holds it when it is the input's data:
// what a message about columns too wide tells the user to shorten.
struct Longest {
    std::string text;
    std::optional<diag::Pos> at;
};

Longest longest_word(const doc::Table& t, const std::vector<std::size_t>& cols,
                     const Typesetter& ts) {
    std::optional<Word> widest;
    Pt most;
    for (const doc::TableRow& r : t.rows) {
        std::size_t at = 0;
        for (const doc::Cell& cell : r.cells) {
            const std::size_t span = static_cast<std::size_t>(std::max(cell.span, 1));
            if (span == 1 && std::find(cols.begin(), cols.end(), at) != cols.end()) {
                for (Word& w : words_of(styled(cell.spans, cell.bold), t.size, ts.fonts())) {
                    const Pt need = narrowest(w, t.size, ts.fonts());
                    if (need > most) {
                        most = need;
                        widest = std::move(w);
                    }
                }
            }
            at += span;
        }
    }
    Longest out;
    if (!widest) return out;
    for (const Fragment& f : widest->fragments())
        out.text += f.text;
    out.at = ts.input_position(*widest);
    return out;
}

// The rows of `t` restricted to the columns `cols` (ascending): a cell keeps
// the part of its span inside the panel; one continued from an earlier
// column outside the panel leaves its columns empty.
doc::Table panel_of(const doc::Table& t, const std::vector<std::size_t>& cols) {
    doc::Table p = t;
    p.rows.clear();
    const std::vector<doc::ColumnWidth> specs = column_specs(t, column_count(t));
    p.widths.clear();
    for (std::size_t c : cols)
        p.widths.push_back(specs[c]);
    for (const doc::TableRow& r : t.rows) {
        doc::TableRow row = r;
        row.cells.clear();
        // Which cell covers each original column, and where it starts.
        std::vector<std::pair<const doc::Cell*, std::size_t>> cover;
        std::size_t at = 0;
        for (const doc::Cell& cell : r.cells) {
            const std::size_t span = static_cast<std::size_t>(std::max(cell.span, 1));
            for (std::size_t k = 0; k < span; ++k)
                cover.push_back({&cell, at});
            at += span;
        }
        std::size_t prev = static_cast<std::size_t>(-1);
        for (std::size_t c : cols) {
            const bool covered = c < cover.size();
            const doc::Cell* cell = covered ? cover[c].first : nullptr;
            if (covered && prev + 1 == c && !row.cells.empty() && c > 0 &&
                cover[c - 1].first == cell) {
                ++row.cells.back().span;
            } else if (covered &&
                       (cover[c].second == c ||
                        std::find(cols.begin(), cols.end(), cover[c].second) == cols.end())) {
                doc::Cell copy = *cell;
                copy.span = 1;
                copy.width.reset();
                if (cover[c].second != c) copy.spans.clear(); // its text is in another panel
                row.cells.push_back(std::move(copy));
            } else {
                row.cells.push_back(doc::Cell{});
            }
            prev = c;
        }
        p.rows.push_back(std::move(row));
    }
    return p;
}

class TableSetter {
public:
    TableSetter(const Frame& frame, const Typesetter& ts, PieceStream& out)
        : frame_(frame), ts_(ts), out_(out) {}

    // Rows of `t` at `size` in columns `widths`.
    void rows(const doc::Table& t, const std::vector<Pt>& widths, Pt size) {
        const int id = out_.new_table();
        Pt header_height;
        std::vector<std::size_t> body; // first piece of each data row
        std::vector<std::size_t> last; // last piece of each row
        std::vector<bool> total;       // per row
        for (const doc::TableRow& row : t.rows) {
            Piece piece = row_piece(row, widths, size);
            piece.table = id;
            piece.table_header = row.header;
            piece.keep_with_next = row.header;
            if (row.header) header_height += piece.height;
            if (!row.header && !row.total) body.push_back(out_.pieces().size());
            const Pt limit = frame_.height - header_height - Pt(1);
            if (!row.header && piece.height > limit) {
                for (Piece& slice : slices(std::move(piece), limit, size))
                    out_.push(std::move(slice));
            } else {
                out_.push(std::move(piece));
            }
            last.push_back(out_.pieces().size() - 1);
            total.push_back(row.total);
        }
        std::vector<Piece>& pieces = out_.pieces();
        // The header and the first two data rows stay together.
        if (body.size() >= 2) pieces[body[0]].keep_with_next = true;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            // A total row stays with the row above it.
            if (r + 1 < t.rows.size() && total[r + 1]) pieces[last[r]].keep_with_next = true;
        }
        // The last two data rows stay together.
        std::vector<std::size_t> data_rows;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            if (!t.rows[r].header && !t.rows[r].total) data_rows.push_back(r);
        }
        if (data_rows.size() >= 2)
            pieces[last[data_rows[data_rows.size() - 2]]].keep_with_next = true;
    }

private:
    Piece row_piece(const doc::TableRow& row, const std::vector<Pt>& widths, Pt size) const {
        Piece piece;
        Pt x = frame_.left;
        std::size_t col = 0;
        Pt tallest;
        std::vector<Pt> edges{x};
        for (const doc::Cell& cell : row.cells) {
            const std::size_t span = static_cast<std::size_t>(std::max(cell.span, 1));
            Pt w;
            for (std::size_t k = col; k < col + span && k < widths.size(); ++k)
                w += widths[k];
            TextBox box = ts_.set(styled(cell.spans, cell.bold), x + cell_pad_x, w - cell_pad_x * 2,
                                  size, 1.0, cell.align, Pt(0), cell_pad_y);
            tallest = std::max(tallest, box.height);
            for (PlacedText& pt : box.texts)
                piece.texts.push_back(std::move(pt));
            x += w;
            col += span;
            edges.push_back(x);
        }
        while (col < widths.size()) { // a short row still gets its borders
            x += widths[col++];
            edges.push_back(x);
        }
        piece.height = std::max(tallest, line_height(ts_.fonts(), size, 1.0)) + cell_pad_y * 2;
        borders(piece, edges);
        return piece;
    }

    static void borders(Piece& piece, const std::vector<Pt>& edges) {
        const Pt left = edges.front();
        const Pt right = edges.back();
        piece.rules.push_back({left, Pt(0), right, Pt(0), rule_width, false});
        piece.rules.push_back({left, piece.height, right, piece.height, rule_width, false});
        for (Pt e : edges)
            piece.rules.push_back({e, Pt(0), e, piece.height, rule_width, false});
    }

    // A row taller than the room on a page, cut between its lines.
    std::vector<Piece> slices(Piece row, Pt limit, Pt size) const {
        const Pt lh = line_height(ts_.fonts(), size, 1.0);
        const double per = std::max(1.0, std::floor((limit - cell_pad_y * 2) / lh));
        std::vector<Pt> edges;
        for (const PlacedRule& r : row.rules) {
            if (r.x1 == r.x2) edges.push_back(r.x1);
        }
        std::vector<Piece> out;
        for (const PlacedText& t : row.texts) {
            const double line = std::floor((t.baseline - cell_pad_y) / lh);
            const std::size_t k = static_cast<std::size_t>(line / per);
            while (out.size() <= k)
                out.emplace_back();
            PlacedText moved = t;
            moved.baseline = t.baseline - lh * (static_cast<double>(k) * per);
            out[k].texts.push_back(std::move(moved));
        }
        const double lines = std::round((row.height - cell_pad_y * 2) / lh);
        for (std::size_t k = 0; k < out.size(); ++k) {
            const double here = std::min(per, lines - static_cast<double>(k) * per);
            out[k].height = lh * std::max(1.0, here) + cell_pad_y * 2;
            out[k].table = row.table;
            borders(out[k], edges);
        }
        return out;
    }

    const Frame& frame_;
    const Typesetter& ts_;
    PieceStream& out_;
};

// The non-key columns cut into groups that fit beside the key columns,
// as even in count as the room allows.
std::vector<std::vector<std::size_t>> panel_groups(const ColumnNeeds& needs, std::size_t keys,
                                                   Pt room) {
    Pt key_sum;
    for (std::size_t c = 0; c < keys; ++c)
        key_sum += needs.least[c];
    std::vector<std::vector<std::size_t>> greedy(1);
    Pt used = key_sum;
    for (std::size_t c = keys; c < needs.least.size(); ++c) {
        if (!greedy.back().empty() && used + needs.least[c] > room) {
            greedy.emplace_back();
            used = key_sum;
        }
        greedy.back().push_back(c);
        used += needs.least[c];
    }
    // Even counts, when each group still fits.
    const std::size_t n = needs.least.size() - keys;
    const std::size_t groups = greedy.size();
    std::vector<std::vector<std::size_t>> even(groups);
    std::size_t c = keys;
    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t count = n / groups + (g < n % groups ? 1 : 0);
        Pt width = key_sum;
        for (std::size_t k = 0; k < count; ++k, ++c) {
            even[g].push_back(c);
            width += needs.least[c];
        }
        if (width > room) return greedy;
    }
    return even;
}

} // namespace

bool table_fits(const doc::Table& t, const Frame& frame, const Fonts& fonts) {
    const std::size_t columns = column_count(t);
    if (columns == 0) return true;
    const ColumnMeasure measure(t, columns, fonts);
    return solve_widths(column_specs(t, columns), measure.at(floor_of(t)), frame.width).has_value();
}

void set_table(const doc::Table& t, const Frame& frame, const Typesetter& ts, PieceStream& out) {
    const std::size_t columns = column_count(t);
    if (columns == 0) return;
    const ColumnMeasure measure(t, columns, ts.fonts());
    const std::vector<doc::ColumnWidth> specs = column_specs(t, columns);
    const Pt floor = floor_of(t);
    TableSetter setter(frame, ts, out);
    out.add_space(t.space_before);
    // (a) The template's size, else smaller, down to the floor.
    for (Pt size = t.size; size >= floor - Pt(0.001); size -= size_step) {
        if (const auto widths = solve_widths(specs, measure.at(size), frame.width)) {
            setter.rows(t, *widths, size);
            out.add_space(t.space_after);
            return;
        }
    }
    // (b) Panels at the floor size, each repeating the key columns.
    const ColumnNeeds needs = measure.at(floor);
    const std::size_t keys =
        std::min<std::size_t>(static_cast<std::size_t>(t.key_columns), columns);
    Pt key_sum;
    for (std::size_t c = 0; c < keys; ++c)
        key_sum += needs.least[c];
    bool fits = true;
    bool keys_said = false;
    auto pt = [](Pt p) { return text::to_text(std::round(p.value * 10) / 10); };
    for (std::size_t c = keys; c < columns; ++c) {
        if (key_sum + needs.least[c] <= frame.width + Pt(0.001)) continue;
        fits = false;
        // Wider key columns than the column itself: the key columns are what
        // to shorten, said once for the table.
        const bool keys_at_fault = key_sum > needs.least[c];
        if (keys_at_fault && keys_said) continue;
        std::vector<std::size_t> culprits;
        if (keys_at_fault) {
            for (std::size_t k = 0; k < keys; ++k)
                culprits.push_back(k);
        } else {
            culprits.push_back(c);
        }
        const Longest longest = longest_word(t, culprits, ts);
        std::string shorten = i18n::tr(keys_at_fault ? N_("Shorten their longest word or number")
                                                     : N_("Shorten its longest word or number"));
        if (!longest.text.empty())
            shorten += i18n::trf(longest.at ? N_(" ('{1}', here)") : N_(" ('{1}')"), {longest.text});
        const std::string heading = heading_of(t, c);
        const std::string number = text::to_text(static_cast<long long>(c + 1));
        const std::string column = heading.empty()
                                       ? i18n::trf("column {1}", {number})
                                       : i18n::trf("column {1} ('{2}')", {number, heading});
        const std::string problem =
            keys_at_fault
                ? i18n::fill(i18n::tr_n("the key column of the table at {1}, repeated on every "
                                        "panel, take {2} pt at {3} pt, which leaves too little of "
                                        "the page's {4} pt for {5}",
                                        "the key columns of the table at {1}, repeated on every "
                                        "panel, take {2} pt at {3} pt, which leaves too little of "
                                        "the page's {4} pt for {5}",
                                        keys),
                             {t.origin, pt(key_sum), pt(floor), pt(frame.width), column})
                : i18n::trf(keys ? N_("{1} of the table at {2} cannot fit the page even alone "
                                      "beside its key columns: at {3} pt it needs {4} pt, the page "
                                      "has {5} pt")
                                 : N_("{1} of the table at {2} cannot fit the page even alone: at "
                                      "{3} pt it needs {4} pt, the page has {5} pt"),
                            {column, t.origin, pt(floor), pt(key_sum + needs.least[c]),
                             pt(frame.width)});
        ts.diags().error(longest.at.value_or(diag::Pos{0, 0}),
                         i18n::trf("{1}. {2}, or set the table on a landscape page (<section "
                                   "orientation=\"landscape\">)",
                                   {problem, shorten}));
        keys_said = keys_said || keys_at_fault;
    }
    if (!fits || columns == keys) return;
    const auto groups = panel_groups(needs, keys, frame.width);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        std::vector<std::size_t> cols;
        for (std::size_t c = 0; c < keys; ++c)
            cols.push_back(c);
        cols.insert(cols.end(), groups[g].begin(), groups[g].end());
        const doc::Table panel = panel_of(t, cols);
        if (g > 0) {
            out.add_space(t.space_before);
            if (!t.continued.empty()) {
                TextBox caption =
                    ts.set(t.continued, frame.left, frame.width, t.size, 1.0, doc::Align::left);
                Piece piece;
                piece.texts = std::move(caption.texts);
                piece.height = caption.height + Pt(2);
                piece.keep_with_next = true;
                out.push(std::move(piece));
            }
        }
        const ColumnMeasure panel_measure(panel, cols.size(), ts.fonts());
        const auto widths =
            solve_widths(column_specs(panel, cols.size()), panel_measure.at(floor), frame.width);
        if (widths) setter.rows(panel, *widths, floor);
    }
    out.add_space(t.space_after);
}

} // namespace thidua::layout
