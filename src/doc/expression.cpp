// The placeholder grammar: {path(|name(:arg)*)*} with 'quoted' args.
#include "doc/expression.hpp"

#include "i18n/messages.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace thidua::doc {
namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && text::is_xml_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && text::is_xml_space(s.back()))
        s.remove_suffix(1);
    return s;
}

// Splits on `sep` outside single quotes; the pieces are views into `s`.
std::vector<std::string_view> split_outside_quotes(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    bool quoted = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\'') quoted = !quoted;
        if (s[i] == sep && !quoted) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    out.push_back(s.substr(start));
    return out;
}

} // namespace

std::string dotted(const std::vector<std::string>& path, std::size_t n) {
    std::string out;
    for (std::size_t k = 0; k < n && k < path.size(); ++k)
        out += (k ? "." : "") + path[k];
    return out;
}

bool TextTemplate::has_placeholders() const {
    for (const auto& p : parts) {
        if (std::holds_alternative<Placeholder>(p)) return true;
    }
    return false;
}

std::optional<Placeholder> parse_placeholder(std::string_view s, std::string& error) {
    Placeholder p;
    p.source = std::string(trim(s));
    const std::vector<std::string_view> pieces = split_outside_quotes(s, '|');
    const std::string_view path = trim(pieces[0]);
    if (path.empty()) {
        error = i18n::tr("a placeholder needs a field name, e.g. {meeting.title}");
        return std::nullopt;
    }
    const auto not_a_name = [&] {
        error = i18n::trf("'{1}' is not a field name; write names joined by dots, e.g. "
                          "meeting.chair.name",
                          {path});
        return std::nullopt;
    };
    p.path.reserve(static_cast<std::size_t>(std::count(path.begin(), path.end(), '.')) + 1);
    std::size_t start = 0; // of the name being read
    for (std::size_t k = 0; k < path.size(); ++k) {
        const char c = path[k];
        if (c == '.') {
            if (k == start) return not_a_name(); // an empty name
            p.path.emplace_back(path.substr(start, k - start));
            start = k + 1;
        } else if (!is_name_char(c)) {
            return not_a_name();
        }
    }
    if (start == path.size()) return not_a_name();
    p.path.emplace_back(path.substr(start));
    for (std::size_t k = 1; k < pieces.size(); ++k) {
        const std::vector<std::string_view> parts = split_outside_quotes(pieces[k], ':');
        Formatter f{std::string(trim(parts[0])), {}};
        if (f.name.empty()) {
            error = i18n::trf("an empty formatter after '|' in {{1}}", {p.source});
            return std::nullopt;
        }
        for (std::size_t a = 1; a < parts.size(); ++a) {
            std::string_view arg = trim(parts[a]);
            if (arg.size() >= 2 && arg.front() == '\'' && arg.back() == '\'') {
                arg = arg.substr(1, arg.size() - 2);
            } else if (arg.find('\'') != std::string_view::npos) {
                error = i18n::trf("a quote is not closed in {{1}}", {p.source});
                return std::nullopt;
            }
            f.args.emplace_back(arg);
        }
        p.formatters.push_back(std::move(f));
    }
    return p;
}

std::optional<TextTemplate> parse_text_template(std::string_view s, std::string& error) {
    TextTemplate t;
    std::string literal;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if ((c == '{' || c == '}') && i + 1 < s.size() && s[i + 1] == c) {
            literal += c;
            ++i;
            continue;
        }
        if (c == '}') {
            error = i18n::tr("a '}' without its '{'; write }} for a brace");
            return std::nullopt;
        }
        if (c != '{') { // the run of plain characters up to the next brace, whole
            std::size_t end = i + 1;
            while (end < s.size() && s[end] != '{' && s[end] != '}')
                ++end;
            literal.append(s.substr(i, end - i));
            i = end - 1;
            continue;
        }
        const std::size_t close = s.find('}', i);
        if (close == std::string_view::npos) {
            error = i18n::tr("a '{' is not closed; add '}' (or write {{ for a brace)");
            return std::nullopt;
        }
        auto p = parse_placeholder(s.substr(i + 1, close - i - 1), error);
        if (!p) return std::nullopt;
        if (!literal.empty()) t.parts.emplace_back(std::move(literal));
        literal.clear();
        t.parts.emplace_back(std::move(*p));
        i = close;
    }
    if (!literal.empty()) t.parts.emplace_back(std::move(literal));
    return t;
}

} // namespace thidua::doc
