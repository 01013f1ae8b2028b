// Reading one attribute or text value: presence, NFC and white-space
// folding, and the value checks (ids, numbers, dates, times, choices), each
// failure reported where the value stands.
#pragma once

#include "load/context.hpp"
#include "model/cluster_year.hpp"
#include "text/calendar.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace thidua::load {

enum class Need { optional, required };

// What a number may be.
enum class NumberRule {
    decimal,        // any decimal
    non_negative,   // decimal >= 0
    whole,          // whole number >= 0 (counts)
    positive_whole, // whole number > 0
};

// Text of an attribute, folded and NFC. A required attribute that is absent
// or empty is an error; an optional one that is empty counts as absent.
std::optional<std::string> text_attr(Context& ctx, const Element* el, std::string_view name,
                                     Need need = Need::optional);

// An identifier: [a-z0-9][a-z0-9-]*, at most 40 characters.
std::optional<std::string> id_attr(Context& ctx, const Element* el, std::string_view name,
                                   Need need = Need::required);
bool valid_id(std::string_view s);
// con, prn, aux, nul, com1-com9, lpt1-lpt9: names Windows gives to devices,
// never usable as file or folder names there.
bool is_windows_device_name(std::string_view s);

// A reference to a member id; reports unknown ids with a suggestion.
std::optional<std::string> member_attr(Context& ctx, const Element* el, std::string_view name,
                                       Need need = Need::required);
bool check_member_ref(Context& ctx, diag::Pos pos, const std::string& id);

std::optional<double> number_attr(Context& ctx, const Element* el, std::string_view name,
                                  NumberRule rule, Need need = Need::optional);
// Checks a raw value already taken from an attribute.
std::optional<double> number_value(Context& ctx, diag::Pos pos, std::string_view raw,
                                   NumberRule rule);

std::optional<int> year_attr(Context& ctx, const Element* el, std::string_view name,
                             Need need = Need::optional);
std::optional<text::Date> date_attr(Context& ctx, const Element* el, std::string_view name);
std::optional<text::TimeOfDay> time_attr(Context& ctx, const Element* el, std::string_view name);

// One of a fixed set of words; returns its index. Absent gives nullopt.
std::optional<std::size_t> choice_attr(Context& ctx, const Element* el, std::string_view name,
                                       std::span<const std::string> choices);

// Plain text content (for <title>); required and non-empty.
std::string plain_content(Context& ctx, const Element* el);
// Text with <b>/<i> runs (for <p>, <item>, <basis>, <target>, <to>).
model::RichText rich_content(Context& ctx, const Element* el);
// The rich text of every child with this name (<p>, <item>, <basis>, ...).
std::vector<model::RichText> rich_children(Context& ctx, const Element* el, std::string_view name);

// Folds white space and normalises to NFC.
std::string clean(std::string_view raw);

// A suggested id for free text: "Bắc Kạn" -> "bac-kan".
std::string suggest_id(std::string_view s);

} // namespace thidua::load

namespace thidua::load {

// Remembers ids (or any keys) already seen, to report duplicates with the
// line of the first one: "duplicate member id 'x' (first defined on line 5)".
class SeenKeys {
public:
    // True if new; otherwise reports `message + " (first_word on line N)"`, or
    // `message + " (line N)"` when first_word is empty.
    bool add(Context& ctx, diag::Pos pos, const std::string& key, const std::string& message,
             std::string_view first_word = "first defined");

private:
    std::unordered_map<std::string, int> seen_; // key -> line
};

} // namespace thidua::load
