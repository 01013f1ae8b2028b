// A page's content stream (see draw_page.hpp).
#include "pdf/draw_page.hpp"

#include "pdf/content_stream.hpp"
#include "pdf/text_check.hpp"
#include "text/utf8.hpp"

namespace thidua::pdf {

bool page_content(const layout::Page& page, EmbeddedFonts& fonts, std::string& operators,
                  std::string& error) {
    PageContent content;
    content.add_rules(page.rules);
    if (!page.texts.empty()) content.begin_text();
    const EmbeddedFont* current = nullptr;
    double current_size = -1;
    std::u16string codes;
    for (const layout::PlacedText& t : page.texts) {
        if (t.text.empty()) continue;
        EmbeddedFont* font = fonts.for_style(t.style, error);
        if (font == nullptr || !check_and_record(t, *font, error)) return false;
        if (font != current || t.size.value != current_size) {
            content.set_font(font->resource, t.size.value);
            current = font;
            current_size = t.size.value;
        }
        codes.clear();
        for (std::size_t i = 0; i < t.text.size();) // each recorded (checked)
            codes += static_cast<char16_t>(font->cid(text::next_code_point(t.text, i)));
        content.show(t.x.value, t.baseline.value, codes);
    }
    if (!page.texts.empty()) content.end_text();
    operators = content.operators();
    return true;
}

} // namespace thidua::pdf
