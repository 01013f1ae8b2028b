// <ballot>: what was voted on, by how many, the threshold and how it is
// compared ("trên 50%", "từ 70% trở lên", "2/3"), the ballot papers handed
// out, returned, valid and invalid, the vote-counting committee (<teller>)
// and each member's votes (<tally>); every count checked against the
// others.
#include "i18n/messages.hpp"
#include "load/fields.hpp"
#include "load/reader.hpp"
#include "load/schema.hpp"
#include "text/number.hpp"

#include <array>

namespace thidua::load {
namespace {

// Far above any conference; keeps votes x denominator within 64 bits and
// the workbook's comparison exact (docs/format.md, "Vote percentages").
constexpr int most_ballots = 1'000'000;
constexpr long long largest_denominator = 1'000'000;

// A count of ballot papers or votes: a whole number up to most_ballots.
std::optional<int> count_attr(Context& ctx, const Element* el, std::string_view name,
                              NumberRule rule, Need need = Need::optional) {
    const auto n = number_attr(ctx, el, name, rule, need);
    if (!n) return std::nullopt;
    if (*n > most_ballots) {
        ctx.error(ctx.value_pos(el, name),
                  i18n::trf("'{1}' is more than a conference casts; a ballot counts at most {2} "
                            "papers or votes",
                            {clean(*el->value(name)), text::to_text(most_ballots)}));
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

// "N/D": two whole numbers, 0 <= N <= D, 0 < D <= largest_denominator.
std::optional<model::Share> fraction_attr(Context& ctx, const Element* el) {
    const auto value = text_attr(ctx, el, "min-fraction");
    if (!value) return std::nullopt;
    const diag::Pos pos = ctx.value_pos(el, "min-fraction");
    const auto whole = [](std::string_view s) -> std::optional<long long> {
        if (s.empty() || s.size() > 15) return std::nullopt;
        long long n = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    std::string compact;
    for (char c : *value) {
        if (c != ' ') compact += c;
    }
    const std::size_t slash = compact.find('/');
    const auto n = slash == std::string::npos ? std::nullopt : whole(compact.substr(0, slash));
    const auto d = slash == std::string::npos ? std::nullopt : whole(compact.substr(slash + 1));
    if (!n || !d) {
        ctx.error(pos, i18n::trf("'{1}' is not a fraction; write two whole numbers with '/' "
                                 "between them, e.g. min-fraction=\"2/3\" for two thirds",
                                 {*value}));
        return std::nullopt;
    }
    if (*d == 0) {
        ctx.error(pos, i18n::trf("'{1}' divides by 0; write the share as N/D with D above 0, "
                                 "e.g. min-fraction=\"2/3\"",
                                 {*value}));
        return std::nullopt;
    }
    if (*d > largest_denominator) {
        ctx.error(pos, i18n::trf("'{1}' has a denominator above {2}; write a smaller fraction, "
                                 "or min-percent=\"...\"",
                                 {*value, text::to_text(largest_denominator)}));
        return std::nullopt;
    }
    if (*n > *d) {
        ctx.error(pos, i18n::trf("'{1}' is more than all the votes; a share is at most 1, e.g. "
                                 "min-fraction=\"2/3\"",
                                 {*value}));
        return std::nullopt;
    }
    return model::Share{*n, *d};
}

// min-percent or min-fraction (not both), and the rule they are passed by.
void read_threshold(Context& ctx, const Element* el, model::Ballot& b) {
    static const std::array<std::string, 2> rules = {"above", "at-least"};
    if (auto min = number_attr(ctx, el, "min-percent", NumberRule::non_negative)) {
        if (*min > 100) {
            ctx.error(ctx.value_pos(el, "min-percent"),
                      i18n::trf("min-percent {1} is outside 0 to 100", {text::to_text(*min)}));
        } else if (text::decimals_of(*min) > 6) {
            ctx.warning(
                ctx.value_pos(el, "min-percent"),
                i18n::trf("min-percent {1} is kept to a millionth of a point ({2}); for "
                          "a share such as two thirds write min-fraction=\"2/3\" instead",
                          {text::to_text(*min), text::to_text(text::round_half_away(*min, 6))}));
        }
        b.min_percent = *min;
    }
    if (el->value("min-fraction")) {
        if (el->value("min-percent")) {
            ctx.error(ctx.name_pos(el, "min-fraction"),
                      i18n::tr("the threshold is given twice; keep min-percent=\"...\" (a "
                               "percentage) or min-fraction=\"...\" (a fraction such as 2/3), not "
                               "both"));
        } else {
            b.min_fraction = fraction_attr(ctx, el);
        }
    }
    if (auto r = choice_attr(ctx, el, "pass", rules)) b.pass = static_cast<model::PassRule>(*r);
}

// Handed out >= returned >= valid, invalid; valid + invalid = returned.
void read_papers(Context& ctx, const Element* el, model::BallotPapers& p) {
    p.issued = count_attr(ctx, el, "issued", NumberRule::whole);
    p.returned = count_attr(ctx, el, "returned", NumberRule::whole);
    p.valid = count_attr(ctx, el, "valid", NumberRule::whole);
    p.invalid = count_attr(ctx, el, "invalid", NumberRule::whole);
    const auto n = [](int v) { return text::to_text(v); };
    if (p.returned && p.issued && *p.returned > *p.issued) {
        ctx.error(ctx.value_pos(el, "returned"),
                  i18n::trf("returned ballots {1} exceed the {2} handed out (issued); no more "
                            "papers come back than were handed out: correct returned or issued",
                            {n(*p.returned), n(*p.issued)}));
        p.returned.reset();
    }
    // What valid and invalid papers cannot exceed: those returned, else
    // those handed out.
    const auto bound = p.returned ? p.returned : p.issued;
    const char* exceed =
        p.returned
            ? N_("{1} ballots {2} exceed the {3} returned; correct {1} or returned")
            : N_("{1} ballots {2} exceed the {3} handed out (issued); correct {1} or issued");
    for (const std::string_view name : {"valid", "invalid"}) {
        std::optional<int>& v = name == "valid" ? p.valid : p.invalid;
        if (v && bound && *v > *bound) {
            ctx.error(ctx.value_pos(el, name), i18n::trf(exceed, {name, n(*v), n(*bound)}));
            v.reset();
        }
    }
    if (p.returned && p.valid && p.invalid && *p.valid + *p.invalid != *p.returned) {
        ctx.error(
            ctx.value_pos(el, "invalid"),
            i18n::trf("invalid ballots {1} do not add up: returned {2} - valid {3} = {4}; "
                      "write invalid=\"{4}\" (or leave it out: it is computed), or correct "
                      "returned or valid",
                      {n(*p.invalid), n(*p.returned), n(*p.valid), n(*p.returned - *p.valid)}));
    } else if (!p.returned && p.issued && p.valid && p.invalid &&
               *p.valid + *p.invalid > *p.issued) {
        ctx.error(ctx.value_pos(el, "invalid"),
                  i18n::trf("valid {1} and invalid {2} ballots make more than the {3} handed "
                            "out (issued); correct valid, invalid or issued",
                            {n(*p.valid), n(*p.invalid), n(*p.issued)}));
    }
}

std::vector<model::Teller> read_tellers(Context& ctx, const Element* el) {
    static const std::array<std::string, 4> roles = {"head", "deputy", "secretary", "member"};
    std::vector<model::Teller> out;
    const Element* head = nullptr;
    for (const Element* t : el->elements("teller")) {
        check_shape(ctx, t);
        model::Teller teller;
        teller.name = text_attr(ctx, t, "name", Need::required).value_or("");
        teller.title = text_attr(ctx, t, "title");
        if (auto r = choice_attr(ctx, t, "role", roles))
            teller.role = static_cast<model::TellerRole>(*r);
        if (teller.role == model::TellerRole::head) {
            if (head) {
                ctx.error(ctx.value_pos(t, "role"),
                          i18n::trf("the committee has one head, already named on line {1}; "
                                    "write role=\"deputy\" or role=\"member\" here",
                                    {text::to_text(ctx.line(head))}));
            } else {
                head = t;
            }
        }
        out.push_back(std::move(teller));
    }
    return out;
}

} // namespace

model::Ballot read_ballot(Context& ctx, const Element* el) {
    check_shape(ctx, el);
    model::Ballot b;
    b.id = id_attr(ctx, el, "id").value_or("");
    b.title = text_attr(ctx, el, "title", Need::required).value_or("");
    const auto voters = count_attr(ctx, el, "voters", NumberRule::positive_whole, Need::required);
    b.voters = voters.value_or(0);
    read_threshold(ctx, el, b);
    read_papers(ctx, el, b.papers);
    b.tellers = read_tellers(ctx, el);
    const model::BallotPapers& p = b.papers;
    // The valid papers, given or computed (returned - invalid).
    std::optional<int> valid = p.valid;
    if (!valid && p.returned && p.invalid) valid = *p.returned - *p.invalid;
    SeenKeys members;
    for (const Element* t : el->elements("tally")) {
        check_shape(ctx, t);
        const auto member = member_attr(ctx, t, "member");
        const auto votes = count_attr(ctx, t, "votes", NumberRule::whole, Need::required);
        if (votes && voters && *votes > *voters) {
            ctx.error(ctx.value_pos(t, "votes"),
                      i18n::trf("votes {1} exceed the {2} voters",
                                {text::to_text(*votes), text::to_text(*voters)}));
        } else if (votes && valid && *votes > *valid) {
            ctx.error(ctx.value_pos(t, "votes"),
                      i18n::trf(p.valid ? N_("votes {1} exceed the {2} valid ballots; a member "
                                             "gets at most one vote from each valid ballot: "
                                             "correct votes, or the ballot's valid")
                                        : N_("votes {1} exceed the {2} valid ballots; a member "
                                             "gets at most one vote from each valid ballot: "
                                             "correct votes, or the ballot's valid (returned - "
                                             "invalid)"),
                                {text::to_text(*votes), text::to_text(*valid)}));
        }
        if (!member ||
            !members.add(ctx, ctx.value_pos(t, "member"), *member,
                         i18n::trf("member '{1}' already has a tally in this ballot", {*member}),
                         "")) {
            continue;
        }
        b.tallies.push_back({*member, votes.value_or(0)});
    }
    return b;
}

} // namespace thidua::load
