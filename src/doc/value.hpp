// What templates see of the model: a tree of named values (text, numbers,
// rich text, lists, objects). Every object has all its keys even when the
// data is absent (the value is then null), and every list carries a
// prototype item, so a template can be checked against the shape before
// anything is rendered, whatever the input holds.
#pragma once

#include "model/cluster_year.hpp"

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace thidua::doc {

// How a number prints by default: counts grouped (3.057.365), amounts with
// up to two decimals (47,5), percentages with a sign (12,5%), years as digits.
enum class NumberKind : std::uint8_t { count, amount, percent, year };

struct Value;
using ValueList = std::vector<Value>;
class ValueObject;

// A value is small (40 bytes): numbers, booleans and null hold everything
// inline; text, rich text, dates, times, lists and objects keep their data
// in one shared, immutable payload, so copying a value never copies data. A
// file of 20,000 members makes millions of values.
struct Value {
    enum class Kind : std::uint8_t { null, text, number, boolean, date, time, rich, list, object };

    Kind kind = Kind::null;
    NumberKind number_kind = NumberKind::amount;
    bool signed_change = false; // numbers: a change, "+" before a rise
    bool boolean = false;
    bool present = true; // for objects: false when built from absent data
    int decimals = -1;   // numbers: exactly this many decimals (-1: as the kind says)
    double number = 0;

    // The data of the kinds that have a payload; empty (or nullptr) for others.
    const std::string& text() const;
    const model::RichText& rich() const;
    text::Date date() const;
    text::TimeOfDay time() const;
    const ValueList* items() const;    // lists
    const Value* prototype() const;    // lists: the shape of an item
    const ValueObject* fields() const; // objects

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

    struct Payload; // in value.cpp

private:
    std::shared_ptr<const Payload> payload_;
};

// An object's fields, sorted by name: a vector rather than a tree, since a
// file of thousands of members holds hundreds of thousands of them. The
// names are the string literals of the code that builds the object (a view,
// not a copy: every name must outlive the object).
class ValueObject {
public:
    using Entry = std::pair<std::string_view, Value>;
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

// One cluster-year as every document's template sees it: its tree of values
// made once, however many documents are made of it (for a file of thousands
// of members the tree is a large share of the work).
class ModelView {
public:
    explicit ModelView(const model::ClusterYear& cy) : cy_(cy), value_(model_value(cy)) {}
    const model::ClusterYear& cluster_year() const { return cy_; }
    const Value& value() const { return value_; }

private:
    const model::ClusterYear& cy_;
    Value value_;
};

} // namespace thidua::doc
