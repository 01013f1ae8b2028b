// One walk over a template with values. Checking (with diagnostics): every
// loop runs once over its list's prototype, both branches of every
// condition are taken, and each unknown element, attribute, field or
// formatter is reported. Rendering (without): the real data, producing the
// document tree. Internal to doc/.
#pragma once

#include "diag/diagnostics.hpp"
#include "doc/blocks.hpp"
#include "doc/expression.hpp"
#include "doc/template_parts.hpp"
#include "doc/template_rules.hpp"
#include "doc/value.hpp"
#include "xml/tree.hpp"

#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace thidua::doc {

class TemplateWalk {
public:
    // `known`: the parts the checking walk of this template parsed, looked
    // up before parsing again (nullptr: none).
    TemplateWalk(std::string name, Value root, diag::Diagnostics* check,
                 const TemplateParts* known = nullptr);
    Document run(const xml::Element& root);
    // What this walk parsed that `known` did not hold.
    TemplateParts take_parts() && { return std::move(parts_); }

private:
    // Where the walk is writing to; which member is set depends on context.
    struct Sink {
        std::vector<Block>* blocks = nullptr;
        Table* table = nullptr;
        TableRow* row = nullptr;
        Signatures* signatures = nullptr;
        Signer* signer = nullptr;
        Recipients* recipients = nullptr;
        Choice* choice = nullptr;
        Spans* spans = nullptr;
        bool bold = false;
        bool italic = false;
    };

    bool checking() const { return check_ != nullptr; }
    void error(diag::Pos pos, std::string message);
    const Origin& origin(diag::Pos pos);

    // A placeholder's value: the one the tree holds, or the formatted copy
    // when formatters made a new one (null pointer: the placeholder is in
    // error). Values are looked at where they are, not copied.
    class Evaluated {
    public:
        Evaluated() = default;
        explicit Evaluated(const Value* v) : ref_(v) {}
        explicit Evaluated(Value v) : owned_(std::move(v)) {}
        const Value* get() const { return owned_ ? &*owned_ : ref_; }
        explicit operator bool() const { return get() != nullptr; }
        const Value* operator->() const { return get(); }
        const Value& operator*() const { return *get(); }

    private:
        const Value* ref_ = nullptr;
        std::optional<Value> owned_;
    };

    // Values.
    Evaluated evaluate(const Placeholder& p, diag::Pos pos);
    const Value* lookup(const std::vector<std::string>& path, diag::Pos pos);
    void append_value(const Placeholder& p, diag::Pos pos, Sink& sink);
    void append_text(std::string_view text, const xml::Node* node, diag::Pos pos, Sink& sink);
    Spans attribute_spans(const xml::Element& el, std::string_view attr, bool bold, bool italic);
    std::string attribute_text(const xml::Element& el, std::string_view attr);

    // Attribute values.
    units::Pt length(const xml::Element& el, std::string_view attr, units::Pt fallback);
    double number(const xml::Element& el, std::string_view attr, double fallback);
    bool yes_no(const xml::Element& el, std::string_view attr, bool fallback);
    Align align(const xml::Element& el, Align fallback);
    std::vector<ColumnWidth> widths(const xml::Element& el);
    std::optional<ColumnWidth> column_width(const xml::Attribute& a);

    // Structure.
    void walk(const xml::Element& el, Context ctx, Sink& sink);
    void element(const xml::Element& el, Context ctx, Sink& sink);
    void loop(const xml::Element& el, Context ctx, Sink& sink);
    void condition(const xml::Element& el, Context ctx, Sink& sink, bool wanted);
    void block(const xml::Element& el, Sink& sink);
    Paragraph paragraph(const xml::Element& el, Paragraph style);
    Spans inline_spans(const xml::Element& el, bool bold = false, bool italic = false);
    void check_attributes(const xml::Element& el, const TemplateElement& rule);

    // A name a <for> binds: the item (in the list, which outlives the loop),
    // or the loop's own "loop" object, made only when a template asks.
    struct Binding {
        std::string_view name;
        const Value* value = nullptr;
        bool is_loop = false;
        std::size_t index = 0, count = 0;
        std::optional<Value> made;
    };
    const Value* bound(Binding& b);

    // Each text and test of the template parsed once, however many times a
    // loop goes through it (a problem is reported the first time only).
    const PlacedText* parsed_text(std::string_view raw, const xml::Node* node, diag::Pos pos);
    const Placeholder* parsed_test(const std::string& raw, diag::Pos pos);
    const LoopSpec* parsed_loop(const xml::Attribute& each);
    const TemplateParts* known_;
    TemplateParts parts_;

    std::string name_;
    Value root_;
    diag::Diagnostics* check_;
    std::deque<Binding> scope_; // a deque: a binding stays put while deeper ones come and go
    Document doc_;
    units::Pt body_size_{13};
    double body_spacing_ = 1.0;
};

// Folds white space across spans (runs of it become one space, none at the
// ends), leaving fill-in spans as they are, and drops empty spans.
void fold_spans(Spans& spans);

} // namespace thidua::doc
