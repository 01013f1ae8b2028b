// Words, lines, and setting a line in place.
#include "layout/line_breaking.hpp"

#include "text/utf8.hpp"

namespace thidua::layout {
namespace {

constexpr double epsilon = 1e-6;

const font::FontFile& font_for(const Fonts& fonts, FontStyle s) {
    return *fonts[static_cast<std::size_t>(s)];
}

units::Pt measure(const Fonts& fonts, FontStyle s, std::string_view text, units::Pt size) {
    return font_for(fonts, s).measure(text, size);
}

// Splits a word too wide for `width` into pieces that fit, preferring to
// break after '/' or '-'.
std::vector<Word> split_word(const Word& word, units::Pt width, units::Pt size,
                             const Fonts& fonts) {
    std::vector<Word> out(1);
    std::size_t last_break_part = 0;
    std::size_t last_break_byte = std::string::npos;
    auto close_piece = [&]() { out.emplace_back(); };
    for (const Fragment& f : word.parts) {
        for (std::size_t i = 0; i < f.text.size();) {
            const std::size_t start = i;
            text::next_code_point(f.text, i);
            const std::string ch = f.text.substr(start, i - start);
            const units::Pt w = measure(fonts, f.style, ch, size);
            Word& cur = out.back();
            if (cur.width + w > width && cur.width.value > 0) {
                if (last_break_byte != std::string::npos && last_break_part < cur.parts.size()) {
                    // Move what follows the last '/' or '-' to a new piece.
                    Word rest;
                    Fragment& at = cur.parts[last_break_part];
                    Fragment tail{at.text.substr(last_break_byte), at.style, units::Pt(0)};
                    at.text.resize(last_break_byte);
                    at.width = measure(fonts, at.style, at.text, size);
                    tail.width = measure(fonts, tail.style, tail.text, size);
                    rest.parts.push_back(tail);
                    for (std::size_t k = last_break_part + 1; k < cur.parts.size(); ++k) {
                        rest.parts.push_back(cur.parts[k]);
                    }
                    cur.parts.resize(last_break_part + 1);
                    cur.width = units::Pt(0);
                    for (const Fragment& p : cur.parts)
                        cur.width += p.width;
                    for (const Fragment& p : rest.parts)
                        rest.width += p.width;
                    out.push_back(std::move(rest));
                } else {
                    close_piece();
                }
                last_break_byte = std::string::npos;
            }
            Word& now = out.back();
            if (now.parts.empty() || now.parts.back().style != f.style) {
                now.parts.push_back({"", f.style, units::Pt(0)});
            }
            now.parts.back().text += ch;
            now.parts.back().width += w;
            now.width += w;
            if (ch == "/" || ch == "-") {
                last_break_part = now.parts.size() - 1;
                last_break_byte = now.parts.back().text.size();
            }
        }
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
    std::vector<Word> words;
    bool open = false; // the last word may still grow
    for (const doc::Span& s : spans) {
        const FontStyle style = style_of(s.bold, s.italic);
        std::size_t i = 0;
        while (i <= s.text.size()) {
            const std::size_t space = s.text.find(' ', i);
            const std::size_t end = space == std::string::npos ? s.text.size() : space;
            if (end > i) {
                const std::string piece = s.text.substr(i, end - i);
                if (!open) words.emplace_back();
                Word& w = words.back();
                const units::Pt width = measure(fonts, style, piece, size);
                if (!w.parts.empty() && w.parts.back().style == style) {
                    w.parts.back().text += piece;
                    w.parts.back().width += width;
                } else {
                    w.parts.push_back({piece, style, width});
                }
                w.width += width;
                open = true;
            }
            if (space == std::string::npos) break;
            if (open) words.back().space_after = measure(fonts, style, " ", size);
            open = false;
            i = space + 1;
        }
    }
    if (!words.empty()) words.back().space_after = units::Pt(0);
    return words;
}

std::vector<Line> break_lines(const std::vector<Word>& words, units::Pt first_width,
                              units::Pt width, units::Pt size, const Fonts& fonts) {
    std::vector<Line> lines(1);
    units::Pt avail = first_width;
    auto add = [&](const Word& w) {
        Line& line = lines.back();
        if (!line.words.empty()) line.natural_width += line.words.back().space_after;
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
        const std::vector<Word> pieces = split_word(word, avail, size, fonts);
        for (std::size_t k = 0; k < pieces.size(); ++k) {
            if (k > 0) {
                lines.emplace_back();
                avail = width;
            }
            add(pieces[k]);
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
        for (const Fragment& f : w.parts) {
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
                const bool same = joinable != none &&
                                  out[joinable].style == line.words[k + 1].parts.front().style;
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
