// A page's content stream (see draw_page.hpp).
#include "pdf/draw_page.hpp"

#include "pdf/content_stream.hpp"
#include "pdf/text_check.hpp"

namespace thidua::pdf {

bool page_content(const layout::Page& page, EmbeddedFonts& fonts, std::string& operators,
                  std::string& error) {
    PageContent content;
    // About what a shown word takes (position, codes, operators).
    content.reserve(64 * page.texts.size() + 32 * page.rules.size() + 64);
    content.add_rules(page.rules);
    if (!page.texts.empty()) content.begin_text();
    const EmbeddedFont* current = nullptr;
    double current_size = -1;
    std::u16string codes;
    double advance = 0;
    for (const layout::PlacedText& t : page.texts) {
        if (t.text.empty()) continue;
        EmbeddedFont* font = fonts.for_style(t.style, error);
        if (font == nullptr || !check_and_record(t, *font, codes, advance, error)) return false;
        if (font != current || t.size.value != current_size) {
            content.set_font(font->resource, t.size.value);
            current = font;
            current_size = t.size.value;
        }
        content.show(t.x.value, t.baseline.value, codes, advance);
    }
    if (!page.texts.empty()) content.end_text();
    operators = content.take();
    return true;
}

} // namespace thidua::pdf
