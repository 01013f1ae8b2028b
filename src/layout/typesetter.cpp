// Text set in boxes, with balanced centred lines and the too-wide report.
#include "layout/typesetter.hpp"

#include "i18n/messages.hpp"
#include "text/number.hpp"

#include <algorithm>
#include <cmath>

namespace thidua::layout {

using units::Pt;

doc::Spans styled(doc::Spans spans, bool bold, bool italic) {
    for (doc::Span& s : spans) {
        s.bold = s.bold || bold;
        s.italic = s.italic || italic;
    }
    return spans;
}

doc::Spans plain(const std::string& text, bool bold, bool italic, const std::string& origin) {
    if (text.empty()) return {};
    return {{text, bold, italic, false, doc::Origin(origin)}};
}

namespace {

std::string text_of(const Word& w) {
    std::string out;
    for (const Fragment& f : w.fragments())
        out += f.text;
    return out;
}

} // namespace

std::optional<diag::Pos> Typesetter::input_position(const Word& w) const {
    if (!w.from_data || !locate_) return std::nullopt;
    return locate_(text_of(w));
}

void Typesetter::report_too_wide(const std::vector<Line>& lines, Pt width, Pt size) const {
    for (const Line& line : lines) {
        if (!line.too_wide) continue;
        for (const Word& w : line.words) {
            if (w.width <= width + Pt(0.001)) continue;
            const std::string text = text_of(w);
            const std::string measures =
                i18n::trf(" ({1} pt at {2} pt, room for {3} pt)",
                          {text::to_text(std::round(w.width.value * 10) / 10),
                           text::to_text(std::round(size.value * 10) / 10),
                           text::to_text(std::round(width.value * 10) / 10)});
            const std::string origin(w.origin.empty() ? std::string_view(i18n::tr("the document"))
                                                      : w.origin);
            if (const auto at = input_position(w)) {
                diags_.error(*at, i18n::trf("'{1}' is wider than the space it must fit in{2}, "
                                            "where {3} sets it. Shorten it here, e.g. with a space "
                                            "after a '/' or '-', or give it a wider column in the "
                                            "template",
                                            {text, measures, origin}));
                continue;
            }
            diags_.error({0, 0}, i18n::trf("'{1}' is wider than the space it must fit in{2}; it "
                                           "comes from {3}. Shorten it or give it a wider column "
                                           "in the template",
                                           {text, measures, origin}));
        }
    }
}

TextBox Typesetter::set(const doc::Spans& spans, Pt x, Pt width, Pt size, double spacing,
                        doc::Align align, Pt first_indent, Pt top) const {
    TextBox box;
    const auto words = words_of(spans, size, fonts_);
    if (words.empty()) return box;
    auto lines = break_lines(words, width - first_indent, width, size, fonts_);
    if (align == doc::Align::center && lines.size() > 1 && first_indent.value == 0) {
        // Centred text that wraps is balanced: the narrowest width that
        // still needs no more lines, so "TM. LIÊN MINH HTX TỈNH LẠNG / SƠN"
        // becomes "TM. LIÊN MINH HTX / TỈNH LẠNG SƠN".
        Pt lo = width / static_cast<double>(lines.size());
        Pt hi = width;
        for (int step = 0; step < 12; ++step) {
            const Pt mid = (lo + hi) / 2;
            const auto trial = break_lines(words, mid, mid, size, fonts_);
            const bool worse =
                trial.size() > lines.size() ||
                std::any_of(trial.begin(), trial.end(), [](const Line& l) { return l.too_wide; });
            if (worse) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        lines = break_lines(words, hi, hi, size, fonts_);
    }
    report_too_wide(lines, width, size);
    const Pt lh = line_height(fonts_, size, spacing);
    const Pt asc = ascent(fonts_, size) + (lh - line_height(fonts_, size, 1.0)) / 2;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const Pt indent = k == 0 ? first_indent : Pt(0);
        set_line(lines[k], x + indent, width - indent, align, k + 1 == lines.size(),
                 top + asc + lh * static_cast<double>(k), size, box.texts);
        box.widest = std::max(box.widest, lines[k].natural_width + indent);
    }
    box.height = lh * static_cast<double>(lines.size());
    return box;
}

namespace {

// For each gap between word g and g + 1: what breaking there costs (in
// points of imbalance): a kept phrase cut costs more than any imbalance, a
// break before a preferred phrase earns a little.
std::vector<double> gap_costs(const std::vector<Word>& words, const PhraseBreaks& phrases) {
    std::vector<std::string> texts;
    for (const Word& w : words)
        texts.push_back(text_of(w));
    std::vector<double> cost(words.size(), 0.0);
    auto starts_at = [&](std::size_t k, const std::string& phrase) -> std::size_t {
        // The number of words of `phrase` matched from word k, or 0.
        std::string joined;
        for (std::size_t j = k; j < texts.size(); ++j) {
            joined += (j > k ? " " : "") + texts[j];
            if (joined == phrase) return j - k + 1;
            if (joined.size() >= phrase.size()) return 0;
        }
        return 0;
    };
    for (std::size_t k = 0; k < texts.size(); ++k) {
        if (phrases.keep) {
            for (const std::string& p : *phrases.keep) {
                const std::size_t n = starts_at(k, p);
                for (std::size_t j = k; j + 1 < k + n; ++j)
                    cost[j] += 1000;
            }
        }
        if (phrases.break_before && k > 0) {
            for (const std::string& p : *phrases.break_before) {
                if (starts_at(k, p) > 0) cost[k - 1] -= 40;
            }
        }
    }
    return cost;
}

// The width of words from..to set on one line.
Pt natural_width(const std::vector<Word>& words, std::size_t from, std::size_t to) {
    Pt width;
    for (std::size_t k = from; k < to; ++k)
        width += (k > from ? words[k - 1].space_after : Pt(0)) + words[k].width;
    return width;
}

Line line_of(const std::vector<Word>& words, std::size_t from, std::size_t to) {
    Line line;
    for (std::size_t k = from; k < to; ++k) {
        if (k > from) line.natural_width += words[k - 1].space_after;
        line.words.push_back(words[k]);
        line.natural_width += words[k].width;
    }
    return line;
}

// The best split of `words` into `n` lines no wider than `width`, searched
// over every choice of breaks (titles are a handful of words).
struct Split {
    double cost = 1e300;
    std::vector<std::size_t> breaks; // index of the first word of each line after the first
};

void search(const std::vector<Word>& words, const std::vector<double>& gaps, Pt width,
            std::size_t from, std::size_t lines_left, std::vector<std::size_t>& breaks,
            double penalty, Pt widest, Split& best) {
    if (lines_left == 1) {
        const Pt last = natural_width(words, from, words.size());
        if (last > width) return;
        const double cost = std::max(widest, last).value + penalty;
        if (cost < best.cost) best = {cost, breaks};
        return;
    }
    for (std::size_t to = from + 1; to + lines_left - 1 <= words.size(); ++to) {
        const Pt line = natural_width(words, from, to);
        if (line > width) break;
        breaks.push_back(to);
        search(words, gaps, width, to, lines_left - 1, breaks, penalty + gaps[to - 1],
               std::max(widest, line), best);
        breaks.pop_back();
    }
}

} // namespace

TextBox Typesetter::set_title(const doc::Spans& spans, Pt x, Pt width, Pt size,
                              const PhraseBreaks& phrases, Pt top) const {
    const auto words = words_of(spans, size, fonts_);
    const auto greedy = break_lines(words, width, width, size, fonts_);
    if (greedy.size() < 2 || words.size() > 16 ||
        std::any_of(greedy.begin(), greedy.end(), [](const Line& l) { return l.too_wide; }))
        return set(spans, x, width, size, 1.0, doc::Align::center, Pt(0), top);
    const std::vector<double> gaps = gap_costs(words, phrases);
    Split best;
    std::vector<std::size_t> breaks;
    search(words, gaps, width, 0, greedy.size(), breaks, 0.0, Pt(0), best);
    if (best.cost >= 1e300) return set(spans, x, width, size, 1.0, doc::Align::center, Pt(0), top);
    TextBox box;
    const Pt lh = line_height(fonts_, size, 1.0);
    const Pt asc = ascent(fonts_, size);
    std::size_t from = 0;
    best.breaks.push_back(words.size());
    for (std::size_t k = 0; k < best.breaks.size(); ++k) {
        const Line line = line_of(words, from, best.breaks[k]);
        set_line(line, x, width, doc::Align::center, true, top + asc + lh * static_cast<double>(k),
                 size, box.texts);
        box.widest = std::max(box.widest, line.natural_width);
        from = best.breaks[k];
    }
    box.height = lh * static_cast<double>(best.breaks.size());
    return box;
}

} // namespace thidua::layout
