// Value constructors and the two questions templates ask of a value.
#include "doc/value.hpp"

#include <algorithm>

namespace thidua::doc {

Value Value::of_text(std::string s) {
    Value v;
    v.kind = Kind::text;
    v.text = std::move(s);
    return v;
}

Value Value::of_text(const std::optional<std::string>& s) {
    return s ? of_text(*s) : null();
}

Value Value::of_number(double n, NumberKind k) {
    Value v;
    v.kind = Kind::number;
    v.number = n;
    v.number_kind = k;
    return v;
}

Value Value::of_number(const std::optional<double>& n, NumberKind k) {
    return n ? of_number(*n, k) : null();
}

Value Value::of_figure(const std::optional<double>& n, NumberKind k, int decimals) {
    Value v = of_number(n, k);
    if (n) v.decimals = decimals;
    return v;
}

Value Value::of_change(const std::optional<double>& n, NumberKind k) {
    Value v = of_figure(n, k, 1);
    v.signed_change = n.has_value();
    return v;
}

Value Value::of_bool(bool b) {
    Value v;
    v.kind = Kind::boolean;
    v.boolean = b;
    return v;
}

Value Value::of_date(const std::optional<text::Date>& d) {
    if (!d) return null();
    Value v;
    v.kind = Kind::date;
    v.date = *d;
    return v;
}

Value Value::of_time(const std::optional<text::TimeOfDay>& t) {
    if (!t) return null();
    Value v;
    v.kind = Kind::time;
    v.time = *t;
    return v;
}

Value Value::of_rich(model::RichText r) {
    Value v;
    v.kind = Kind::rich;
    v.rich = std::move(r);
    return v;
}

Value Value::of_list(ValueList items, Value prototype) {
    Value v;
    v.kind = Kind::list;
    v.items = std::make_shared<const ValueList>(std::move(items));
    v.prototype = std::make_shared<const Value>(std::move(prototype));
    return v;
}

Value Value::of_object(ValueObject fields, bool present) {
    Value v;
    v.kind = Kind::object;
    v.fields = std::make_shared<const ValueObject>(std::move(fields));
    v.present = present;
    return v;
}

const Value* Value::field(std::string_view name) const {
    if (kind != Kind::object || !fields) return nullptr;
    return fields->find(name);
}

namespace {

bool name_before(const ValueObject::Entry& e, std::string_view name) {
    return e.first < name;
}

} // namespace

ValueObject::ValueObject(std::initializer_list<Entry> entries) {
    entries_.reserve(entries.size());
    for (const Entry& e : entries) {
        const auto at = std::lower_bound(entries_.begin(), entries_.end(), e.first, name_before);
        if (at != entries_.end() && at->first == e.first) continue;
        entries_.insert(at, e);
    }
}

Value& ValueObject::operator[](std::string_view name) {
    const auto at = std::lower_bound(entries_.begin(), entries_.end(), name, name_before);
    if (at != entries_.end() && at->first == name) return at->second;
    return entries_.insert(at, Entry{std::string(name), Value{}})->second;
}

const Value* ValueObject::find(std::string_view name) const {
    const auto at = std::lower_bound(entries_.begin(), entries_.end(), name, name_before);
    return at != entries_.end() && at->first == name ? &at->second : nullptr;
}

std::vector<std::string> Value::keys() const {
    std::vector<std::string> out;
    if (kind == Kind::object && fields) {
        for (const auto& entry : *fields)
            out.push_back(entry.first);
    }
    return out;
}

bool Value::truthy() const {
    switch (kind) {
    case Kind::null:
        return false;
    case Kind::boolean:
        return boolean;
    case Kind::text:
        return !text.empty();
    case Kind::rich:
        return !rich.empty();
    case Kind::list:
        return items && !items->empty();
    case Kind::object:
        return present;
    default:
        return true;
    }
}

} // namespace thidua::doc
