// The missing-glyph check: every span against its style's font.
#include "layout/layout.hpp"
#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

#include <set>

namespace thidua::layout {
namespace {

const char* style_name(int style) {
    static const char* names[] = {N_("regular"), N_("bold"), N_("italic"), N_("bold italic")};
    return i18n::tr(names[style]);
}

std::string hex(char32_t cp) {
    const char* digits = "0123456789ABCDEF";
    std::string out;
    for (int shift = cp > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4)
        out += digits[(cp >> shift) & 0xF];
    return "U+" + out;
}

class GlyphCheck {
public:
    GlyphCheck(const Fonts& fonts, diag::Diagnostics& diags, const CharacterLocator& locate)
        : fonts_(fonts), diags_(diags), locate_(locate) {}

    void text(std::string_view s, bool bold, bool italic, std::string_view origin) {
        const int style = (bold ? 1 : 0) + (italic ? 2 : 0);
        for (std::size_t i = 0; i < s.size();) {
            const char32_t cp = text::next_code_point(s, i);
            if (cp == ' ' || fonts_[static_cast<std::size_t>(style)]->has(cp)) continue;
            if (!reported_.insert({cp, style}).second) continue;
            std::string shown;
            text::append_utf8(shown, cp);
            const auto at = locate_ ? locate_(cp) : std::nullopt;
            if (at) {
                // The same words for every style and document, so that one
                // character gives one line.
                diags_.error(*at, i18n::trf("the character {1} '{2}' has no glyph in {3}, the "
                                            "documents' font; write it another way or configure "
                                            "a font that has it (fonts/README.md)",
                                            {hex(cp), shown, fonts_[0]->family()}));
                continue;
            }
            diags_.error({0, 0}, i18n::trf("the character {1} '{2}' has no glyph in {3} ({4}); "
                                           "it comes from {5}. Write it another way or configure "
                                           "a font that has it (fonts/README.md)",
                                           {hex(cp), shown,
                                            fonts_[static_cast<std::size_t>(style)]->family(),
                                            style_name(style), origin}));
        }
    }

    void spans(const doc::Spans& spans) {
        for (const doc::Span& s : spans)
            text(s.text, s.bold, s.italic, s.origin.view());
    }

    void block(const doc::Block& b) {
        std::visit([this](const auto& item) { visit(item); }, b.item);
    }

private:
    void visit(const doc::Paragraph& p) { spans(p.spans); }
    void visit(const doc::Table& t) {
        spans(t.continued);
        for (const doc::TableRow& r : t.rows) {
            for (const doc::Cell& c : r.cells)
                spans(c.spans);
        }
    }
    void visit(const doc::HeaderBlock& h) {
        text(h.parent, false, false, h.origin);
        text(h.issuer, true, false, h.origin);
        spans(h.number);
        text(h.nation, true, false, h.origin);
        text(h.motto, true, false, h.origin);
        spans(h.place_date);
    }
    void visit(const doc::Signatures& s) {
        for (const doc::Signer& signer : s.signers) {
            for (const doc::Spans& line : signer.titles)
                spans(line);
            spans(signer.name);
        }
    }
    void visit(const doc::Recipients& r) {
        spans(r.heading);
        for (const doc::Spans& item : r.items)
            spans(item);
    }
    void visit(const doc::Space&) {}
    void visit(const doc::KeepTogether& k) { blocks(k.blocks); }
    void visit(const doc::Section& s) { blocks(s.blocks); }
    void visit(const doc::Choice& c) {
        for (const auto& option : c.options)
            blocks(option);
    }
    void visit(const doc::WhenChosen& w) { blocks(w.blocks); }
    void blocks(const std::vector<doc::Block>& list) {
        for (const doc::Block& b : list)
            block(b);
    }

    const Fonts& fonts_;
    diag::Diagnostics& diags_;
    const CharacterLocator& locate_;
    std::set<std::pair<char32_t, int>> reported_;
};

} // namespace

bool check_glyphs(const doc::Document& doc, const Fonts& fonts, diag::Diagnostics& diags,
                  const CharacterLocator& locate) {
    const int before = diags.error_count();
    GlyphCheck check(fonts, diags, locate);
    for (const char* digit = "0123456789"; *digit; ++digit) {
        check.text(std::string(1, *digit), false, false, i18n::tr("the page numbers"));
    }
    for (const doc::Block& b : doc.blocks)
        check.block(b);
    return diags.error_count() == before;
}

} // namespace thidua::layout
