// One walk over a template with values. Checking (with diagnostics): every
// loop runs once over its list's prototype, both branches of every
// condition are taken, and each unknown element, attribute, field or
// formatter is reported. Rendering (without): the real data, producing the
// document tree. Internal to doc/.
#pragma once

#include "diag/diagnostics.hpp"
#include "doc/blocks.hpp"
#include "doc/expression.hpp"
#include "doc/template_rules.hpp"
#include "doc/value.hpp"
#include "xml/tree.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace thidua::doc {

class TemplateWalk {
public:
    TemplateWalk(std::string name, Value root, diag::Diagnostics* check);
    Document run(const xml::Element& root);

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
    std::string origin(diag::Pos pos) const;

    // Values.
    std::optional<Value> evaluate(const Placeholder& p, diag::Pos pos);
    std::optional<Value> lookup(const std::vector<std::string>& path, diag::Pos pos);
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

    struct Binding {
        std::string name;
        Value value;
    };

    // Each text and test of the template parsed once per walk, however many
    // times a loop goes through it (keyed by where the template holds it;
    // a problem is reported the first time only).
    const TextTemplate* parsed_text(std::string_view raw, diag::Pos pos);
    const Placeholder* parsed_test(const std::string& raw, diag::Pos pos);
    std::unordered_map<const char*, std::optional<TextTemplate>> texts_;
    std::unordered_map<const char*, std::optional<Placeholder>> tests_;

    std::string name_;
    Value root_;
    diag::Diagnostics* check_;
    std::vector<Binding> scope_;
    Document doc_;
    units::Pt body_size_{13};
    double body_spacing_ = 1.0;
};

// Folds white space across spans (runs of it become one space, none at the
// ends), leaving fill-in spans as they are, and drops empty spans.
void fold_spans(Spans& spans);

} // namespace thidua::doc
