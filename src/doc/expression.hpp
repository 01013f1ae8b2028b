// Placeholders inside template text: "{meeting.date|date}",
// "{x|or:'chưa có'}", "{{" for a literal brace. Parsing only; evaluation is
// the renderer's.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace thidua::doc {

struct Formatter {
    std::string name;
    std::vector<std::string> args;
};

struct Placeholder {
    std::vector<std::string> path; // "meeting.date" -> {"meeting", "date"}
    std::vector<Formatter> formatters;
    std::string source; // as written, for messages
};

// Literal text and placeholders in order.
struct TextTemplate {
    std::vector<std::variant<std::string, Placeholder>> parts;
    bool has_placeholders() const;
};

// The first `n` names of a path joined with dots: "meeting.chair".
std::string dotted(const std::vector<std::string>& path, std::size_t n);

// Parses `s`; on a mistake returns nullopt and sets `error` (plain words).
std::optional<TextTemplate> parse_text_template(std::string_view s, std::string& error);

// Parses a path with optional formatters, as used in each="x in PATH" and
// test="PATH" (no braces).
std::optional<Placeholder> parse_placeholder(std::string_view s, std::string& error);

} // namespace thidua::doc
