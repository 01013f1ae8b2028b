// The placeholder grammar: {path(|name(:arg)*)*} with 'quoted' args.
#include "doc/expression.hpp"

#include "text/utf8.hpp"

namespace thidua::doc {
namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

std::string trim(std::string_view s) {
    while (!s.empty() && text::is_xml_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && text::is_xml_space(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

// Splits on `sep` outside single quotes.
std::vector<std::string> split_outside_quotes(std::string_view s, char sep) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (char c : s) {
        if (c == '\'') quoted = !quoted;
        if (c == sep && !quoted) {
            out.emplace_back();
            continue;
        }
        out.back() += c;
    }
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
    p.source = trim(s);
    const std::vector<std::string> pieces = split_outside_quotes(s, '|');
    const std::string path = trim(pieces[0]);
    if (path.empty()) {
        error = "a placeholder needs a field name, e.g. {meeting.title}";
        return std::nullopt;
    }
    std::string name;
    for (char c : path) {
        if (c == '.') {
            if (name.empty()) break;
            p.path.push_back(name);
            name.clear();
        } else if (is_name_char(c)) {
            name += c;
        } else {
            error = "'" + path +
                    "' is not a field name; write names joined by dots, e.g. "
                    "meeting.chair.name";
            return std::nullopt;
        }
    }
    if (name.empty()) {
        error = "'" + path +
                "' is not a field name; write names joined by dots, e.g. "
                "meeting.chair.name";
        return std::nullopt;
    }
    p.path.push_back(name);
    for (std::size_t k = 1; k < pieces.size(); ++k) {
        const std::vector<std::string> parts = split_outside_quotes(pieces[k], ':');
        Formatter f{trim(parts[0]), {}};
        if (f.name.empty()) {
            error = "an empty formatter after '|' in {" + p.source + "}";
            return std::nullopt;
        }
        for (std::size_t a = 1; a < parts.size(); ++a) {
            std::string arg = trim(parts[a]);
            if (arg.size() >= 2 && arg.front() == '\'' && arg.back() == '\'') {
                arg = arg.substr(1, arg.size() - 2);
            } else if (arg.find('\'') != std::string::npos) {
                error = "a quote is not closed in {" + p.source + "}";
                return std::nullopt;
            }
            f.args.push_back(arg);
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
            error = "a '}' without its '{'; write }} for a brace";
            return std::nullopt;
        }
        if (c != '{') {
            literal += c;
            continue;
        }
        const std::size_t close = s.find('}', i);
        if (close == std::string_view::npos) {
            error = "a '{' is not closed; add '}' (or write {{ for a brace)";
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
