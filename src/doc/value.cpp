// Value constructors and the two questions templates ask of a value.
#include "doc/value.hpp"

#include <algorithm>
#include <variant>

namespace thidua::doc {

struct Value::Payload {
    struct List {
        ValueList items;
        Value prototype;
    };
    std::variant<std::string, model::RichText, text::Date, text::TimeOfDay, List, ValueObject> data;
};

namespace {

template <typename T> const T* payload_as(const std::shared_ptr<const Value::Payload>& p) {
    return p ? std::get_if<T>(&p->data) : nullptr;
}

} // namespace

const std::string& Value::text() const {
    static const std::string none;
    const auto* s = payload_as<std::string>(payload_);
    return s ? *s : none;
}

const model::RichText& Value::rich() const {
    static const model::RichText none;
    const auto* r = payload_as<model::RichText>(payload_);
    return r ? *r : none;
}

text::Date Value::date() const {
    const auto* d = payload_as<text::Date>(payload_);
    return d ? *d : text::Date{};
}

text::TimeOfDay Value::time() const {
    const auto* t = payload_as<text::TimeOfDay>(payload_);
    return t ? *t : text::TimeOfDay{};
}

const ValueList* Value::items() const {
    const auto* l = payload_as<Payload::List>(payload_);
    return l ? &l->items : nullptr;
}

const Value* Value::prototype() const {
    const auto* l = payload_as<Payload::List>(payload_);
    return l ? &l->prototype : nullptr;
}

const ValueObject* Value::fields() const {
    return payload_as<ValueObject>(payload_);
}

Value Value::of_text(std::string s) {
    Value v;
    v.kind = Kind::text;
    v.payload_ = std::make_shared<const Payload>(Payload{std::move(s)});
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
    v.payload_ = std::make_shared<const Payload>(Payload{*d});
    return v;
}

Value Value::of_time(const std::optional<text::TimeOfDay>& t) {
    if (!t) return null();
    Value v;
    v.kind = Kind::time;
    v.payload_ = std::make_shared<const Payload>(Payload{*t});
    return v;
}

Value Value::of_rich(model::RichText r) {
    Value v;
    v.kind = Kind::rich;
    v.payload_ = std::make_shared<const Payload>(Payload{std::move(r)});
    return v;
}

Value Value::of_list(ValueList items, Value prototype) {
    Value v;
    v.kind = Kind::list;
    v.payload_ = std::make_shared<const Payload>(
        Payload{Payload::List{std::move(items), std::move(prototype)}});
    return v;
}

Value Value::of_object(ValueObject fields, bool present) {
    Value v;
    v.kind = Kind::object;
    v.payload_ = std::make_shared<const Payload>(Payload{std::move(fields)});
    v.present = present;
    return v;
}

const Value* Value::field(std::string_view name) const {
    const ValueObject* f = fields();
    return f ? f->find(name) : nullptr;
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
    return entries_.insert(at, Entry{name, Value{}})->second;
}

const Value* ValueObject::find(std::string_view name) const {
    const auto at = std::lower_bound(entries_.begin(), entries_.end(), name, name_before);
    return at != entries_.end() && at->first == name ? &at->second : nullptr;
}

std::vector<std::string> Value::keys() const {
    std::vector<std::string> out;
    if (const ValueObject* f = fields()) {
        for (const auto& entry : *f)
            out.emplace_back(entry.first);
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
        return !text().empty();
    case Kind::rich:
        return !rich().empty();
    case Kind::list:
        return items() && !items()->empty();
    case Kind::object:
        return present;
    default:
        return true;
    }
}

} // namespace thidua::doc
