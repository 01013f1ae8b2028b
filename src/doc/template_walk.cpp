// The template walker: structure, loops and conditions, values into spans.
#include "doc/template_walk.hpp"

#include "doc/formatters.hpp"
#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/suggest.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <charconv>

namespace thidua::doc {
namespace {

// "20mm", "1.27cm", "6pt", "6" (points).
std::optional<units::Pt> parse_length(std::string_view s) {
    double factor = 1;
    if (s.ends_with("mm")) {
        factor = 72.0 / 25.4;
        s.remove_suffix(2);
    } else if (s.ends_with("cm")) {
        factor = 72.0 / 2.54;
        s.remove_suffix(2);
    } else if (s.ends_with("pt")) {
        s.remove_suffix(2);
    }
    const auto v = text::parse_decimal(s);
    if (!v || *v < 0) return std::nullopt;
    return units::Pt(*v * factor);
}

// Where an element of the language may stand, if not here: "<row>".
std::string home_of(std::string_view name) {
    for (Context c :
         {Context::block, Context::choose, Context::table, Context::row, Context::signatures,
          Context::signer, Context::recipients, Context::inline_text}) {
        for (const TemplateElement& e : elements_in(c)) {
            const bool control = e.name == "for" || e.name == "if" || e.name == "unless";
            if (e.name == name && !control) return std::string(context_name(c));
        }
    }
    return "";
}

} // namespace

void fold_spans(Spans& spans) {
    // A run of white space becomes one space, kept in the span where the run
    // starts (so "có <b>109</b> mô" keeps both spaces out of the bold).
    Spans out;
    out.reserve(spans.size());
    bool pending = false;      // white space seen, not yet written
    bool pending_here = false; // ... and it started in the current span
    for (Span& s : spans) {
        pending_here = false;
        if (s.fill) {
            if (pending && !out.empty()) out.back().text += ' ';
            pending = false;
            out.push_back(std::move(s));
            continue;
        }
        const std::string_view text(s.text);
        std::string folded;
        for (std::size_t i = 0; i < text.size();) {
            if (text::is_xml_space(text[i])) {
                if (!pending) pending_here = true;
                pending = true;
                ++i;
                continue;
            }
            if (pending && (pending_here || out.empty()) && (!folded.empty() || !out.empty())) {
                folded += ' ';
            } else if (pending && !out.empty()) {
                out.back().text += ' ';
            }
            pending = false;
            pending_here = false;
            // The run of other characters goes across whole, and with it each
            // single ' ' between two of them (it stays as it is).
            std::size_t end = i + 1;
            while (end < text.size()) {
                if (!text::is_xml_space(text[end])) {
                    ++end;
                } else if (text[end] == ' ' && end + 1 < text.size() &&
                           !text::is_xml_space(text[end + 1])) {
                    end += 2;
                } else {
                    break;
                }
            }
            folded.append(text.substr(i, end - i));
            i = end;
        }
        if (!folded.empty()) {
            s.text = std::move(folded);
            out.push_back(std::move(s));
        } else if (pending && pending_here && !out.empty()) {
            out.back().text += ' '; // a span of only white space
            pending = false;
        }
    }
    spans = std::move(out);
}

TemplateWalk::TemplateWalk(std::string name, Value root, diag::Diagnostics* check,
                           const TemplateParts* known)
    : known_(known), name_(std::move(name)), root_(std::move(root)), check_(check) {}

void TemplateWalk::error(diag::Pos pos, std::string message) {
    if (check_) check_->error(pos, std::move(message));
}

const Origin& TemplateWalk::origin(diag::Pos pos) {
    if (known_) {
        const auto found = known_->origins.find(pos.line);
        if (found != known_->origins.end()) return found->second;
    }
    Origin& o = parts_.origins[pos.line];
    if (o.view().empty()) o = Origin(name_ + ":" + text::to_text(pos.line));
    return o;
}

// ---- values ----------------------------------------------------------------

const Value* TemplateWalk::bound(Binding& b) {
    if (!b.is_loop) return b.value;
    if (!b.made) {
        const double count = static_cast<double>(b.count);
        b.made = Value::of_object({{"index", Value::of_number(b.index + 1.0, NumberKind::count)},
                                   {"count", Value::of_number(count, NumberKind::count)},
                                   {"first", Value::of_bool(b.index == 0)},
                                   {"last", Value::of_bool(b.index + 1 == b.count)}});
    }
    return &*b.made;
}

const Value* TemplateWalk::lookup(const std::vector<std::string>& path, diag::Pos pos) {
    const Value* current = nullptr;
    for (auto it = scope_.rbegin(); it != scope_.rend() && !current; ++it) {
        if (it->name == path[0]) current = bound(*it);
    }
    if (!current) current = root_.field(path[0]);
    if (!current) {
        std::vector<std::string> known = root_.keys();
        for (const Binding& b : scope_)
            known.emplace_back(b.name);
        error(pos,
              i18n::trf("unknown field '{1}'", {path[0]}) + text::did_you_mean(path[0], known));
        return nullptr;
    }
    for (std::size_t k = 1; k < path.size(); ++k) {
        if (current->kind == Value::Kind::list) {
            const std::string so_far = dotted(path, k);
            error(pos, i18n::trf("'{1}' is a list; go through it with <for each=\"x in {1}\"> "
                                 "and write {x.{2}}",
                                 {so_far, path[k]}));
            return nullptr;
        }
        const Value* next = current->field(path[k]);
        if (!next) {
            const std::string so_far = dotted(path, k);
            if (current->kind == Value::Kind::object) {
                error(pos, i18n::trf("unknown field '{1}' in '{2}'", {path[k], so_far}) +
                               text::did_you_mean(path[k], current->keys()));
            } else {
                error(pos, i18n::trf("'{1}' has no fields, so '{2}' does not exist",
                                     {so_far, dotted(path, path.size())}));
            }
            return nullptr;
        }
        current = next;
    }
    return current;
}

TemplateWalk::Evaluated TemplateWalk::evaluate(const Placeholder& p, diag::Pos pos) {
    Evaluated v(lookup(p.path, pos));
    if (!v) return v;
    const auto known = formatter_names();
    for (const Formatter& f : p.formatters) {
        if (std::find(known.begin(), known.end(), f.name) == known.end()) {
            error(pos, i18n::trf("unknown formatter '{1}' in {{2}}", {f.name, p.source}) +
                           text::did_you_mean(
                               f.name, std::vector<std::string>(known.begin(), known.end())));
            return {};
        }
        const auto [lo, hi] = formatter_arity(f.name);
        if (f.args.size() < lo || f.args.size() > hi) {
            const std::string how_many =
                lo == hi ? text::to_text(static_cast<long long>(lo))
                         : i18n::trf("{1} to {2}", {text::to_text(static_cast<long long>(lo)),
                                                    text::to_text(static_cast<long long>(hi))});
            error(pos, i18n::fill(i18n::tr_n("the formatter '{1}' takes {2} argument (written "
                                             "{1}:'...'), in {{3}}",
                                             "the formatter '{1}' takes {2} arguments (written "
                                             "{1}:'...'), in {{3}}",
                                             hi),
                                  {f.name, how_many, p.source}));
            return {};
        }
        if (f.name == "else") {
            // {a|else:b}: the field b when a is absent or empty.
            std::string problem;
            const auto other = parse_placeholder(f.args[0], problem);
            if (!other || !other->formatters.empty()) {
                error(pos, i18n::tr("else takes a field name, e.g. "
                                    "{covenant.place|else:meeting.place}"));
                return {};
            }
            const Value* alternative = lookup(other->path, pos);
            if (!alternative) return {};
            if (!v->truthy()) v = Evaluated(alternative);
            continue;
        }
        v = Evaluated(apply_formatter(*v, f));
    }
    return v;
}

void TemplateWalk::append_value(const Placeholder& p, diag::Pos pos, Sink& sink) {
    const Evaluated v = evaluate(p, pos);
    if (!v || !sink.spans) return;
    if (checking()) { // the checking walk's document is never used: no text to make
        origin(pos);  // but the line's origin, kept for the renders
        return;
    }
    if (v->kind == Value::Kind::rich) {
        for (const model::Run& r : v->rich()) {
            sink.spans->push_back(
                {r.text, sink.bold || r.bold, sink.italic || r.italic, false, origin(pos), true});
        }
        return;
    }
    const std::string text = to_plain_text(*v);
    if (!text.empty()) {
        sink.spans->push_back({text, sink.bold, sink.italic, false, origin(pos), true});
        return;
    }
    int dots = 10;
    for (const Formatter& f : p.formatters) {
        if (f.name == "dots" && !f.args.empty()) {
            std::from_chars(f.args[0].data(), f.args[0].data() + f.args[0].size(), dots);
        }
    }
    sink.spans->push_back({std::string(static_cast<std::size_t>(std::clamp(dots, 1, 200)), '.'),
                           sink.bold, sink.italic, true, origin(pos)});
}

const PlacedText* TemplateWalk::parsed_text(std::string_view raw, const xml::Node* node,
                                            diag::Pos pos) {
    if (known_) {
        const auto found = known_->texts.find(raw.data());
        if (found != known_->texts.end()) return found->second ? &*found->second : nullptr;
    }
    const auto found = parts_.texts.find(raw.data());
    if (found != parts_.texts.end()) return found->second ? &*found->second : nullptr;
    std::string problem;
    auto parsed = parse_text_template(raw, problem);
    auto& slot = parts_.texts[raw.data()];
    if (!parsed) {
        error(pos, problem);
        return nullptr;
    }
    // Each placeholder where it is written (found by its source; as the
    // text's own position when not found, e.g. written with spaces).
    std::vector<diag::Pos> where;
    std::size_t offset = 0;
    for (const auto& part : parsed->parts) {
        if (const auto* literal = std::get_if<std::string>(&part)) {
            offset += literal->size();
            continue;
        }
        const auto& p = std::get<Placeholder>(part);
        const std::size_t at = raw.find('{' + p.source, offset);
        where.push_back(node && at != std::string_view::npos ? xml::position_in(*node, at) : pos);
        offset = at == std::string_view::npos ? offset : at + 1;
    }
    slot = PlacedText{std::move(*parsed), std::move(where)};
    return &*slot;
}

const Placeholder* TemplateWalk::parsed_test(const std::string& raw, diag::Pos pos) {
    if (known_) {
        const auto found = known_->tests.find(raw.data());
        if (found != known_->tests.end()) return found->second ? &*found->second : nullptr;
    }
    const auto found = parts_.tests.find(raw.data());
    if (found != parts_.tests.end()) return found->second ? &*found->second : nullptr;
    std::string problem;
    auto& slot = parts_.tests[raw.data()] = parse_placeholder(raw, problem);
    if (!slot) error(pos, problem);
    return slot ? &*slot : nullptr;
}

void TemplateWalk::append_text(std::string_view raw, const xml::Node* node, diag::Pos pos,
                               Sink& sink) {
    const PlacedText* t = parsed_text(raw, node, pos);
    if (!t) return;
    std::size_t k = 0; // placeholders so far
    for (const auto& part : t->text.parts) {
        if (const auto* literal = std::get_if<std::string>(&part)) {
            const Origin& where = origin(pos);
            if (sink.spans && !checking())
                sink.spans->push_back({*literal, sink.bold, sink.italic, false, where});
        } else {
            append_value(std::get<Placeholder>(part), t->where[k++], sink);
        }
    }
}

Spans TemplateWalk::attribute_spans(const xml::Element& el, std::string_view attr, bool bold,
                                    bool italic) {
    Spans spans;
    const xml::Attribute* a = el.attribute(attr);
    if (!a) return spans;
    Sink sink;
    sink.spans = &spans;
    sink.bold = bold;
    sink.italic = italic;
    append_text(a->value, nullptr, a->value_pos, sink);
    fold_spans(spans);
    return spans;
}

std::string TemplateWalk::attribute_text(const xml::Element& el, std::string_view attr) {
    std::string out;
    for (const Span& s : attribute_spans(el, attr, false, false))
        out += s.text;
    return out;
}

// ---- attribute values ------------------------------------------------------

units::Pt TemplateWalk::length(const xml::Element& el, std::string_view attr, units::Pt fallback) {
    const xml::Attribute* a = el.attribute(attr);
    if (!a) return fallback;
    const auto v = parse_length(a->value);
    if (!v) {
        error(a->value_pos,
              i18n::trf("'{1}' is not a length; write e.g. 20mm, 1.27cm or 6pt", {a->value}));
        return fallback;
    }
    return *v;
}

double TemplateWalk::number(const xml::Element& el, std::string_view attr, double fallback) {
    const xml::Attribute* a = el.attribute(attr);
    if (!a) return fallback;
    const auto v = text::parse_decimal(a->value);
    if (!v || *v <= 0) {
        error(a->value_pos, i18n::trf("'{1}' is not a number above 0; write e.g. 1.2", {a->value}));
        return fallback;
    }
    return *v;
}

bool TemplateWalk::yes_no(const xml::Element& el, std::string_view attr, bool fallback) {
    const xml::Attribute* a = el.attribute(attr);
    if (!a) return fallback;
    if (a->value == "yes") return true;
    if (a->value == "no") return false;
    error(a->value_pos, i18n::trf("write yes or no, not '{1}'", {a->value}));
    return fallback;
}

Align TemplateWalk::align(const xml::Element& el, Align fallback) {
    const xml::Attribute* a = el.attribute("align");
    if (!a) return fallback;
    if (a->value == "justify") return Align::justify;
    if (a->value == "left") return Align::left;
    if (a->value == "center") return Align::center;
    if (a->value == "right") return Align::right;
    error(a->value_pos,
          i18n::trf("'{1}' is not an alignment; write justify, left, center or right", {a->value}));
    return fallback;
}

std::optional<ColumnWidth> TemplateWalk::column_width(const xml::Attribute& a) {
    std::string_view token = a.value;
    if (token.ends_with('*')) {
        token.remove_suffix(1);
        const auto share = token.empty() ? std::optional<double>(1) : text::parse_decimal(token);
        if (share && *share > 0) return ColumnWidth{units::Pt(0), *share};
    } else if (const auto len = parse_length(token)) {
        return ColumnWidth{*len, 0};
    }
    error(a.value_pos,
          i18n::trf("'{1}' is not a column width; write a length (2cm) or a share (*, 2*)",
                    {a.value}));
    return std::nullopt;
}

std::vector<ColumnWidth> TemplateWalk::widths(const xml::Element& el) {
    std::vector<ColumnWidth> out;
    const xml::Attribute* a = el.attribute("widths");
    if (!a) return {{units::Pt(0), 1}};
    const std::string folded = text::fold_whitespace(a->value);
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        std::string_view token(folded.data() + start, end - start);
        start = end + 1;
        if (token.ends_with('*')) {
            token.remove_suffix(1);
            const auto share =
                token.empty() ? std::optional<double>(1) : text::parse_decimal(token);
            if (share && *share > 0) {
                out.push_back({units::Pt(0), *share});
                continue;
            }
        } else if (const auto len = parse_length(token)) {
            out.push_back({*len, 0});
            continue;
        }
        error(a->value_pos,
              i18n::trf("'{1}' is not a column width; write a length (2cm) or a share (*, 2*)",
                        {token}));
    }
    if (out.empty()) out.push_back({units::Pt(0), 1});
    return out;
}

// ---- structure ---------------------------------------------------------------

void TemplateWalk::check_attributes(const xml::Element& el, const TemplateElement& rule) {
    if (!checking()) return;
    for (const xml::Attribute& a : el.attributes) {
        bool ok = false;
        for (std::string_view k : rule.attributes)
            ok = ok || k == a.name;
        if (ok) continue;
        const std::vector<std::string> known(rule.attributes.begin(), rule.attributes.end());
        std::string msg = i18n::trf("unknown attribute '{1}' on <{2}>", {a.name, el.name});
        if (const auto near = text::closest(a.name, known)) {
            msg += i18n::trf("; did you mean '{1}'?", {*near});
        } else if (known.empty()) {
            msg += i18n::trf("; <{1}> takes no attributes", {el.name});
        }
        error(a.name_pos, msg);
    }
}

void TemplateWalk::walk(const xml::Element& el, Context ctx, Sink& sink) {
    for (const xml::Node& n : el.children) {
        if (n.element) {
            element(*n.element, ctx, sink);
        } else if (ctx == Context::inline_text) {
            append_text(n.text, &n, n.pos, sink);
        } else {
            for (char c : n.text) {
                if (!text::is_xml_space(c)) {
                    error(n.pos, i18n::trf("text is not allowed directly inside <{1}>; put it in "
                                           "an element such as <p>",
                                           {el.name}));
                    break;
                }
            }
        }
    }
}

void TemplateWalk::element(const xml::Element& el, Context ctx, Sink& sink) {
    const TemplateElement* rule = nullptr;
    for (const TemplateElement& e : elements_in(ctx)) {
        if (e.name == el.name) rule = &e;
    }
    if (!rule) {
        std::vector<std::string> known;
        for (const TemplateElement& e : elements_in(ctx))
            known.emplace_back(e.name);
        std::string msg = i18n::trf("<{1}> is not allowed in {2}", {el.name, context_name(ctx)});
        std::optional<std::string> near = text::closest(el.name, known);
        for (const std::string& k : known) {
            if (!near && el.name.size() > k.size() && el.name.starts_with(k)) near = k;
        }
        const std::string home = home_of(el.name);
        if (!home.empty()) {
            msg += i18n::trf("; it belongs inside {1}", {home});
        } else if (near) {
            msg += i18n::trf("; did you mean <{1}>?", {*near});
        } else {
            std::string list;
            for (const std::string& k : known)
                list += " <" + k + ">";
            msg += i18n::trf("; allowed here:{1}", {list});
        }
        error(el.pos, msg);
        return;
    }
    check_attributes(el, *rule);
    if (rule->name == "for") return loop(el, ctx, sink);
    if (rule->name == "if") return condition(el, ctx, sink, true);
    if (rule->name == "unless") return condition(el, ctx, sink, false);
    switch (ctx) {
    case Context::block:
        return block(el, sink);
    case Context::choose: {
        if (!sink.choice) return;
        sink.choice->options.emplace_back();
        Sink inner;
        inner.blocks = &sink.choice->options.back();
        walk(el, Context::block, inner);
        return;
    }
    case Context::table: {
        TableRow row;
        row.header = yes_no(el, "header", false);
        row.total = yes_no(el, "total", false);
        const bool bold = yes_no(el, "bold", row.header);
        Sink inner;
        inner.row = &row;
        inner.bold = bold;
        walk(el, Context::row, inner);
        if (sink.table) sink.table->rows.push_back(std::move(row));
        return;
    }
    case Context::row: {
        Cell cell;
        cell.align = align(el, Align::left);
        // A span past any table's columns (or not a count) is taken as 1
        // here, never converted out of int's range.
        const double span = number(el, "span", 1);
        cell.span = span >= 1 && span <= 1000 ? static_cast<int>(span) : 1;
        cell.bold = yes_no(el, "bold", sink.bold);
        cell.nowrap = yes_no(el, "nowrap", false);
        if (el.attribute("width")) {
            const auto w = column_width(*el.attribute("width"));
            if (w) cell.width = *w;
        }
        cell.spans = inline_spans(el, cell.bold);
        if (sink.row) sink.row->cells.push_back(std::move(cell));
        return;
    }
    case Context::signatures: {
        Signer signer;
        Sink inner;
        inner.signer = &signer;
        walk(el, Context::signer, inner);
        if (sink.signatures) sink.signatures->signers.push_back(std::move(signer));
        return;
    }
    case Context::signer:
        if (!sink.signer) return;
        if (el.name == "line") {
            sink.signer->titles.push_back(inline_spans(el, true));
        } else {
            sink.signer->name = inline_spans(el, true);
        }
        return;
    case Context::recipients:
        if (sink.recipients) sink.recipients->items.push_back(inline_spans(el));
        return;
    case Context::inline_text: {
        Sink inner = sink;
        inner.bold = sink.bold || el.name == "b";
        inner.italic = sink.italic || el.name == "i";
        walk(el, Context::inline_text, inner);
        return;
    }
    case Context::document:
        return;
    }
}

const LoopSpec* TemplateWalk::parsed_loop(const xml::Attribute& each) {
    if (known_) {
        const auto found = known_->loops.find(each.value.data());
        if (found != known_->loops.end()) return found->second ? &*found->second : nullptr;
    }
    const auto found = parts_.loops.find(each.value.data());
    if (found != parts_.loops.end()) return found->second ? &*found->second : nullptr;
    auto& slot = parts_.loops[each.value.data()];
    const std::string spec = text::fold_whitespace(each.value);
    const std::size_t in = spec.find(" in ");
    std::string problem;
    const std::string var = in == std::string::npos ? "" : spec.substr(0, in);
    bool var_ok = !var.empty();
    for (char c : var)
        var_ok = var_ok && ((c >= 'a' && c <= 'z') || c == '_');
    auto path =
        in == std::string::npos ? std::nullopt : parse_placeholder(spec.substr(in + 4), problem);
    if (!var_ok || !path) {
        error(each.value_pos, i18n::tr("write each=\"x in LIST\" with a lower-case name for x, "
                                       "e.g. each=\"m in members\""));
        return nullptr;
    }
    slot = LoopSpec{var, std::move(*path)};
    return &*slot;
}

void TemplateWalk::loop(const xml::Element& el, Context ctx, Sink& sink) {
    const xml::Attribute* each = el.attribute("each");
    if (!each) {
        error(el.pos, i18n::tr("<for> needs each=\"x in LIST\", e.g. each=\"m in members\""));
        return;
    }
    const LoopSpec* spec = parsed_loop(*each);
    if (!spec) return;
    const Evaluated list = evaluate(spec->list, each->value_pos);
    if (!list) return;
    if (list->kind != Value::Kind::list) {
        error(each->value_pos,
              i18n::trf("'{1}' is not a list, so <for> cannot go through it", {spec->list.source}));
        return;
    }
    const std::string* separator = el.value("separator");
    const std::string* last = el.value("last-separator") ? el.value("last-separator") : separator;
    // Checking goes once through the list's shape; rendering through its items.
    const Value* first = checking() ? list->prototype() : list->items()->data();
    const std::size_t count = checking() ? 1 : list->items()->size();
    for (std::size_t k = 0; k < count; ++k) {
        if (k > 0 && sink.spans) {
            const std::string* between = k + 1 == count ? last : separator;
            sink.spans->push_back({between ? *between : std::string(), sink.bold, sink.italic,
                                   false, origin(el.pos)});
        }
        scope_.push_back({spec->var, first + k, false, 0, 0, std::nullopt});
        scope_.push_back({"loop", nullptr, true, k, count, std::nullopt});
        walk(el, ctx, sink);
        scope_.pop_back();
        scope_.pop_back();
    }
}

void TemplateWalk::condition(const xml::Element& el, Context ctx, Sink& sink, bool wanted) {
    const xml::Attribute* test = el.attribute("test");
    if (!test) {
        error(el.pos,
              i18n::trf("<{1}> needs test=\"FIELD\", e.g. test=\"meeting.report\"", {el.name}));
        return;
    }
    const Placeholder* p = parsed_test(test->value, test->value_pos);
    if (!p) return;
    const Evaluated v = evaluate(*p, test->value_pos);
    if (checking() || (v && v->truthy() == wanted)) walk(el, ctx, sink);
}

Spans TemplateWalk::inline_spans(const xml::Element& el, bool bold, bool italic) {
    Spans spans;
    Sink sink;
    sink.spans = &spans;
    sink.bold = bold;
    sink.italic = italic;
    walk(el, Context::inline_text, sink);
    fold_spans(spans);
    return spans;
}

Paragraph TemplateWalk::paragraph(const xml::Element& el, Paragraph p) {
    p.align = align(el, p.align);
    p.first_indent = length(el, "indent", p.first_indent);
    p.left_indent = length(el, "left", p.left_indent);
    p.size = length(el, "size", p.size);
    p.space_before = length(el, "space-before", p.space_before);
    p.space_after = length(el, "space-after", p.space_after);
    p.keep_with_next = yes_no(el, "keep-with-next", p.keep_with_next);
    const bool bold = yes_no(el, "bold", false);
    const bool italic = yes_no(el, "italic", false);
    p.spans = inline_spans(el, bold, italic);
    return p;
}

void TemplateWalk::block(const xml::Element& el, Sink& sink) {
    std::vector<Block>& out = *sink.blocks;
    Paragraph body;
    body.size = body_size_;
    body.line_spacing = body_spacing_;
    body.first_indent = units::cm(1.27);
    const std::string_view n = el.name;
    if (n == "p" || n == "heading") {
        Paragraph p = paragraph(el, body);
        if (n == "heading") {
            p.keep_with_next = true;
            for (Span& s : p.spans)
                s.bold = true;
        }
        out.push_back({std::move(p)});
    } else if (n == "title" || n == "subtitle") {
        Paragraph p = body;
        p.align = Align::center;
        p.first_indent = units::Pt(0);
        p.size = length(el, "size", units::Pt(14));
        p.keep_with_next = true;
        p.space_before = n == "title" ? units::Pt(18) : units::Pt(0);
        p.space_after = n == "title" ? units::Pt(0) : units::Pt(12);
        p.rule_below = n == "subtitle" && yes_no(el, "rule", true);
        p.spans = inline_spans(el, true);
        out.push_back({std::move(p)});
    } else if (n == "header") {
        HeaderBlock h;
        h.parent = text::to_upper(attribute_text(el, "parent"));
        h.issuer = text::to_upper(attribute_text(el, "issuer"));
        h.number = attribute_spans(el, "number", false, false);
        h.nation = attribute_text(el, "nation");
        h.motto = attribute_text(el, "motto");
        h.place_date = attribute_spans(el, "place-date", false, true);
        h.origin = origin(el.pos).view();
        out.push_back({std::move(h)});
    } else if (n == "table") {
        Table t;
        t.widths = widths(el);
        t.size = length(el, "size", units::Pt(12));
        t.min_size = length(el, "min-size", units::Pt(10));
        if (t.min_size < units::Pt(9)) {
            error(el.attribute("min-size")->value_pos,
                  i18n::tr("a table is never set below 9pt; write min-size=\"9pt\" or more"));
            t.min_size = units::Pt(9);
        }
        t.key_columns =
            el.attribute("key-columns") ? static_cast<int>(number(el, "key-columns", 0)) : 0;
        t.continued = attribute_spans(el, "continued", false, true);
        t.origin = origin(el.pos).view();
        t.space_before = length(el, "space-before", t.space_before);
        t.space_after = length(el, "space-after", t.space_after);
        Sink inner;
        inner.table = &t;
        walk(el, Context::table, inner);
        out.push_back({std::move(t)});
    } else if (n == "signatures") {
        Signatures s;
        const std::string* columns = el.value("columns");
        s.columns = columns && *columns == "auto" ? 0 : static_cast<int>(number(el, "columns", 2));
        s.sign_space = length(el, "sign-space", s.sign_space);
        s.size = length(el, "size", body_size_);
        s.space_before = length(el, "space-before", s.space_before);
        // Phrases separated by ';': "LIÊN MINH HTX; HỢP TÁC XÃ".
        for (const auto& [attr, list] :
             {std::pair{"keep-together", &s.keep}, std::pair{"break-before", &s.break_before}}) {
            const std::string all = attribute_text(el, attr);
            std::size_t start = 0;
            while (start <= all.size()) {
                std::size_t end = all.find(';', start);
                if (end == std::string::npos) end = all.size();
                std::string phrase = all.substr(start, end - start);
                while (!phrase.empty() && phrase.front() == ' ')
                    phrase.erase(phrase.begin());
                while (!phrase.empty() && phrase.back() == ' ')
                    phrase.pop_back();
                if (!phrase.empty()) list->push_back(phrase);
                start = end + 1;
            }
        }
        Sink inner;
        inner.signatures = &s;
        walk(el, Context::signatures, inner);
        out.push_back({std::move(s)});
    } else if (n == "recipients") {
        Recipients r;
        r.heading = attribute_spans(el, "heading", true, true);
        r.space_before = length(el, "space-before", r.space_before);
        Sink inner;
        inner.recipients = &r;
        walk(el, Context::recipients, inner);
        out.push_back({std::move(r)});
    } else if (n == "space") {
        out.push_back({Space{length(el, "height", units::Pt(6))}});
    } else if (n == "section") {
        Section section;
        const std::string* orientation = el.value("orientation");
        section.page = doc_.page;
        if (orientation && *orientation == "landscape") {
            section.page = landscape_of(doc_.page);
        } else if (orientation && *orientation != "portrait") {
            error(el.attribute("orientation")->value_pos,
                  i18n::trf("orientation is 'portrait' or 'landscape', not '{1}'", {*orientation}));
        }
        const std::string* numbering = el.value("numbering");
        section.restart_numbers = numbering && *numbering == "restart";
        if (numbering && *numbering != "restart" && *numbering != "continue") {
            error(el.attribute("numbering")->value_pos,
                  i18n::trf("numbering is 'restart' (pages from 1, as an appendix) or "
                            "'continue', not '{1}'",
                            {*numbering}));
        }
        Sink inner;
        inner.blocks = &section.blocks;
        walk(el, Context::block, inner);
        out.push_back({std::move(section)});
    } else if (n == "choose") {
        Choice choice;
        choice.id = attribute_text(el, "id");
        Sink inner;
        inner.choice = &choice;
        walk(el, Context::choose, inner);
        out.push_back({std::move(choice)});
    } else if (n == "when-chosen") {
        WhenChosen when;
        when.id = attribute_text(el, "id");
        when.option = static_cast<std::size_t>(number(el, "option", 1)) - 1;
        Sink inner;
        inner.blocks = &when.blocks;
        walk(el, Context::block, inner);
        out.push_back({std::move(when)});
    } else if (n == "keep") {
        KeepTogether keep;
        Sink inner;
        inner.blocks = &keep.blocks;
        walk(el, Context::block, inner);
        out.push_back({std::move(keep)});
    }
}

Document TemplateWalk::run(const xml::Element& root) {
    doc_ = Document{};
    if (root.name != "template") {
        error(root.pos, i18n::trf("a template starts with <template>, not <{1}>", {root.name}));
        return doc_;
    }
    check_attributes(root, elements_in(Context::document).front());
    PageSetup& page = doc_.page;
    page.margin_top = length(root, "margin-top", page.margin_top);
    page.margin_bottom = length(root, "margin-bottom", page.margin_bottom);
    page.margin_left = length(root, "margin-left", page.margin_left);
    page.margin_right = length(root, "margin-right", page.margin_right);
    page.page_numbers = yes_no(root, "page-numbers", true);
    body_size_ = length(root, "font-size", units::Pt(13));
    page.page_number_size = body_size_;
    body_spacing_ = number(root, "line-spacing", 1.0);
    doc_.info.title = attribute_text(root, "title");
    doc_.info.subject = attribute_text(root, "subject");
    doc_.info.author = attribute_text(root, "author");
    if (const xml::Attribute* d = root.attribute("date")) {
        std::string problem;
        const auto p = parse_placeholder(d->value, problem);
        const Evaluated v = p ? evaluate(*p, d->value_pos) : Evaluated();
        if (!p) error(d->value_pos, problem);
        if (v && v->kind == Value::Kind::date) doc_.info.date = v->date();
    }
    if (const xml::Attribute* m = root.attribute("made-if")) {
        std::string problem;
        const auto p = parse_placeholder(m->value, problem);
        const Evaluated v = p ? evaluate(*p, m->value_pos) : Evaluated();
        if (!p) error(m->value_pos, problem);
        doc_.made = checking() || (v && v->truthy());
        doc_.not_made = attribute_text(root, "not-made");
    }
    Sink sink;
    sink.blocks = &doc_.blocks;
    walk(root, Context::block, sink);
    return std::move(doc_);
}

} // namespace thidua::doc
