// Text set in boxes, with balanced centred lines and the too-wide report.
#include "layout/typesetter.hpp"

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
    return {{text, bold, italic, false, origin}};
}

void Typesetter::report_too_wide(const std::vector<Line>& lines, Pt width, Pt size) const {
    for (const Line& line : lines) {
        if (!line.too_wide) continue;
        for (const Word& w : line.words) {
            if (w.width <= width + Pt(0.001)) continue;
            std::string text;
            for (const Fragment& f : w.parts)
                text += f.text;
            diags_.error({0, 0}, "'" + text + "' is wider than the space it must fit in (" +
                                     text::to_text(std::round(w.width.value * 10) / 10) + " pt at " +
                                     text::to_text(std::round(size.value * 10) / 10) + " pt, room for " +
                                     text::to_text(std::round(width.value * 10) / 10) + " pt); it comes from " +
                                     std::string(w.origin.empty() ? "the document" : w.origin) +
                                     ". Shorten it or give it a wider column in the template");
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
            const bool worse = trial.size() > lines.size() ||
                               std::any_of(trial.begin(), trial.end(),
                                           [](const Line& l) { return l.too_wide; });
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

} // namespace thidua::layout
