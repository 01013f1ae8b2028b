// tr, tr_n and fill (see messages.hpp): the one place that calls gettext.
#include "i18n/messages.hpp"

#include <charconv>
#include <libintl.h>

namespace thidua::i18n {

namespace {
constexpr const char* domain = "thidua";
} // namespace

const char* tr(const char* msgid) {
    return dgettext(domain, msgid);
}

const char* tr_n(const char* one, const char* many, unsigned long n) {
    return dngettext(domain, one, many, n);
}

std::string count_of(long long n, const char* one, const char* many) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    const unsigned long count =
        n < 0 ? static_cast<unsigned long>(-n) : static_cast<unsigned long>(n);
    return fill(tr_n(one, many, count),
                {std::string_view(digits, static_cast<std::size_t>(end - digits))});
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9' &&
            pattern[i + 2] == '}') {
            const auto k = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (k < args.size()) {
                out += *(args.begin() + k);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace thidua::i18n
