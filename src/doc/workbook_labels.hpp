// The statistics workbook's wording (templates/workbook.xml): sheet names,
// titles, column headings, the chart's indicator. Read and checked once,
// before any input, with every mistake reported as TEMPLATE:LINE:COLUMN;
// then filled in for each cluster-year as plain strings (WorkbookText),
// which is all the XLSX writer sees.
#pragma once

#include "diag/diagnostics.hpp"
#include "doc/value.hpp"
#include "model/cluster_year.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::doc {

// The sheets a workbook may hold, in the order the template lists them.
enum class WorkbookSheet { statistics, scoring, ballots, awards, covenant };

// What every sheet has: its tab name, the title under the title block, an
// optional note under the table, the "STT" heading of the number column.
struct SheetText {
    std::string sheet;
    std::string title;
    std::string note;
    std::string number;
};

struct StatisticsText : SheetText {
    std::string member;
    std::vector<std::string> indicators; // [indicator]: label, then a unit line when it has one
    std::string this_year;
    std::string previous_year;
    std::string growth;
    std::string total;      // the label of the totals row
    std::string reported;   // the label of the reported-total row
    std::string difference; // the label of the difference row
    std::string points;     // the words after a change in percentage points ("điểm %")
    // Under the table, after `note`: one per indicator whose change leaves
    // a member out ("so sánh trên N/M đơn vị ..."), then one per indicator
    // whose growth is not given because last year's figure is 0.
    std::vector<std::string> notes;
    bool chart = false;
    std::size_t chart_indicator = 0; // index into the file's indicators
    std::string chart_title;
};

struct ScoringText : SheetText {
    std::string member;
    std::string base;
    std::string bonus;
    std::string penalty;
    std::vector<std::string> criteria; // [criterion]
    std::string total;
    std::string rank;
    std::string grade;
    std::string grades;      // caption of the grade bands' table
    std::string grade_min;   // its column of minimum totals
    std::string grade_label; // its column of grade names
};

struct BallotsText : SheetText {
    std::vector<std::string> captions;   // [ballot]
    std::vector<std::string> thresholds; // [ballot]: the label before the threshold, by its rule
    std::vector<std::string> tellers;    // [ballot]: the caption over its counting committee
    std::string issued;                  // the ballot papers' rows: handed out,
    std::string returned;                // returned,
    std::string valid;                   // valid
    std::string invalid;                 // and invalid
    std::string teller_head;             // the committee's roles
    std::string teller_deputy;
    std::string teller_secretary;
    std::string teller_member;
    std::string member;
    std::string votes;
    std::string voters;
    std::string percent;
    std::string result;
    std::string passed;
    std::string failed;
};

// `title` is the one that fits the awards: the template's title when every
// award is a proposal, its granted-title when every one was granted, else
// its mixed-title.
struct AwardsText : SheetText {
    std::string type;
    std::string by;
    std::string member;
    std::string recipient;
    std::string status;
    std::string reason;
    std::vector<std::string> statuses; // [award]: proposed (by its route) or granted
};

struct CovenantText : SheetText {
    std::string member;
    std::vector<std::string> commitments; // [commitment]: label, then a unit line
    std::string total;
};

// One signature: its bold title lines, an optional italic note under them,
// room to sign, then the name (empty: written by hand).
struct SignatureText {
    std::vector<std::string> titles;
    std::string note;
    std::string name;
};

// What ends every sheet when the template has <signing>: the place and date
// line, over the heads' signatures on the right; the preparer's (người lập
// biểu) on the left. A head's titles follow the representative's authority
// (Decree 30/2020): the role, TM. and the member, the authority over the
// head's title when there is one, the representative's own title (not for
// an acting head, Q.).
struct SigningText {
    std::string place_date;
    SignatureText preparer;
    std::vector<SignatureText> heads; // one per member with role="head", in file order
};

// The whole workbook's wording for one cluster-year. Only the sheets named
// in `order` were in the template.
struct WorkbookText {
    std::string title;
    std::string subject;
    std::string author;
    std::string parent; // the title block: the body the cluster belongs to
    std::string issuer; // ... and the cluster
    std::string footer; // Excel header/footer codes: page number &P, page count &N, '&' as &&
    std::string no_data;
    std::vector<WorkbookSheet> order;
    StatisticsText statistics;
    ScoringText scoring;
    BallotsText ballots;
    AwardsText awards;
    CovenantText covenant;
    std::optional<SigningText> signing;
};

class WorkbookLabels {
public:
    // Reads and checks templates/workbook.xml; nullptr when it has errors
    // (they are in `diags`, whose file name is the template's).
    static std::unique_ptr<WorkbookLabels> load(const std::filesystem::path& file,
                                                diag::Diagnostics& diags);
    static std::unique_ptr<WorkbookLabels> parse(std::string_view text, diag::Diagnostics& diags);

    // Every placeholder filled in from `cy`. Cannot fail: load checked it all.
    WorkbookText resolve(const ModelView& view) const;
    WorkbookText resolve(const model::ClusterYear& cy) const { return resolve(ModelView(cy)); }

    ~WorkbookLabels();
    WorkbookLabels(WorkbookLabels&&) noexcept;
    WorkbookLabels& operator=(WorkbookLabels&&) noexcept;

    struct Parsed; // the checked template, internal to doc/

private:
    WorkbookLabels();
    std::unique_ptr<Parsed> parsed_;
};

} // namespace thidua::doc
