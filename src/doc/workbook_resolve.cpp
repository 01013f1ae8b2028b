// Filling in the workbook template for one cluster-year: every label as
// plain text, the per-item headings (indicators, criteria, ballots,
// commitments) and the chart's indicator.
#include "doc/workbook_labels.hpp"
#include "doc/workbook_parsed.hpp"

namespace thidua::doc {
namespace {

class Filler {
public:
    explicit Filler(const ModelView& view)
        : cy_(view.cluster_year()), root_(workbook_values(view)) {}

    // The attribute `name` of `el` filled in; "" when it is absent.
    // With `footer`, {page} and {pages} are the page codes and '&' is doubled.
    std::string text(const ParsedElement& el, std::string_view name,
                     std::string_view item_name = {}, const Value* item = nullptr,
                     bool footer = false) const {
        const auto it = el.texts.find(name);
        if (it == el.texts.end()) return "";
        LabelValues values;
        values.root = &root_;
        values.item_name = item_name;
        values.item = item;
        values.footer = footer;
        return it->second.fill(values);
    }

    // The items of a list of the model values, e.g. statistics.indicators.
    const ValueList& items(std::string_view section, std::string_view list) const {
        static const ValueList none;
        const Value* v = root_.field(section);
        if (v && !list.empty()) v = v->field(list);
        return v && v->items() ? *v->items() : none;
    }

    // One heading per item: the label text, then on its own line the unit
    // text when the item has a unit.
    std::vector<std::string> headings(const ParsedElement& el, std::string_view item_name,
                                      const ValueList& list) const {
        std::vector<std::string> out;
        for (const Value& item : list) {
            std::string h = text(el, item_name, item_name, &item);
            const Value* unit = item.field("unit");
            if (unit && unit->truthy()) h += "\n" + text(el, "unit", item_name, &item);
            out.push_back(std::move(h));
        }
        return out;
    }

    void sheet(const ParsedElement& el, SheetText& out) const {
        out.sheet = el.plain.count("sheet") ? el.plain.find("sheet")->second : "";
        out.title = text(el, "title");
        out.note = text(el, "note");
        out.number = text(el, "number");
    }

    void statistics(const ParsedSheet& s, StatisticsText& out) const {
        const ParsedElement& el = s.labels;
        sheet(el, out);
        out.member = text(el, "member");
        out.indicators = headings(el, "indicator", items("statistics", "indicators"));
        out.this_year = text(el, "this-year");
        out.previous_year = text(el, "previous-year");
        out.growth = text(el, "growth");
        out.total = text(el, "total");
        out.reported = text(el, "reported");
        out.difference = text(el, "difference");
        out.points = text(el, "points");
        out.notes = notes(el);
        if (!s.chart || !cy_.statistics || cy_.statistics->indicators.empty()) return;
        out.chart = true;
        out.chart_indicator = chart_indicator(*s.chart);
        const ValueList& indicators = items("statistics", "indicators");
        out.chart_title = text(*s.chart, "title", "indicator", &indicators[out.chart_indicator]);
    }

    // The notes on the comparison with last year, indicator by indicator:
    // those that leave a member out, then those whose base is 0.
    std::vector<std::string> notes(const ParsedElement& el) const {
        std::vector<std::string> out;
        if (!cy_.statistics) return out;
        const model::Statistics& st = *cy_.statistics;
        const ValueList& indicators = items("statistics", "indicators");
        for (std::size_t i = 0; i < st.figures.size() && i < indicators.size(); ++i) {
            if (st.figures[i].partial_comparison())
                out.push_back(text(el, "partial", "indicator", &indicators[i]));
        }
        for (std::size_t i = 0; i < st.figures.size() && i < indicators.size(); ++i) {
            if (st.figures[i].base_is_zero)
                out.push_back(text(el, "zero-base", "indicator", &indicators[i]));
        }
        return out;
    }

    // The first indicator the template names that the file has, else the first.
    std::size_t chart_indicator(const ParsedElement& chart) const {
        const auto it = chart.plain.find("indicator");
        if (it == chart.plain.end()) return 0;
        const std::string& ids = it->second;
        std::size_t start = 0;
        while (start < ids.size()) {
            std::size_t end = ids.find(' ', start);
            if (end == std::string::npos) end = ids.size();
            const std::string_view id(ids.data() + start, end - start);
            const auto& indicators = cy_.statistics->indicators;
            for (std::size_t i = 0; i < indicators.size(); ++i) {
                if (indicators[i].id == id) return i;
            }
            start = end + 1;
        }
        return 0;
    }

    void scoring(const ParsedElement& el, ScoringText& out) const {
        sheet(el, out);
        out.member = text(el, "member");
        out.base = text(el, "base");
        out.bonus = text(el, "bonus");
        out.penalty = text(el, "penalty");
        for (const Value& c : items("scoring", "criteria"))
            out.criteria.push_back(text(el, "criterion", "criterion", &c));
        out.total = text(el, "total");
        out.rank = text(el, "rank");
        out.grade = text(el, "grade");
        out.grades = text(el, "grades");
        out.grade_min = text(el, "grade-min");
        out.grade_label = text(el, "grade-label");
    }

    void ballots(const ParsedElement& el, BallotsText& out) const {
        sheet(el, out);
        for (const Value& b : items("ballots", "")) {
            out.captions.push_back(text(el, "caption", "ballot", &b));
            const Value* at_least = b.field("at_least");
            out.thresholds.push_back(
                text(el, at_least && at_least->truthy() ? "threshold-at-least" : "threshold",
                     "ballot", &b));
            out.tellers.push_back(text(el, "tellers", "ballot", &b));
        }
        out.issued = text(el, "issued");
        out.returned = text(el, "returned");
        out.valid = text(el, "valid");
        out.invalid = text(el, "invalid");
        out.teller_head = text(el, "teller-head");
        out.teller_deputy = text(el, "teller-deputy");
        out.teller_secretary = text(el, "teller-secretary");
        out.teller_member = text(el, "teller-member");
        out.member = text(el, "member");
        out.votes = text(el, "votes");
        out.voters = text(el, "voters");
        out.percent = text(el, "percent");
        out.result = text(el, "result");
        out.passed = text(el, "passed");
        out.failed = text(el, "failed");
    }

    void awards(const ParsedElement& el, AwardsText& out) const {
        sheet(el, out);
        bool proposed = false;
        bool granted = false;
        for (const model::Award& a : cy_.awards) {
            proposed = proposed || a.status == model::AwardStatus::proposed;
            granted = granted || a.status == model::AwardStatus::granted;
        }
        if (granted) out.title = text(el, proposed ? "mixed-title" : "granted-title");
        out.type = text(el, "type");
        out.by = text(el, "by");
        out.member = text(el, "member");
        out.recipient = text(el, "recipient");
        out.status = text(el, "status");
        out.reason = text(el, "reason");
        const ValueList& awards = items("awards", "");
        for (std::size_t k = 0; k < awards.size() && k < cy_.awards.size(); ++k) {
            const model::Award& a = cy_.awards[k];
            const char* status = a.status == model::AwardStatus::granted ? "granted"
                                 : a.route.empty()                       ? "proposed"
                                                                         : "proposed-via";
            out.statuses.push_back(text(el, status, "award", &awards[k]));
        }
    }

    void covenant(const ParsedElement& el, CovenantText& out) const {
        sheet(el, out);
        out.member = text(el, "member");
        out.commitments = headings(el, "commitment", items("covenant", "commitments"));
        out.total = text(el, "total");
    }

    SigningText signing(const ParsedElement& el) const {
        SigningText out;
        out.place_date = text(el, "place-date");
        out.preparer.titles.push_back(text(el, "preparer"));
        out.preparer.note = text(el, "preparer-note");
        const ValueList& members = items("members", "");
        for (std::size_t m = 0; m < cy_.members.size() && m < members.size(); ++m) {
            if (cy_.members[m].role != model::Role::head) continue;
            const Value& member = members[m];
            const auto& rep = cy_.members[m].representative;
            SignatureText head;
            head.titles.push_back(text(el, "head", "member", &member));
            head.titles.push_back(text(el, "organisation", "member", &member));
            if (rep && rep->authority != model::Authority::none)
                head.titles.push_back(text(el, "authority", "member", &member));
            if (!rep || rep->authority != model::Authority::q)
                head.titles.push_back(text(el, "title", "member", &member));
            head.name = text(el, "name", "member", &member);
            out.heads.push_back(std::move(head));
        }
        return out;
    }

private:
    const model::ClusterYear& cy_;
    Value root_;
};

} // namespace

WorkbookText WorkbookLabels::resolve(const ModelView& view) const {
    const Filler fill(view);
    WorkbookText out;
    const ParsedElement& root = parsed_->root;
    out.title = fill.text(root, "title");
    out.subject = fill.text(root, "subject");
    out.author = fill.text(root, "author");
    out.parent = fill.text(root, "parent");
    out.issuer = fill.text(root, "issuer");
    out.footer = fill.text(root, "footer", {}, nullptr, true);
    out.no_data = fill.text(root, "no-data");
    if (parsed_->signing) out.signing = fill.signing(*parsed_->signing);
    for (const ParsedSheet& s : parsed_->sheets) {
        out.order.push_back(s.kind);
        switch (s.kind) {
        case WorkbookSheet::statistics:
            fill.statistics(s, out.statistics);
            break;
        case WorkbookSheet::scoring:
            fill.scoring(s.labels, out.scoring);
            break;
        case WorkbookSheet::ballots:
            fill.ballots(s.labels, out.ballots);
            break;
        case WorkbookSheet::awards:
            fill.awards(s.labels, out.awards);
            break;
        case WorkbookSheet::covenant:
            fill.covenant(s.labels, out.covenant);
            break;
        }
    }
    return out;
}

} // namespace thidua::doc
