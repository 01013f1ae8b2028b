// The cluster-year as plain data: what one input file says, plus the figures
// derived from it (totals, growth, ranks, grades, percentages, hand-over).
// Nothing here knows about XML, PDF or XLSX.
#pragma once

#include "text/calendar.hpp"

#include <optional>
#include <string>
#include <vector>

namespace thidua::model {

// A stretch of text in one style; a paragraph is a sequence of runs.
struct Run {
    std::string text;
    bool bold = false;
    bool italic = false;
    friend bool operator==(const Run&, const Run&) = default;
};
using RichText = std::vector<Run>;

// The runs' text joined, styles dropped.
std::string plain_text(const RichText& rich);

struct Person {
    std::string name;
    std::optional<std::string> title;
    std::optional<std::string> honorific; // "Ông", "Bà", "Đồng chí"; absent: none
    friend bool operator==(const Person&, const Person&) = default;
};

// How a member's representative signs, beside the "TM." the documents put
// before the member's name (the member signs as an organisation): under
// their own title (none), for the head as a deputy (KT., ký thay), by
// order of the head (TL., thừa lệnh), under the head's delegated authority
// (TUQ., thừa ủy quyền), or as acting head (Q., quyền). Decree 30/2020,
// Appendix I, II.7.
enum class Authority { none, kt, tl, tuq, q };

// The person who signs the covenant (and, for a head, the workbook) for a
// member. `signs_for` is the title of the head the authority is exercised
// for ("Chủ tịch"): as written, or derived from a deputy's title; absent
// when there is no authority, or none is known (a fill-in line).
struct Representative : Person {
    Authority authority = Authority::none;
    std::optional<std::string> signs_for;
    friend bool operator==(const Representative&, const Representative&) = default;
};

enum class Role { head, deputy, member };

struct Member {
    std::string id;
    std::string name;
    std::optional<std::string> short_name; // for tables: "Nghệ An"; never wraps
    std::optional<std::string> place;
    Role role = Role::member;
    std::optional<Representative> representative;
    friend bool operator==(const Member&, const Member&) = default;
};

struct Cluster {
    std::string id;
    std::string name;
    std::string authority = "Liên minh Hợp tác xã Việt Nam";
    friend bool operator==(const Cluster&, const Cluster&) = default;
};

struct Delegation {
    std::string member;
    int count = 0;
    std::vector<Person> leaders; // named leaders of the delegation, if given
    friend bool operator==(const Delegation&, const Delegation&) = default;
};

// A report, speech or closing remarks: who spoke and what was said.
struct Statement {
    std::optional<std::string> by;
    std::optional<std::string> title;
    std::vector<RichText> paragraphs;
    friend bool operator==(const Statement&, const Statement&) = default;
};

struct Meeting {
    std::optional<std::string> number;
    std::optional<text::Date> date;
    std::optional<text::TimeOfDay> start;
    std::optional<text::TimeOfDay> end;
    std::optional<std::string> place;
    std::optional<std::string> venue;
    std::optional<std::string> host; // member id
    std::string title;
    std::optional<Person> chair;
    std::optional<Person> secretary;
    std::vector<Person> guests;
    std::vector<Delegation> delegations;
    std::vector<RichText> agenda;
    std::optional<Statement> opening; // who opened the conference, and what they said
    std::optional<Statement> report;
    std::optional<std::vector<Statement>> discussion; // present but empty is possible
    std::optional<Statement> conclusion;
    std::vector<RichText> recipients;
    friend bool operator==(const Meeting&, const Meeting&) = default;
};

enum class IndicatorType { count, amount, percent };
// How the cluster's figure is made from the members' figures: their sum,
// their unweighted mean, none at all, or the ratio of the totals of two
// other indicators (numerator / denominator, times 100 for a percentage).
enum class Aggregate { sum, mean, none, ratio };

// The most decimals a figure may be given with when the file does not say.
inline constexpr int max_default_decimals = 2;

struct Indicator {
    std::string id;
    std::string label;
    std::optional<std::string> unit;
    IndicatorType type = IndicatorType::count;
    Aggregate aggregate = Aggregate::sum;
    std::optional<std::string> numerator;   // aggregate ratio: an indicator id
    std::optional<std::string> denominator; // aggregate ratio: an indicator id
    std::optional<int> decimals;            // as the file writes it
    int line = 0;                           // where the file defines it, for messages
    // Derived: the decimals every figure of the indicator is shown with.
    int precision = 0;
    friend bool operator==(const Indicator&, const Indicator&) = default;
};

// One member's figures for one year; values[i] belongs to indicators[i],
// nullopt meaning "not reported" (not the same as 0).
struct StatRow {
    std::string member;
    int year = 0;
    std::vector<std::optional<double>> values;
    friend bool operator==(const StatRow&, const StatRow&) = default;
};

// Derived, per indicator. The change against last year is like for like:
// it is computed over the members that have the figure in both years (for a
// ratio: both parts in both years), and previous_total covers those members
// only, so the year before and the change always describe the same units.
struct IndicatorFigures {
    std::optional<double> total;          // by aggregate, over this year's members
    std::optional<double> previous_total; // last year, over the compared members
    std::optional<double> compared_total; // this year, over the compared members
    std::optional<double> growth_percent; // relative change, not for percent indicators
    std::optional<double> change_points;  // percent indicators: the change in points
    bool base_is_zero = false;            // no growth: last year rounds to 0
    std::optional<double> reported_total; // from <total>
    std::optional<double> difference;     // reported_total - total
    int reported_count = 0;               // members that have the figure this year
    int compared_count = 0;               // members that have it in both years (N)
    int member_count = 0;                 // members that have it in either year (M)
    // Some member is left out of the comparison (N < M).
    bool partial_comparison() const {
        return previous_total.has_value() && compared_count < member_count;
    }
    friend bool operator==(const IndicatorFigures&, const IndicatorFigures&) = default;
};

// Derived, per member and indicator (this year against last year). For a
// ratio indicator a value the file leaves out is computed from its parts.
struct MemberFigure {
    std::optional<double> value;
    std::optional<double> previous;
    std::optional<double> growth_percent; // relative change, not for percent indicators
    std::optional<double> change_points;  // percent indicators
    friend bool operator==(const MemberFigure&, const MemberFigure&) = default;
};

struct Statistics {
    std::vector<Indicator> indicators;
    std::vector<StatRow> rows; // every year given, in file order
    std::optional<std::vector<std::optional<double>>> reported_totals;
    // Derived:
    std::vector<IndicatorFigures> figures;               // [indicator]
    std::vector<std::vector<MemberFigure>> member_table; // [member index][indicator]
    bool has_previous_year = false;
    friend bool operator==(const Statistics&, const Statistics&) = default;
};

enum class CriterionKind { base, bonus, penalty };

struct Criterion {
    std::string id;
    std::string label;
    double max = 0;
    CriterionKind kind = CriterionKind::base;
    friend bool operator==(const Criterion&, const Criterion&) = default;
};

struct Score {
    std::string member;
    std::vector<std::optional<double>> points; // [criterion]
    // Derived:
    double total = 0; // base + bonus - penalty
    int rank = 0;     // 1, 2, 2, 4
    std::optional<std::string> grade;
    friend bool operator==(const Score&, const Score&) = default;
};

struct GradeBand {
    double min = 0;
    std::string label;
    friend bool operator==(const GradeBand&, const GradeBand&) = default;
};

struct Scoring {
    std::vector<Criterion> criteria;
    std::vector<Score> scores;
    std::vector<GradeBand> grades; // highest first
    friend bool operator==(const Scoring&, const Scoring&) = default;
};

struct Tally {
    std::string member;
    int votes = 0;
    // Derived:
    double percent = 0;
    bool passed = false;
    friend bool operator==(const Tally&, const Tally&) = default;
};

// How a member's share of the votes is compared with the threshold:
// strictly more ("trên 50%") or at least ("từ 70% trở lên").
enum class PassRule { above, at_least };

// A share of the votes as an exact fraction: two thirds is 2/3, 70% is
// 70/100, 50.5% is 505/1000.
struct Share {
    long long numerator = 0;
    long long denominator = 1;
    friend bool operator==(const Share&, const Share&) = default;
};

// The role of a member of the vote-counting committee (ban kiểm phiếu).
enum class TellerRole { head, deputy, secretary, member };

struct Teller {
    std::string name;
    std::optional<std::string> title;
    TellerRole role = TellerRole::member;
    friend bool operator==(const Teller&, const Teller&) = default;
};

// The ballot papers, as far as the file gives them: handed out (phát ra),
// returned (thu về), valid and invalid.
struct BallotPapers {
    std::optional<int> issued;
    std::optional<int> returned;
    std::optional<int> valid;
    std::optional<int> invalid;
    friend bool operator==(const BallotPapers&, const BallotPapers&) = default;
};

struct Ballot {
    std::string id;
    std::string title;
    int voters = 0;
    // The threshold: a percentage (50 by default), or a fraction the file
    // gives instead ("2/3"); compared as `pass` says.
    double min_percent = 50;
    std::optional<Share> min_fraction;
    PassRule pass = PassRule::above;
    BallotPapers papers; // as the file gives them
    std::vector<Teller> tellers;
    std::vector<Tally> tallies;
    // Derived: the threshold as an exact fraction (a percentage kept to a
    // millionth of a point); min_percent of a fraction (kept to a
    // millionth); the valid or invalid papers the file leaves out when it
    // gives the returned ones and the other (returned - the other).
    Share threshold;
    std::optional<int> valid_computed;
    std::optional<int> invalid_computed;
    friend bool operator==(const Ballot&, const Ballot&) = default;
};

enum class AwardStatus { proposed, granted };

struct Award {
    std::string type;
    std::optional<std::string> by; // who grants it
    // The bodies a proposal goes through on its way to `by`, in order, as
    // the file writes them: each considers it and submits it to the next
    // ("xem xét, trình").
    std::vector<std::string> via;
    std::string member;
    std::optional<std::string> recipient; // absent: the member unit itself
    AwardStatus status = AwardStatus::proposed;
    std::optional<std::string> reason;
    // Derived: `via`, or when the file gives none and `by` is the Prime
    // Minister or the Government, the cluster's authority; for the
    // President, the authority and then the Prime Minister.
    std::vector<std::string> route;
    friend bool operator==(const Award&, const Award&) = default;
};

struct Commitment {
    std::string id;
    std::string label;
    std::optional<std::string> unit;
    IndicatorType type = IndicatorType::amount;
    Aggregate aggregate = Aggregate::sum; // sum, mean or none
    std::optional<int> decimals;          // as the file writes it
    // Derived: the decimals its pledges and total are shown with.
    int precision = 0;
    friend bool operator==(const Commitment&, const Commitment&) = default;
};

struct Pledge {
    std::string member;
    std::vector<std::optional<double>> values; // [commitment]
    friend bool operator==(const Pledge&, const Pledge&) = default;
};

struct Covenant {
    int year = 0;
    std::optional<std::string> number;
    std::optional<text::Date> date;
    std::optional<std::string> place;
    std::vector<RichText> bases;
    bool bases_replace_defaults = false; // bases="replace": the file's alone
    std::vector<RichText> targets;
    std::vector<Commitment> commitments;
    std::vector<Pledge> pledges;
    // Derived: per commitment, the pledges by its aggregate (nullopt when
    // nobody pledged, or when the aggregate is none: no total is printed).
    std::vector<std::optional<double>> totals;
    friend bool operator==(const Covenant&, const Covenant&) = default;
};

struct Succession {
    int year = 0;
    std::vector<std::string> heads;
    std::vector<std::string> deputies;
    friend bool operator==(const Succession&, const Succession&) = default;
};

// Derived: the rotating flag (cờ luân lưu) passes from this year's head(s)
// to next year's head(s).
struct FlagHandover {
    int year = 0;
    std::vector<std::string> from;
    std::vector<std::string> to;
    friend bool operator==(const FlagHandover&, const FlagHandover&) = default;
};

struct ClusterYear {
    int format = 1;
    int year = 0;
    Cluster cluster;
    std::vector<Member> members;
    std::optional<Meeting> meeting;
    std::optional<Statistics> statistics;
    std::optional<Scoring> scoring;
    std::vector<Ballot> ballots;
    std::vector<Award> awards;
    std::optional<Covenant> covenant;
    std::optional<Succession> succession;
    // Derived:
    std::optional<FlagHandover> handover;
    std::vector<std::size_t> members_by_id; // indices into members, in id order

    // The member with this id, or nullptr: by binary search once derive()
    // has run (a look-up per reference must not cost a pass over thousands).
    const Member* find_member(std::string_view id) const;
    std::vector<const Member*> heads() const;
    std::vector<const Member*> deputies() const;
    friend bool operator==(const ClusterYear&, const ClusterYear&) = default;
};

// Fills every derived field from the given data. The loader calls it once the
// file has no errors; calling it again gives the same result.
void derive(ClusterYear& cy);

} // namespace thidua::model
