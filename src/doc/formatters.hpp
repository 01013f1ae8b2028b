// The formatters a placeholder may apply ({x|date}, {x|number:1},
// {x|or:'...'}, ...) and the default way each kind of value prints.
#pragma once

#include "doc/expression.hpp"
#include "doc/value.hpp"

#include <span>
#include <string>
#include <string_view>

namespace thidua::doc {

// Names every formatter answers to, for checks and suggestions.
std::span<const std::string> formatter_names();

// The number of arguments a formatter takes: {min, max}.
std::pair<std::size_t, std::size_t> formatter_arity(std::string_view name);

// Applies one formatter. `dots` and `else` (which reads another field) are
// handled by the renderer; here they pass values through.
Value apply_formatter(const Value& v, const Formatter& f);

// A value as plain text, the way it prints without formatters: numbers the
// Vietnamese way by their kind, dates and times in words, lists joined with
// ", ", a member (or anything with a name) by its name. Null gives "".
std::string to_plain_text(const Value& v);

} // namespace thidua::doc
