// What templates see of the model: a tree of named values (text, numbers,
// rich text, lists, objects). Every object has all its keys even when the
// data is absent (the value is then null), and every list carries a
// prototype item, so a template can be checked against the shape before
// anything is rendered, whatever the input holds.
#pragma once

#include "model/cluster_year.hpp"

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace thidua::doc {

// How a number prints by default: counts grouped (3.057.365), amounts with
// up to two decimals (47,5), percentages with a sign (12,5%), years as digits.
enum class NumberKind { count, amount, percent, year };

struct Value;
using ValueList = std::vector<Value>;
class ValueObject;

struct Value {
    enum class Kind { null, text, number, boolean, date, time, rich, list, object };

    Kind kind = Kind::null;
    std::string text;
    double number = 0;
    NumberKind number_kind = NumberKind::amount;
    int decimals = -1;        // numbers: exactly this many decimals (-1: as the kind says)
    bool signed_change = false; // numbers: a change, "+" before a rise
    bool boolean = false;
    text::Date date;
    text::TimeOfDay time;
    model::RichText rich;
    std::shared_ptr<const ValueList> items;
    std::shared_ptr<const Value> prototype; // for lists: the shape of an item
    std::shared_ptr<const ValueObject> fields;
    bool present = true; // for objects: false when built from absent data

    static Value null() { return {}; }
    static Value of_text(std::string s);
    static Value of_text(const std::optional<std::string>& s);
    static Value of_text(const char* s) { return of_text(std::string(s)); }
    static Value of_number(double v, NumberKind k = NumberKind::amount);
    static Value of_number(const std::optional<double>& v, NumberKind k = NumberKind::amount);
    // A figure shown with exactly `decimals` decimals (an indicator's precision).
    static Value of_figure(const std::optional<double>& v, NumberKind k, int decimals);
    // A change, one decimal and a sign: "+13,0%" (percent), "+2,4" (points).
    static Value of_change(const std::optional<double>& v, NumberKind k);
    static Value of_bool(bool b);
    static Value of_date(const std::optional<text::Date>& d);
    static Value of_time(const std::optional<text::TimeOfDay>& t);
    static Value of_rich(model::RichText r);
    static Value of_list(ValueList items, Value prototype);
    static Value of_object(ValueObject fields, bool present = true);

    // A field of an object (nullptr when there is no such key).
    const Value* field(std::string_view name) const;
    // The names of an object's fields (empty for anything else).
    std::vector<std::string> keys() const;
    // Null, false, an empty text or list, or an absent object.
    bool truthy() const;
};

// An object's fields, sorted by name: a vector rather than a tree, since a
// file of thousands of members holds hundreds of thousands of them (a tree
// node costs 32 bytes more than the field it holds).
class ValueObject {
public:
    using Entry = std::pair<std::string, Value>;
    ValueObject() = default;
    // The first of two entries of one name is kept, as a std::map does.
    ValueObject(std::initializer_list<Entry> entries);
    // The field of that name, made (null) when absent.
    Value& operator[](std::string_view name);
    void insert_or_assign(std::string_view name, Value v) { (*this)[name] = std::move(v); }
    const Value* find(std::string_view name) const;
    std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
    std::vector<Entry>::const_iterator end() const { return entries_.end(); }
    std::size_t size() const { return entries_.size(); }

private:
    std::vector<Entry> entries_; // sorted by name, names unique
};

// The whole cluster-year as the templates' root object.
Value model_value(const model::ClusterYear& cy);

} // namespace thidua::doc
