// The mapping from the model to the templates' names. Each builder takes a
// pointer that may be null (absent data) and still produces every key, so
// the same code gives both the values and the shape templates are checked
// against. The names are documented in templates/README.md.
#include "doc/value.hpp"
#include "model/signing.hpp"
#include "text/number.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace thidua::doc {
namespace {

using V = Value;
using K = NumberKind;

template <typename T, typename Build> V list_of(const std::vector<T>& items, Build build) {
    ValueList out;
    out.reserve(items.size());
    for (const T& item : items)
        out.push_back(build(&item));
    return V::of_list(std::move(out), build(static_cast<const T*>(nullptr)));
}

V rich_list(const std::vector<model::RichText>* items) {
    ValueList out;
    if (items) {
        for (const model::RichText& r : *items)
            out.push_back(V::of_rich(r));
    }
    return V::of_list(std::move(out), V::of_rich({}));
}

V person(const model::Person* p) {
    return V::of_object({{"name", p ? V::of_text(p->name) : V::null()},
                         {"title", p ? V::of_text(p->title) : V::null()},
                         {"honorific", p ? V::of_text(p->honorific) : V::null()}},
                        p != nullptr);
}

// A person who signs for a member: besides name and title, the authority
// ("KT.", absent for none) and the head's title it is exercised for (absent
// without an authority, so "{authority} {for}" never prints half of it).
V representative(const model::Representative* r) {
    const bool has_authority = r && r->authority != model::Authority::none;
    return V::of_object(
        {{"name", r ? V::of_text(r->name) : V::null()},
         {"title", r ? V::of_text(r->title) : V::null()},
         {"authority", has_authority
                           ? V::of_text(std::string(model::authority_abbreviation(r->authority)))
                           : V::null()},
         {"for", has_authority ? V::of_text(r->signs_for) : V::null()},
         {"is_acting_head", V::of_bool(r && r->authority == model::Authority::q)}},
        r != nullptr);
}

V member(const model::Member* m, std::optional<double> delegates) {
    const auto rep = m && m->representative ? &*m->representative : nullptr;
    return V::of_object(
        {{"id", m ? V::of_text(m->id) : V::null()},
         {"name", m ? V::of_text(m->name) : V::null()},
         {"short_name", m ? V::of_text(m->short_name) : V::null()},
         {"place", m ? V::of_text(m->place) : V::null()},
         {"role", m ? V::of_text(std::string(m->role == model::Role::head     ? "head"
                                             : m->role == model::Role::deputy ? "deputy"
                                                                              : "member"))
                    : V::null()},
         {"is_head", V::of_bool(m && m->role == model::Role::head)},
         {"is_deputy", V::of_bool(m && m->role == model::Role::deputy)},
         {"representative", representative(rep)},
         {"delegates", V::of_number(delegates, K::count)}},
        m != nullptr);
}

// Each member's value, built once and shared (values are shared on copy) by
// every place that names the member: rows, scores, pledges, delegations,
// lists. A file with thousands of members names each several times.
class Members {
public:
    explicit Members(const model::ClusterYear& cy) : cy_(cy), absent_(member(nullptr, {})) {
        std::unordered_map<std::string_view, double> delegates;
        if (cy.meeting) {
            for (const model::Delegation& d : cy.meeting->delegations)
                delegates[d.member] = d.count;
        }
        values_.reserve(cy.members.size());
        for (const model::Member& m : cy.members) {
            const auto it = delegates.find(m.id);
            values_.push_back(member(&m, it == delegates.end() ? std::optional<double>()
                                                               : std::optional(it->second)));
        }
    }

    // The value of a member of the file (or of no member: nullptr).
    const V& of(const model::Member* m) const {
        if (m == nullptr) return absent_;
        return values_[static_cast<std::size_t>(m - cy_.members.data())];
    }
    const V& by_id(const std::string* id) const { return of(id ? cy_.find_member(*id) : nullptr); }

private:
    const model::ClusterYear& cy_;
    std::vector<V> values_;
    V absent_;
};

V member_list(const Members& ms, const std::vector<std::string>* ids) {
    ValueList out;
    if (ids) {
        for (const std::string& id : *ids)
            out.push_back(ms.by_id(&id));
    }
    return V::of_list(std::move(out), ms.of(nullptr));
}

V statement(const model::Statement* s) {
    return V::of_object({{"by", s ? V::of_text(s->by) : V::null()},
                         {"title", s ? V::of_text(s->title) : V::null()},
                         {"paragraphs", rich_list(s ? &s->paragraphs : nullptr)}},
                        s != nullptr);
}

V meeting(const model::ClusterYear& cy, const Members& ms) {
    const model::Meeting* m = cy.meeting ? &*cy.meeting : nullptr;
    double delegates = 0;
    if (m) {
        for (const model::Delegation& d : m->delegations)
            delegates += d.count;
    }
    auto delegation = [&](const model::Delegation* d) {
        static const std::vector<model::Person> nobody;
        return V::of_object({{"member", ms.by_id(d ? &d->member : nullptr)},
                             {"count", d ? V::of_number(d->count, K::count) : V::null()},
                             {"leaders", list_of(d ? d->leaders : nobody, person)}},
                            d != nullptr);
    };
    static const std::vector<model::Person> no_people;
    static const std::vector<model::Delegation> no_delegations;
    static const std::vector<model::Statement> no_speeches;
    const auto* speeches = m && m->discussion ? &*m->discussion : &no_speeches;
    return V::of_object(
        {{"number", V::of_text(m ? m->number : std::nullopt)},
         {"date", V::of_date(m ? m->date : std::nullopt)},
         {"start", V::of_time(m ? m->start : std::nullopt)},
         {"end", V::of_time(m ? m->end : std::nullopt)},
         {"place", V::of_text(m ? m->place : std::nullopt)},
         {"venue", V::of_text(m ? m->venue : std::nullopt)},
         {"host", ms.by_id(m && m->host ? &*m->host : nullptr)},
         {"title", m ? V::of_text(m->title) : V::null()},
         {"chair", person(m && m->chair ? &*m->chair : nullptr)},
         {"secretary", person(m && m->secretary ? &*m->secretary : nullptr)},
         {"guests", list_of(m ? m->guests : no_people, person)},
         {"delegations", list_of(m ? m->delegations : no_delegations, delegation)},
         {"delegates_total",
          m && !m->delegations.empty() ? V::of_number(delegates, K::count) : V::null()},
         {"agenda", rich_list(m ? &m->agenda : nullptr)},
         {"opening", statement(m && m->opening ? &*m->opening : nullptr)},
         {"report", statement(m && m->report ? &*m->report : nullptr)},
         {"speeches", list_of(*speeches, statement)},
         {"conclusion", statement(m && m->conclusion ? &*m->conclusion : nullptr)},
         {"recipients", rich_list(m ? &m->recipients : nullptr)}},
        m != nullptr);
}

K kind_of(model::IndicatorType t) {
    return t == model::IndicatorType::count     ? K::count
           : t == model::IndicatorType::percent ? K::percent
                                                : K::amount;
}

V indicator(const model::Statistics* st, std::size_t i) {
    const bool ok = st && i < st->indicators.size();
    const model::Indicator* ind = ok ? &st->indicators[i] : nullptr;
    const model::IndicatorFigures* f = ok ? &st->figures[i] : nullptr;
    const K k = ind ? kind_of(ind->type) : K::amount;
    const int d = ind ? ind->precision : 0;
    auto figure = [&](const std::optional<double>& v) {
        return f ? V::of_figure(v, k, d) : V::null();
    };
    auto count = [&](int n) { return f ? V::of_number(n, K::count) : V::null(); };
    return V::of_object(
        {{"id", ind ? V::of_text(ind->id) : V::null()},
         {"label", ind ? V::of_text(ind->label) : V::null()},
         {"unit", ind ? V::of_text(ind->unit) : V::null()},
         {"decimals", ind ? V::of_number(d, K::count) : V::null()},
         {"is_percent", V::of_bool(ind && ind->type == model::IndicatorType::percent)},
         {"total", figure(f ? f->total : std::nullopt)},
         {"previous_total", figure(f ? f->previous_total : std::nullopt)},
         {"compared_total", figure(f ? f->compared_total : std::nullopt)},
         {"growth", f ? V::of_change(f->growth_percent, K::percent) : V::null()},
         {"change_points", f ? V::of_change(f->change_points, K::amount) : V::null()},
         {"has_change", V::of_bool(f && (f->growth_percent || f->change_points))},
         {"base_is_zero", V::of_bool(f && f->base_is_zero)},
         {"compared", count(f ? f->compared_count : 0)},
         {"compared_of", count(f ? f->member_count : 0)},
         {"partial_comparison", V::of_bool(f && f->partial_comparison())},
         {"reported_total", figure(f ? f->reported_total : std::nullopt)},
         {"difference", figure(f ? f->difference : std::nullopt)}},
        ind != nullptr);
}

V statistics(const model::ClusterYear& cy, const Members& ms) {
    const model::Statistics* st = cy.statistics ? &*cy.statistics : nullptr;
    ValueList indicators; // built once, shared by every member's figure
    ValueList partial;    // those whose change leaves a member out
    ValueList zero_bases; // those with no growth: last year's figure is 0
    // The shapes (prototypes) are built once and shared by every list: a
    // file of thousands of members must not build one per row.
    const V no_indicator = indicator(nullptr, 0);
    for (std::size_t i = 0; st && i < st->indicators.size(); ++i) {
        indicators.push_back(indicator(st, i));
        if (st->figures[i].partial_comparison()) partial.push_back(indicators.back());
        if (st->figures[i].base_is_zero) zero_bases.push_back(indicators.back());
    }
    auto figure = [&](std::size_t m, std::size_t i) {
        const bool ok = st && m < st->member_table.size() && i < st->indicators.size();
        const model::MemberFigure* f = ok ? &st->member_table[m][i] : nullptr;
        const K k = ok ? kind_of(st->indicators[i].type) : K::amount;
        const int d = ok ? st->indicators[i].precision : 0;
        return V::of_object(
            {{"value", f ? V::of_figure(f->value, k, d) : V::null()},
             {"previous", f ? V::of_figure(f->previous, k, d) : V::null()},
             {"growth", f ? V::of_change(f->growth_percent, K::percent) : V::null()},
             {"change_points", f ? V::of_change(f->change_points, K::amount) : V::null()},
             {"has_change", V::of_bool(f && (f->growth_percent || f->change_points))},
             {"indicator", ok ? indicators[i] : no_indicator}},
            f != nullptr);
    };
    const V no_figure = figure(~0u, ~0u);
    auto row = [&](std::size_t m) {
        const bool ok = m < cy.members.size();
        ValueList values;
        for (std::size_t i = 0; ok && st && i < st->indicators.size(); ++i) {
            values.push_back(figure(m, i));
        }
        return V::of_object({{"member", ms.of(ok ? &cy.members[m] : nullptr)},
                             {"values", V::of_list(std::move(values), no_figure)}},
                            ok);
    };
    ValueList rows;
    for (std::size_t m = 0; st && m < cy.members.size(); ++m)
        rows.push_back(row(m));
    return V::of_object({{"indicators", V::of_list(std::move(indicators), no_indicator)},
                         {"rows", V::of_list(std::move(rows), row(~0u))},
                         {"partial_comparisons", V::of_list(std::move(partial), no_indicator)},
                         {"zero_bases", V::of_list(std::move(zero_bases), no_indicator)},
                         {"has_previous_year", V::of_bool(st && st->has_previous_year)}},
                        st != nullptr);
}

V scoring(const model::ClusterYear& cy, const Members& ms) {
    const model::Scoring* sc = cy.scoring ? &*cy.scoring : nullptr;
    auto criterion = [](const model::Criterion* c) {
        return V::of_object(
            {{"id", c ? V::of_text(c->id) : V::null()},
             {"label", c ? V::of_text(c->label) : V::null()},
             {"max", c ? V::of_number(c->max) : V::null()},
             {"is_bonus", V::of_bool(c && c->kind == model::CriterionKind::bonus)},
             {"is_penalty", V::of_bool(c && c->kind == model::CriterionKind::penalty)}},
            c != nullptr);
    };
    auto score = [&](const model::Score* s) {
        ValueList points;
        for (std::size_t k = 0; s && k < s->points.size(); ++k) {
            points.push_back(V::of_number(s->points[k]));
        }
        return V::of_object({{"member", ms.by_id(s ? &s->member : nullptr)},
                             {"points", V::of_list(std::move(points), V::null())},
                             {"total", s ? V::of_number(s->total) : V::null()},
                             {"rank", s ? V::of_number(s->rank, K::count) : V::null()},
                             {"grade", V::of_text(s ? s->grade : std::nullopt)}},
                            s != nullptr);
    };
    auto grade = [](const model::GradeBand* g) {
        return V::of_object({{"min", g ? V::of_number(g->min) : V::null()},
                             {"label", g ? V::of_text(g->label) : V::null()}},
                            g != nullptr);
    };
    static const model::Scoring none;
    const model::Scoring& s = sc ? *sc : none;
    // Each score built once; the list by rank shares the same values.
    ValueList scores;
    scores.reserve(s.scores.size());
    std::vector<std::size_t> order;
    for (std::size_t k = 0; k < s.scores.size(); ++k) {
        scores.push_back(score(&s.scores[k]));
        order.push_back(k);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return s.scores[a].rank < s.scores[b].rank;
    });
    ValueList by_rank;
    by_rank.reserve(order.size());
    for (std::size_t k : order)
        by_rank.push_back(scores[k]);
    const V no_score = score(nullptr);
    return V::of_object({{"criteria", list_of(s.criteria, criterion)},
                         {"scores", V::of_list(std::move(scores), no_score)},
                         {"scores_by_rank", V::of_list(std::move(by_rank), no_score)},
                         {"grades", list_of(s.grades, grade)}},
                        sc != nullptr);
}

V teller(const model::Teller* t) {
    using R = model::TellerRole;
    static const std::array<std::string, 4> roles = {"head", "deputy", "secretary", "member"};
    return V::of_object(
        {{"name", t ? V::of_text(t->name) : V::null()},
         {"title", V::of_text(t ? t->title : std::nullopt)},
         {"role", t ? V::of_text(roles[static_cast<std::size_t>(t->role)]) : V::null()},
         {"is_head", V::of_bool(t && t->role == R::head)},
         {"is_deputy", V::of_bool(t && t->role == R::deputy)},
         {"is_secretary", V::of_bool(t && t->role == R::secretary)},
         {"is_member", V::of_bool(t && t->role == R::member)}},
        t != nullptr);
}

V ballot(const Members& ms, const model::Ballot* b) {
    auto tally = [&](const model::Tally* t) {
        return V::of_object({{"member", ms.by_id(t ? &t->member : nullptr)},
                             {"votes", t ? V::of_number(t->votes, K::count) : V::null()},
                             {"percent", t ? V::of_number(t->percent, K::percent) : V::null()},
                             {"passed", V::of_bool(t && t->passed)}},
                            t != nullptr);
    };
    auto count = [](const std::optional<int>& n) {
        return n ? V::of_number(*n, K::count) : V::null();
    };
    // The threshold as the file gives it: "2/3", or the percentage.
    V threshold = V::null();
    if (b && b->min_fraction) {
        threshold = V::of_text(text::to_text(b->min_fraction->numerator) + "/" +
                               text::to_text(b->min_fraction->denominator));
    } else if (b) {
        // With the decimals it is given with, up to the millionth kept: 66,67%.
        threshold = V::of_figure(b->min_percent, K::percent,
                                 std::min(text::decimals_of(b->min_percent), 6));
    }
    static const std::vector<model::Tally> none;
    static const std::vector<model::Teller> no_tellers;
    const model::BallotPapers* p = b ? &b->papers : nullptr;
    return V::of_object(
        {{"id", b ? V::of_text(b->id) : V::null()},
         {"title", b ? V::of_text(b->title) : V::null()},
         {"voters", b ? V::of_number(b->voters, K::count) : V::null()},
         {"min_percent", b ? V::of_number(b->min_percent, K::percent) : V::null()},
         {"threshold", threshold},
         {"is_fraction", V::of_bool(b && b->min_fraction)},
         {"at_least", V::of_bool(b && b->pass == model::PassRule::at_least)},
         {"issued", count(p ? p->issued : std::nullopt)},
         {"returned", count(p ? p->returned : std::nullopt)},
         {"valid", count(p ? (p->valid ? p->valid : b->valid_computed) : std::nullopt)},
         {"invalid", count(p ? (p->invalid ? p->invalid : b->invalid_computed) : std::nullopt)},
         {"has_papers", V::of_bool(p && (p->issued || p->returned || p->valid || p->invalid))},
         {"tellers", list_of(b ? b->tellers : no_tellers, teller)},
         {"tallies", list_of(b ? b->tallies : none, tally)}},
        b != nullptr);
}

V award(const Members& ms, const model::Award* a) {
    // The route, and what follows its first body: the rest of it, then the
    // body that grants the award ("A xem xét, trình B đề nghị C tặng").
    ValueList route;
    ValueList onward;
    for (std::size_t k = 0; a && k < a->route.size(); ++k) {
        route.push_back(V::of_text(a->route[k]));
        if (k > 0) onward.push_back(route.back());
    }
    if (a && a->by && !a->route.empty()) onward.push_back(V::of_text(*a->by));
    return V::of_object(
        {{"type", a ? V::of_text(a->type) : V::null()},
         {"by", V::of_text(a ? a->by : std::nullopt)},
         {"via", V::of_list(std::move(route), V::of_text(std::string()))},
         {"onward", V::of_list(std::move(onward), V::of_text(std::string()))},
         {"member", ms.by_id(a ? &a->member : nullptr)},
         {"recipient", V::of_text(a ? a->recipient : std::nullopt)},
         {"is_granted", V::of_bool(a && a->status == model::AwardStatus::granted)},
         {"is_proposed", V::of_bool(a && a->status == model::AwardStatus::proposed)},
         {"reason", V::of_text(a ? a->reason : std::nullopt)}},
        a != nullptr);
}

// The awards of one status, in the file's order.
V awards_by_status(const model::ClusterYear& cy, const Members& ms, model::AwardStatus status) {
    ValueList out;
    for (const model::Award& a : cy.awards) {
        if (a.status == status) out.push_back(award(ms, &a));
    }
    return V::of_list(std::move(out), award(ms, nullptr));
}

V covenant(const model::ClusterYear& cy, const Members& ms) {
    const model::Covenant* cv = cy.covenant ? &*cy.covenant : nullptr;
    auto commitment = [&](const model::Commitment* c) {
        std::optional<double> total;
        if (c && cv) {
            const auto k = static_cast<std::size_t>(c - cv->commitments.data());
            if (k < cv->totals.size()) total = cv->totals[k];
        }
        return V::of_object(
            {{"id", c ? V::of_text(c->id) : V::null()},
             {"label", c ? V::of_text(c->label) : V::null()},
             {"unit", V::of_text(c ? c->unit : std::nullopt)},
             {"total", c ? V::of_figure(total, kind_of(c->type), c->precision) : V::null()},
             {"has_total", V::of_bool(c && c->aggregate != model::Aggregate::none)}},
            c != nullptr);
    };
    std::unordered_map<std::string_view, const model::Pledge*> pledges;
    for (std::size_t k = 0; cv && k < cv->pledges.size(); ++k)
        pledges[cv->pledges[k].member] = &cv->pledges[k];
    auto pledge_row = [&](const model::Member* m) {
        const auto it = m ? pledges.find(m->id) : pledges.end();
        const model::Pledge* p = it == pledges.end() ? nullptr : it->second;
        ValueList values;
        for (std::size_t k = 0; cv && m && k < cv->commitments.size(); ++k) {
            const model::Commitment& c = cv->commitments[k];
            values.push_back(V::of_figure(p && k < p->values.size() ? p->values[k] : std::nullopt,
                                          kind_of(c.type), c.precision));
        }
        return V::of_object({{"member", ms.of(m)},
                             {"values", V::of_list(std::move(values), V::null())},
                             {"pledged", V::of_bool(p != nullptr)}},
                            m != nullptr);
    };
    static const std::vector<model::Commitment> none;
    return V::of_object({{"year", V::of_number(cv ? cv->year : cy.year + 1, K::year)},
                         {"number", V::of_text(cv ? cv->number : std::nullopt)},
                         {"date", V::of_date(cv ? cv->date : std::nullopt)},
                         {"place", V::of_text(cv ? cv->place : std::nullopt)},
                         {"bases", rich_list(cv ? &cv->bases : nullptr)},
                         {"targets", rich_list(cv ? &cv->targets : nullptr)},
                         {"commitments", list_of(cv ? cv->commitments : none, commitment)},
                         {"rows", list_of(cy.members, pledge_row)}},
                        cv != nullptr);
}

} // namespace

Value model_value(const model::ClusterYear& cy) {
    const model::Succession* su = cy.succession ? &*cy.succession : nullptr;
    const model::FlagHandover* ho = cy.handover ? &*cy.handover : nullptr;
    const Members ms(cy);
    auto member_of = [&](const model::Member* m) { return ms.of(m); };
    std::vector<std::string> heads, deputies;
    for (const model::Member* m : cy.heads())
        heads.push_back(m->id);
    for (const model::Member* m : cy.deputies())
        deputies.push_back(m->id);
    // Who signs first: the head(s), then the deputy, then the others in the
    // file's order.
    std::vector<std::string> signing = heads;
    signing.insert(signing.end(), deputies.begin(), deputies.end());
    for (const model::Member& m : cy.members) {
        if (m.role == model::Role::member) signing.push_back(m.id);
    }
    return V::of_object(
        {{"year", V::of_number(cy.year, K::year)},
         {"previous_year", V::of_number(cy.year - 1, K::year)},
         {"next_year", V::of_number(cy.year + 1, K::year)},
         // Nothing but the cluster and its members: the file asks for blank forms.
         {"form_only",
          V::of_bool(!cy.meeting && !cy.statistics && !cy.scoring && cy.ballots.empty() &&
                     cy.awards.empty() && !cy.covenant && !cy.succession)},
         {"cluster", V::of_object({{"id", V::of_text(cy.cluster.id)},
                                   {"name", V::of_text(cy.cluster.name)},
                                   {"authority", V::of_text(cy.cluster.authority)}})},
         {"members", list_of(cy.members, member_of)},
         {"heads", member_list(ms, &heads)},
         {"deputies", member_list(ms, &deputies)},
         {"signing_order", member_list(ms, &signing)},
         {"meeting", meeting(cy, ms)},
         {"statistics", statistics(cy, ms)},
         {"scoring", scoring(cy, ms)},
         {"ballots", list_of(cy.ballots, [&](const model::Ballot* b) { return ballot(ms, b); })},
         {"awards", list_of(cy.awards, [&](const model::Award* a) { return award(ms, a); })},
         {"granted_awards", awards_by_status(cy, ms, model::AwardStatus::granted)},
         {"proposed_awards", awards_by_status(cy, ms, model::AwardStatus::proposed)},
         {"covenant", covenant(cy, ms)},
         {"succession", V::of_object({{"year", V::of_number(su ? su->year : cy.year + 1, K::year)},
                                      {"heads", member_list(ms, su ? &su->heads : nullptr)},
                                      {"deputies", member_list(ms, su ? &su->deputies : nullptr)}},
                                     su != nullptr)},
         {"handover", V::of_object({{"year", V::of_number(ho ? ho->year : cy.year + 1, K::year)},
                                    {"from", member_list(ms, ho ? &ho->from : nullptr)},
                                    {"to", member_list(ms, ho ? &ho->to : nullptr)}},
                                   ho != nullptr)}});
}

} // namespace thidua::doc
