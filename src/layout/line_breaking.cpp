// Words, lines, and setting a line in place. A line breaks only at a space,
// or after a '/' inside a unit too long for its column; a word is never cut
// between letters or digits.
#include "layout/line_breaking.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

namespace thidua::layout {
namespace {

constexpr double epsilon = 1e-6;

const font::FontFile& font_for(const Fonts& fonts, FontStyle s) {
    return *fonts[static_cast<std::size_t>(s)];
}

units::Pt measure(const Fonts& fonts, FontStyle s, std::string_view text, units::Pt size) {
    return font_for(fonts, s).measure(text, size);
}

bool is_letter(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp >= 0xC0;
}

// The word cut after each '/' that stands between two letters ("triệu
// đồng/người/năm" → "đồng/", "người/", "năm"): the only places a word may
// break. Numbers ("14/20", "57,75", "66,7%") and everything else stay whole.
std::vector<Word> unit_segments(const Word& word, units::Pt size, const Fonts& fonts) {
    std::vector<Fragment> all;            // every segment's fragments, in order
    std::vector<std::uint32_t> counts(1); // how many each segment has
    char32_t before = 0;
    bool cut_pending = false; // a '/' after a letter ended the segment so far
    for (const Fragment& f : word.fragments()) {
        for (std::size_t i = 0; i < f.text.size();) {
            const std::size_t start = i;
            const char32_t cp = text::next_code_point(f.text, i);
            if (cut_pending && is_letter(cp)) counts.push_back(0);
            cut_pending = cp == '/' && is_letter(before);
            before = cp;
            if (counts.back() == 0 || all.back().style != f.style) {
                all.push_back({"", f.style, units::Pt(0)});
                ++counts.back();
            }
            all.back().text.append(f.text, start, i - start);
        }
    }
    for (Fragment& f : all)
        f.width = measure(fonts, f.style, f.text, size);
    const auto shared = std::make_shared<const std::vector<Fragment>>(std::move(all));
    std::vector<Word> out(counts.size());
    std::uint32_t first = 0;
    for (std::size_t k = 0; k < counts.size(); ++k) {
        Word& w = out[k];
        w.parts = shared;
        w.first = first;
        w.count = counts[k];
        for (const Fragment& f : w.fragments())
            w.width += f.width;
        first += counts[k];
        w.origin = word.origin;
        w.from_data = word.from_data;
    }
    out.back().space_after = word.space_after;
    return out;
}

} // namespace

FontStyle style_of(bool bold, bool italic) {
    return static_cast<FontStyle>((bold ? 1 : 0) + (italic ? 2 : 0));
}

units::Pt ascent(const Fonts& fonts, units::Pt size) {
    const font::FontFile& f = *fonts[0];
    return size * (static_cast<double>(f.ascender()) / f.units_per_em());
}

units::Pt line_height(const Fonts& fonts, units::Pt size, double spacing) {
    const font::FontFile& f = *fonts[0];
    const double single = static_cast<double>(f.ascender() - f.descender()) / f.units_per_em();
    return size * (single * spacing);
}

std::vector<Word> words_of(const doc::Spans& spans, units::Pt size, const Fonts& fonts) {
    // At most one word (and, apart from style changes, one fragment) more
    // than the spaces: room made once, not grown a word at a time.
    std::size_t pieces = 0;
    for (const doc::Span& s : spans)
        pieces += static_cast<std::size_t>(std::count(s.text.begin(), s.text.end(), ' ')) + 1;
    std::vector<Word> words;
    words.reserve(pieces);
    std::vector<Fragment> all; // every word's fragments, in order, shared once made
    all.reserve(pieces);
    bool open = false; // the last word may still grow
    // A space's width in each style, measured once.
    std::array<std::optional<units::Pt>, 4> space_width{};
    for (const doc::Span& s : spans) {
        const FontStyle style = style_of(s.bold, s.italic);
        std::size_t i = 0;
        while (i <= s.text.size()) {
            const std::size_t space = s.text.find(' ', i);
            const std::size_t end = space == std::string::npos ? s.text.size() : space;
            if (end > i) {
                const std::string_view piece = std::string_view(s.text).substr(i, end - i);
                if (!open) {
                    words.emplace_back();
                    words.back().first = static_cast<std::uint32_t>(all.size());
                }
                Word& w = words.back();
                if (w.origin.empty()) w.origin = s.origin.view();
                w.from_data = w.from_data || s.from_data;
                const units::Pt width = measure(fonts, style, piece, size);
                if (w.count > 0 && all.back().style == style) {
                    all.back().text += piece;
                    all.back().width += width;
                } else {
                    all.push_back({std::string(piece), style, width});
                    ++w.count;
                }
                w.width += width;
                open = true;
            }
            if (space == std::string::npos) break;
            if (open) {
                std::optional<units::Pt>& width = space_width[static_cast<std::size_t>(style)];
                if (!width) width = measure(fonts, style, " ", size);
                words.back().space_after = *width;
            }
            open = false;
            i = space + 1;
        }
    }
    if (!words.empty()) words.back().space_after = units::Pt(0);
    const auto shared = std::make_shared<const std::vector<Fragment>>(std::move(all));
    for (Word& w : words)
        w.parts = shared;
    return words;
}

units::Pt narrowest(const Word& word, units::Pt size, const Fonts& fonts) {
    const auto& parts = word.fragments();
    if (std::none_of(parts.begin(), parts.end(),
                     [](const Fragment& f) { return f.text.find('/') != std::string::npos; }))
        return word.width; // no unit to cut
    units::Pt widest;
    for (const Word& piece : unit_segments(word, size, fonts))
        widest = std::max(widest, piece.width);
    return widest;
}

std::vector<Line> break_lines(const std::vector<Word>& words, units::Pt first_width,
                              units::Pt width, units::Pt size, const Fonts& fonts) {
    // Room for the lines and each line's words made once, from the words'
    // mean width: a line's words are not grown one copy at a time.
    units::Pt total;
    for (const Word& w : words)
        total += w.width + w.space_after;
    const double mean = words.empty() ? 1 : std::max(total.value / words.size(), 1.0);
    const auto per_line = static_cast<std::size_t>(std::max(width, first_width).value / mean) + 2;
    std::vector<Line> lines(1);
    lines.reserve(static_cast<std::size_t>(total.value / std::max(width.value, 1.0)) + 2);
    units::Pt avail = first_width;
    auto add = [&](const Word& w) {
        Line& line = lines.back();
        if (!line.words.empty())
            line.natural_width += line.words.back().space_after;
        else if (line.words.capacity() == 0)
            line.words.reserve(std::min(per_line, words.size()));
        line.words.push_back(w);
        line.natural_width += w.width;
    };
    for (const Word& word : words) {
        Line& line = lines.back();
        const units::Pt gap = line.words.empty() ? units::Pt(0) : line.words.back().space_after;
        if (line.natural_width + gap + word.width <= avail + units::Pt(epsilon)) {
            add(word);
            continue;
        }
        if (!line.words.empty()) {
            lines.emplace_back();
            avail = width;
        }
        if (word.width <= avail + units::Pt(epsilon)) {
            add(word);
            continue;
        }
        // Too wide even alone: cut after a '/' in a unit, where it has one;
        // a piece that still does not fit stays whole and marks the line.
        for (const Word& piece : unit_segments(word, size, fonts)) {
            Line& cur = lines.back();
            const units::Pt gap = cur.words.empty() ? units::Pt(0) : cur.words.back().space_after;
            if (!cur.words.empty() &&
                cur.natural_width + gap + piece.width > avail + units::Pt(epsilon)) {
                lines.emplace_back();
                avail = width;
            }
            add(piece);
            if (piece.width > avail + units::Pt(epsilon)) lines.back().too_wide = true;
        }
    }
    return lines;
}

void set_line(const Line& line, units::Pt x, units::Pt width, doc::Align align, bool last,
              units::Pt baseline, units::Pt size, std::vector<PlacedText>& out) {
    if (line.words.empty()) return;
    const units::Pt slack = width - line.natural_width;
    const bool justify = align == doc::Align::justify && !last && slack.value > 0;
    int gaps = 0;
    for (std::size_t k = 0; k + 1 < line.words.size(); ++k) {
        gaps += line.words[k].space_after.value > 0 ? 1 : 0;
    }
    units::Pt cursor = x;
    if (align == doc::Align::center) cursor += slack / 2;
    if (align == doc::Align::right) cursor += slack;
    const units::Pt extra = justify && gaps > 0 ? slack / gaps : units::Pt(0);
    // Without justification, words in one style are joined into one piece
    // of text with real spaces, which copies and searches best.
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::size_t joinable = none; // index in `out` of the text that may grow
    for (std::size_t k = 0; k < line.words.size(); ++k) {
        const Word& w = line.words[k];
        for (const Fragment& f : w.fragments()) {
            if (!justify && joinable != none && out[joinable].style == f.style) {
                out[joinable].text += f.text;
            } else {
                out.push_back({cursor, baseline, f.text, f.style, size});
                joinable = out.size() - 1;
            }
            cursor += f.width;
        }
        if (k + 1 < line.words.size()) {
            cursor += w.space_after;
            if (w.space_after.value > 0) {
                cursor += extra;
                const bool same =
                    joinable != none &&
                    out[joinable].style == line.words[k + 1].fragments().front().style;
                if (!justify && same) {
                    out[joinable].text += ' ';
                } else {
                    joinable = none;
                }
            }
        }
    }
}

} // namespace thidua::layout
