// The length check of every text.
#include "load/text_limits.hpp"

#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

namespace thidua::load {

bool check_text_length(Context& ctx, diag::Pos pos, std::string_view text) {
    if (text.size() <= max_text_characters) return true; // a character takes a byte at least
    const auto characters = static_cast<std::size_t>(text::count_code_points(text));
    if (characters <= max_text_characters && text.size() <= max_text_bytes) return true;
    auto number = [](std::size_t n) { return text::to_text(static_cast<long long>(n)); };
    ctx.error(pos, i18n::trf("this text is {1} characters long ({2} bytes in UTF-8); a text may "
                             "have at most {3} characters, the most an Excel cell holds, and {4} "
                             "bytes, the most a PDF string holds (a Vietnamese letter takes 2 or "
                             "3 bytes): shorten it or split it",
                             {number(characters), number(text.size()), number(max_text_characters),
                              number(max_text_bytes)}));
    return false;
}

} // namespace thidua::load
