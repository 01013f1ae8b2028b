// Formatter implementations: dates, times, numbers, case, fallbacks, lists.
#include "doc/formatters.hpp"

#include "text/calendar.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace thidua::doc {
namespace {

const std::array<std::string, 20> names = {
    "date", "short-date", "time",  "number", "percent", "upper", "lower",   "or",   "dots", "map",
    "join", "count",      "first", "roman",  "year",    "plain", "no-stop", "else", "plus", "pad"};

// Drops the punctuation a list item may end with (". ; : ,"), so the
// template can add the one Decree 30 wants.
std::string without_stop(std::string s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ';' || s.back() == ',' ||
                          s.back() == ':' || s.back() == ' ')) {
        s.pop_back();
    }
    return s;
}

int int_arg(const Formatter& f, std::size_t k, int fallback) {
    if (k >= f.args.size()) return fallback;
    int v = fallback;
    const std::string& a = f.args[k];
    std::from_chars(a.data(), a.data() + a.size(), v);
    return v;
}

std::string roman(int n) {
    static const std::array<std::pair<int, const char*>, 13> table = {{{1000, "M"},
                                                                       {900, "CM"},
                                                                       {500, "D"},
                                                                       {400, "CD"},
                                                                       {100, "C"},
                                                                       {90, "XC"},
                                                                       {50, "L"},
                                                                       {40, "XL"},
                                                                       {10, "X"},
                                                                       {9, "IX"},
                                                                       {5, "V"},
                                                                       {4, "IV"},
                                                                       {1, "I"}}};
    std::string out;
    for (const auto& [value, letters] : table) {
        while (n >= value) {
            out += letters;
            n -= value;
        }
    }
    return out;
}

std::string two(int v) {
    return (v < 10 ? "0" : "") + text::to_text(v);
}

Value text_or_null(const Value& v, const std::string& s) {
    return v.kind == Value::Kind::null ? Value::null() : Value::of_text(s);
}

} // namespace

std::span<const std::string> formatter_names() {
    return names;
}

std::pair<std::size_t, std::size_t> formatter_arity(std::string_view name) {
    if (name == "number" || name == "percent" || name == "dots") return {0, 1};
    if (name == "or" || name == "map" || name == "else" || name == "plus" || name == "pad")
        return {1, 1};
    if (name == "join") return {1, 2};
    return {0, 0};
}

std::string to_plain_text(const Value& v) {
    switch (v.kind) {
    case Value::Kind::null:
        return "";
    case Value::Kind::text:
        return v.text();
    case Value::Kind::boolean:
        return "";
    case Value::Kind::date:
        return text::date_in_words(v.date());
    case Value::Kind::time:
        return text::time_in_words(v.time());
    case Value::Kind::rich:
        return model::plain_text(v.rich());
    case Value::Kind::number:
        if (v.decimals >= 0 && v.number_kind != NumberKind::year) {
            const std::string n = v.signed_change ? text::format_vi_signed(v.number, v.decimals)
                                                  : text::format_vi(v.number, v.decimals);
            return v.number_kind == NumberKind::percent ? n + "%" : n;
        }
        switch (v.number_kind) {
        case NumberKind::count:
            return text::format_vi_auto(v.number, 0);
        case NumberKind::year:
            return text::to_text(static_cast<long long>(v.number));
        case NumberKind::percent:
            return text::format_vi_auto(v.number, 1) + "%";
        default:
            return text::format_vi_auto(v.number, 2);
        }
    case Value::Kind::list: {
        std::string out;
        for (const Value& item : *v.items()) {
            if (!out.empty()) out += ", ";
            out += to_plain_text(item);
        }
        return out;
    }
    case Value::Kind::object: {
        const Value* name = v.field("name");
        return name ? to_plain_text(*name) : "";
    }
    }
    return "";
}

Value apply_formatter(const Value& v, const Formatter& f) {
    const std::string& n = f.name;
    if (n == "or") return v.truthy() ? v : Value::of_text(f.args.at(0));
    if (n == "dots") return v;
    if (n == "plain") return text_or_null(v, to_plain_text(v));
    if (n == "no-stop" && v.kind == Value::Kind::rich) {
        model::RichText r = v.rich();
        while (!r.empty()) {
            r.back().text = without_stop(r.back().text);
            if (!r.back().text.empty()) break;
            r.pop_back();
        }
        return Value::of_rich(std::move(r));
    }
    if (n == "no-stop") return text_or_null(v, without_stop(to_plain_text(v)));
    if (n == "upper") return text_or_null(v, text::to_upper(to_plain_text(v)));
    if (n == "lower") return text_or_null(v, text::to_lower(to_plain_text(v)));
    if (n == "date" && v.kind == Value::Kind::date)
        return Value::of_text(text::date_in_words(v.date()));
    if (n == "short-date" && v.kind == Value::Kind::date) {
        return Value::of_text(two(v.date().day) + "/" + two(v.date().month) + "/" +
                              text::to_text(v.date().year));
    }
    if (n == "year" && v.kind == Value::Kind::date)
        return Value::of_text(text::to_text(v.date().year));
    if (n == "time" && v.kind == Value::Kind::time)
        return Value::of_text(text::time_in_words(v.time()));
    if (n == "number" && v.kind == Value::Kind::number) {
        return Value::of_text(f.args.empty() ? text::format_vi_auto(v.number, 2)
                                             : text::format_vi(v.number, int_arg(f, 0, 0)));
    }
    if (n == "percent" && v.kind == Value::Kind::number) {
        return Value::of_text((f.args.empty() ? text::format_vi_auto(v.number, 1)
                                              : text::format_vi(v.number, int_arg(f, 0, 1))) +
                              "%");
    }
    if (n == "plus" && v.kind == Value::Kind::number) {
        return Value::of_number(v.number + int_arg(f, 0, 0), v.number_kind);
    }
    if (n == "pad" && v.kind == Value::Kind::number) {
        // A whole number with leading zeros, as Decree 30 writes counts: "08".
        std::string digits = text::to_text(static_cast<long long>(std::llround(v.number)));
        const int width = std::clamp(int_arg(f, 0, 2), 1, 9);
        while (static_cast<int>(digits.size()) < width)
            digits.insert(digits.begin(), '0');
        return Value::of_text(digits);
    }
    if (n == "roman" && v.kind == Value::Kind::number) {
        return Value::of_text(roman(static_cast<int>(v.number)));
    }
    if (v.kind != Value::Kind::list) return v;
    if (n == "count")
        return Value::of_number(static_cast<double>(v.items()->size()), NumberKind::count);
    if (n == "first") return v.items()->empty() ? Value::null() : v.items()->front();
    if (n == "map") {
        ValueList out;
        for (const Value& item : *v.items()) {
            const Value* field = item.field(f.args.at(0));
            out.push_back(field ? *field : Value::null());
        }
        const Value* proto = v.prototype() ? v.prototype()->field(f.args.at(0)) : nullptr;
        return Value::of_list(std::move(out), proto ? *proto : Value::null());
    }
    if (n == "join") {
        if (v.items()->empty()) return Value::null();
        const std::string& sep = f.args.at(0);
        const std::string& last = f.args.size() > 1 ? f.args[1] : sep;
        std::string out;
        for (std::size_t k = 0; k < v.items()->size(); ++k) {
            if (k > 0) out += k + 1 == v.items()->size() ? last : sep;
            out += to_plain_text((*v.items())[k]);
        }
        return Value::of_text(out);
    }
    return v;
}

} // namespace thidua::doc
