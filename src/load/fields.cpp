// Attribute and text readers with their value checks.
#include "load/fields.hpp"

#include "i18n/messages.hpp"
#include "load/schema.hpp"
#include "load/text_limits.hpp"
#include "text/number.hpp"
#include "text/suggest.hpp"
#include "text/utf8.hpp"

#include <cctype>
#include <cmath>

namespace thidua::load {
namespace {

// "7.002", "3.057.365": groups of three digits after dots.
bool looks_like_thousands(std::string_view s, char sep) {
    if (!s.empty() && s.front() == '-') s.remove_prefix(1);
    const std::size_t first = s.find(sep);
    if (first == std::string_view::npos || first == 0 || first > 3) return false;
    std::size_t i = first;
    while (i < s.size()) {
        if (s[i] != sep || i + 4 > s.size()) return false;
        for (std::size_t k = i + 1; k < i + 4; ++k) {
            if (s[k] < '0' || s[k] > '9') return false;
        }
        i += 4;
    }
    for (std::size_t k = 0; k < first; ++k) {
        if (s[k] < '0' || s[k] > '9') return false;
    }
    return true;
}

std::string without(std::string_view s, char c) {
    std::string out;
    for (char x : s) {
        if (x != c) out += x;
    }
    return out;
}

// The attribute's bytes, or nullptr (reported when required).
const char* raw_attr(Context& ctx, const Element* el, std::string_view name, Need need) {
    const std::string* raw = el->value(name);
    if (raw == nullptr && need == Need::required) {
        ctx.error(ctx.pos(el), i18n::trf("<{1}> needs the attribute '{2}'", {el->name, name}));
    }
    return raw ? raw->c_str() : nullptr;
}

} // namespace

std::string clean(std::string_view raw) {
    return text::to_nfc(text::fold_whitespace(raw));
}

std::string suggest_id(std::string_view s) {
    const std::string folded = text::strip_marks_lower(s);
    std::string out;
    for (char c : folded) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (ok) {
            out += c;
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    if (out.size() > 40) out.resize(40);
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "bac-kan" : out;
}

std::optional<std::string> text_attr(Context& ctx, const Element* el, std::string_view name,
                                     Need need) {
    const char* raw = raw_attr(ctx, el, name, need);
    if (raw == nullptr) return std::nullopt;
    std::string value = clean(raw);
    if (!check_text_length(ctx, ctx.value_pos(el, name), value)) return std::nullopt;
    if (value.empty()) {
        if (need == Need::required) {
            ctx.error(ctx.value_pos(el, name),
                      i18n::trf("the attribute '{1}' on <{2}> is empty", {name, el->name}));
        }
        return std::nullopt;
    }
    return value;
}

bool is_windows_device_name(std::string_view s) {
    static constexpr std::string_view plain[] = {"con", "prn", "aux", "nul"};
    for (std::string_view p : plain) {
        if (s == p) return true;
    }
    const bool numbered = s.size() == 4 && (s.starts_with("com") || s.starts_with("lpt"));
    return numbered && s[3] >= '1' && s[3] <= '9';
}

bool valid_id(std::string_view s) {
    if (s.empty() || s.size() > 40) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
        if (!ok) return false;
    }
    return true;
}

std::optional<std::string> id_attr(Context& ctx, const Element* el, std::string_view name,
                                   Need need) {
    auto value = text_attr(ctx, el, name, need);
    if (!value) return std::nullopt;
    if (!valid_id(*value)) {
        ctx.error(ctx.value_pos(el, name),
                  i18n::trf("'{1}' is not a valid id; use lower-case letters a-z, digits and "
                            "'-' (at most 40), e.g. '{2}'",
                            {*value, suggest_id(*value)}));
        return std::nullopt;
    }
    if (is_windows_device_name(*value)) {
        ctx.error(ctx.value_pos(el, name),
                  i18n::trf("'{1}' cannot be an id: Windows keeps the name for a device, and ids "
                            "become file and folder names in archives copied to Windows "
                            "machines; write e.g. '{1}-1'",
                            {*value}));
        return std::nullopt;
    }
    return value;
}

bool check_member_ref(Context& ctx, diag::Pos pos, const std::string& id) {
    if (ctx.is_member(id)) return true;
    if (ctx.repeat_of_unknown(pos, id)) return false;
    std::string msg;
    const auto near =
        ctx.may_suggest(ctx.member_ids.size()) ? text::closest(id, ctx.member_ids) : std::nullopt;
    if (near) {
        msg += i18n::trf("; did you mean '{1}'?", {*near});
    } else if (!ctx.member_ids.empty() && ctx.member_ids.size() <= 12) {
        std::string list;
        for (std::size_t k = 0; k < ctx.member_ids.size(); ++k) {
            list += (k ? ", '" : "'") + ctx.member_ids[k] + "'";
        }
        msg += i18n::trf("; the members are {1}", {list});
    }
    ctx.unknown_member(pos, id, msg);
    return false;
}

std::optional<std::string> member_attr(Context& ctx, const Element* el, std::string_view name,
                                       Need need) {
    auto value = text_attr(ctx, el, name, need);
    if (!value) return std::nullopt;
    if (!check_member_ref(ctx, ctx.value_pos(el, name), *value)) return std::nullopt;
    return value;
}

std::optional<double> number_value(Context& ctx, diag::Pos pos, std::string_view raw_in,
                                   NumberRule rule) {
    const std::string raw = text::fold_whitespace(raw_in);
    const bool whole = rule == NumberRule::whole || rule == NumberRule::positive_whole;
    const std::optional<double> value = text::parse_decimal(raw);
    if (!value) {
        const std::size_t comma = raw.rfind(',');
        const std::size_t dot = raw.rfind('.');
        const std::string digits_of_whole =
            comma != std::string::npos ? without(without(raw.substr(0, comma), '.'), ' ') : "";
        if (!raw.empty() && raw.back() == '%' &&
            text::parse_decimal(text::fold_whitespace(raw.substr(0, raw.size() - 1)))) {
            // "65%": the indicator's unit says what the number counts.
            ctx.error(pos, i18n::trf("'{1}' is not a number; write {2} without '%' (the unit is "
                                     "given where the indicator is defined)",
                                     {raw, text::fold_whitespace(raw.substr(0, raw.size() - 1))}));
        } else if (comma != std::string::npos && comma + 1 < raw.size() &&
                   (dot == std::string::npos || dot < comma) &&
                   (looks_like_thousands(raw.substr(0, comma), '.') ||
                    looks_like_thousands(raw.substr(0, comma), ' ')) &&
                   text::parse_decimal(digits_of_whole + "." + raw.substr(comma + 1))) {
            // "3.250,5": the Vietnamese way, dots between thousands and a
            // decimal comma.
            ctx.error(pos, i18n::trf("'{1}' is not a number; write {2} (a dot for decimals, no "
                                     "thousands separators)",
                                     {raw, digits_of_whole + "." + raw.substr(comma + 1)}));
        } else if (dot != std::string::npos && comma != std::string::npos && comma < dot &&
                   looks_like_thousands(raw.substr(0, dot), ',') &&
                   text::parse_decimal(without(raw, ','))) {
            // "3,250.5": commas between thousands.
            ctx.error(pos,
                      i18n::trf("'{1}' is not a number; write {2} (no thousands separators)",
                                {raw, without(raw, ',')}));
        } else if (looks_like_thousands(raw, ',') || looks_like_thousands(raw, '.') ||
                   looks_like_thousands(raw, ' ')) {
            const char sep = raw.find(',') != std::string::npos   ? ','
                             : raw.find('.') != std::string::npos ? '.'
                                                                  : ' ';
            ctx.error(pos,
                      i18n::trf("'{1}' is not a number; write {2} (no thousands separators)",
                                {raw, without(raw, sep)}));
        } else if (raw.find(',') != std::string::npos && raw.find('.') == std::string::npos &&
                   text::parse_decimal(std::string(raw).replace(raw.find(','), 1, "."))) {
            std::string dotted = raw;
            dotted[dotted.find(',')] = '.';
            ctx.error(pos, i18n::trf("'{1}' is not a number; use a dot for decimals: {2}",
                                     {raw, dotted}));
        } else if (raw.empty()) {
            ctx.error(pos, i18n::tr("the number is missing; write digits, e.g. 109"));
        } else {
            ctx.error(pos, i18n::trf("'{1}' is not a number; write digits with a dot for "
                                     "decimals, e.g. 109 or 47.5",
                                     {raw}));
        }
        return std::nullopt;
    }
    if (whole && *value != std::floor(*value)) {
        if (looks_like_thousands(raw, '.')) {
            ctx.error(pos,
                      i18n::trf("'{1}' is not a whole number; write {2} (no thousands separators)",
                                {raw, without(raw, '.')}));
        } else {
            ctx.error(pos, i18n::trf("'{1}' is not a whole number; this value counts whole units",
                                     {raw}));
        }
        return std::nullopt;
    }
    if (rule != NumberRule::decimal && *value < 0) {
        ctx.error(pos, i18n::trf("'{1}' is negative; this value cannot be below 0", {raw}));
        return std::nullopt;
    }
    if (rule == NumberRule::positive_whole && *value == 0) {
        ctx.error(pos, i18n::trf("'{1}' must be more than 0", {raw}));
        return std::nullopt;
    }
    if (std::fabs(*value) > 1e15) {
        ctx.error(pos, i18n::trf("'{1}' is too large; numbers go up to 1000000000000000", {raw}));
        return std::nullopt;
    }
    return value;
}

std::optional<double> number_attr(Context& ctx, const Element* el, std::string_view name,
                                  NumberRule rule, Need need) {
    const char* raw = raw_attr(ctx, el, name, need);
    if (raw == nullptr) return std::nullopt;
    return number_value(ctx, ctx.value_pos(el, name), raw, rule);
}

std::optional<int> year_attr(Context& ctx, const Element* el, std::string_view name, Need need) {
    auto value = text_attr(ctx, el, name, need);
    if (!value) return std::nullopt;
    const auto y = text::parse_decimal(*value);
    if (value->size() != 4 || !y || *y < 1900 || *y > 2200) {
        ctx.error(ctx.value_pos(el, name),
                  i18n::trf("'{1}' is not a year; write four digits, e.g. 2023", {*value}));
        return std::nullopt;
    }
    return static_cast<int>(*y);
}

namespace {

// Reads an attribute with `parse`; reports `what_wrong` (a message marked
// with N_, '{1}' the value) when it fails.
template <typename Parse>
auto parsed_attr(Context& ctx, const Element* el, std::string_view name, Parse parse,
                 const char* what_wrong) -> decltype(parse(std::string_view())) {
    auto value = text_attr(ctx, el, name);
    if (!value) return std::nullopt;
    auto parsed = parse(*value);
    if (!parsed) ctx.error(ctx.value_pos(el, name), i18n::trf(what_wrong, {*value}));
    return parsed;
}

} // namespace

std::optional<text::Date> date_attr(Context& ctx, const Element* el, std::string_view name) {
    return parsed_attr(ctx, el, name, text::parse_date,
                       N_("'{1}' is not a date; write YYYY-MM-DD, e.g. 2023-11-24"));
}

std::optional<text::TimeOfDay> time_attr(Context& ctx, const Element* el, std::string_view name) {
    auto value = text_attr(ctx, el, name);
    if (!value) return std::nullopt;
    if (auto parsed = text::parse_time(*value)) return parsed;
    // "8:00", "8h30", "08h30", "8g30": the hour and minutes as HH:MM.
    std::string hour, minutes;
    std::size_t i = 0;
    while (i < value->size() && std::isdigit(static_cast<unsigned char>((*value)[i])))
        hour += (*value)[i++];
    if (i < value->size() && std::string_view(":hHg").find((*value)[i]) != std::string_view::npos)
        ++i;
    else
        hour.clear();
    while (i < value->size() && std::isdigit(static_cast<unsigned char>((*value)[i])))
        minutes += (*value)[i++];
    if (minutes.empty() && i == value->size() && !hour.empty()) minutes = "00"; // "8h"
    std::string hh_mm = (hour.size() == 1 ? "0" : "") + hour + ":" + minutes;
    const bool fixable = i == value->size() && !hour.empty() && hour.size() <= 2 &&
                         minutes.size() == 2 && text::parse_time(hh_mm);
    ctx.error(ctx.value_pos(el, name),
              fixable ? i18n::trf("'{1}' is not a time; write {2} (HH:MM, two digits each)",
                                  {*value, hh_mm})
                      : i18n::trf("'{1}' is not a time; write HH:MM, e.g. 08:30", {*value}));
    return std::nullopt;
}

std::optional<std::size_t> choice_attr(Context& ctx, const Element* el, std::string_view name,
                                       std::span<const std::string> choices) {
    auto value = text_attr(ctx, el, name);
    if (!value) return std::nullopt;
    for (std::size_t k = 0; k < choices.size(); ++k) {
        if (choices[k] == *value) return k;
    }
    std::string list;
    for (std::size_t k = 0; k < choices.size(); ++k) {
        if (k + 1 == choices.size() && k > 0) {
            list = i18n::trf("{1} or {2}", {list, choices[k]});
        } else {
            list += (k == 0 ? "" : ", ") + choices[k];
        }
    }
    std::string msg = i18n::trf("'{1}' is not a valid {2}; write {3}", {*value, name, list});
    if (const auto near = text::closest(*value, choices))
        msg += i18n::trf(" (did you mean '{1}'?)", {*near});
    ctx.error(ctx.value_pos(el, name), msg);
    return std::nullopt;
}

namespace {

// Where an element's text starts: its first character that is not white
// space, in its first text child that has one (else the element).
diag::Pos text_pos(const Element* el) {
    for (const xml::Node& n : el->children) {
        if (n.element) continue;
        for (std::size_t k = 0; k < n.text.size(); ++k) {
            if (!text::is_xml_space(n.text[k])) return xml::position_in(n, k);
        }
    }
    return el->pos;
}

} // namespace

std::string plain_content(Context& ctx, const Element* el) {
    std::string raw;
    for (const xml::Node& n : el->children) {
        if (!n.element) raw += n.text;
    }
    std::string value = clean(raw);
    if (value.empty()) ctx.error(ctx.pos(el), i18n::trf("<{1}> is empty", {el->name}));
    check_text_length(ctx, text_pos(el), value);
    return value;
}

namespace {

void collect_runs(const Element* el, bool bold, bool italic, model::RichText& out) {
    for (const xml::Node& n : el->children) {
        if (!n.element) {
            out.push_back({n.text, bold, italic});
        } else if (n.element->name == "b" || n.element->name == "i") {
            const bool b = n.element->name == "b";
            collect_runs(n.element.get(), bold || b, italic || !b, out);
        }
    }
}

void check_inline(Context& ctx, const Element* el) {
    for (const Element* c : el->elements()) {
        const std::string_view name = c->name;
        if (name == "b" || name == "i") {
            check_shape(ctx, c);
            check_inline(ctx, c);
        }
    }
}

// Folds white space across run boundaries and merges runs of equal style.
model::RichText fold_runs(const model::RichText& raw) {
    model::RichText out;
    bool pending = false;
    bool pending_bold = false; // the style of the run the pending white space started in
    bool pending_italic = false;
    // The text to write to in this style: the last run's, or a new run.
    auto text_in = [&](bool bold, bool italic) -> std::string& {
        if (out.empty() || out.back().bold != bold || out.back().italic != italic)
            out.push_back({"", bold, italic});
        return out.back().text;
    };
    for (const model::Run& r : raw) {
        const std::string_view t = r.text;
        for (std::size_t i = 0; i < t.size();) {
            if (text::is_xml_space(t[i])) {
                if (!pending) {
                    pending_bold = r.bold;
                    pending_italic = r.italic;
                }
                pending = true;
                ++i;
                continue;
            }
            if (pending && !out.empty()) text_in(pending_bold, pending_italic) += ' ';
            pending = false;
            // The stretch of other characters, with each single ' ' between
            // two of them, goes across whole.
            std::size_t end = i + 1;
            while (end < t.size()) {
                if (!text::is_xml_space(t[end])) {
                    ++end;
                } else if (t[end] == ' ' && end + 1 < t.size() && !text::is_xml_space(t[end + 1])) {
                    end += 2;
                } else {
                    break;
                }
            }
            text_in(r.bold, r.italic).append(t.substr(i, end - i));
            i = end;
        }
    }
    for (model::Run& r : out)
        r.text = text::to_nfc(r.text);
    return out;
}

} // namespace

model::RichText rich_content(Context& ctx, const Element* el) {
    check_inline(ctx, el);
    model::RichText raw;
    collect_runs(el, false, false, raw);
    model::RichText runs = fold_runs(raw);
    if (runs.empty()) ctx.error(ctx.pos(el), i18n::trf("<{1}> is empty", {el->name}));
    std::string whole;
    for (const model::Run& r : runs)
        whole += r.text;
    check_text_length(ctx, text_pos(el), whole);
    return runs;
}

std::vector<model::RichText> rich_children(Context& ctx, const Element* el, std::string_view name) {
    std::vector<model::RichText> out;
    for (const Element* c : el->elements(name)) {
        check_shape(ctx, c);
        out.push_back(rich_content(ctx, c));
    }
    return out;
}

} // namespace thidua::load

namespace thidua::load {

bool SeenKeys::add(Context& ctx, diag::Pos pos, const std::string& key, const std::string& message,
                   std::string_view first_word) {
    const auto [it, added] = seen_.emplace(key, pos.line);
    if (added) return true;
    const std::string line = text::to_text(it->second);
    if (first_word.empty()) {
        ctx.error(pos, i18n::trf("{1} (line {2})", {message, line}));
    } else if (first_word == "first defined") {
        ctx.error(pos, i18n::trf("{1} (first defined on line {2})", {message, line}));
    } else {
        ctx.error(pos, i18n::trf("{1} ({2} on line {3})", {message, first_word, line}));
    }
    return false;
}

} // namespace thidua::load
