// The wording of the national workbook (templates/national.xml) and of the
// archive's catalogue (templates/index.xml): the schemas their templates
// are checked against, and the wording filled in as plain strings, which
// is all the XLSX writer sees.
#pragma once

#include "doc/sheet_wording.hpp"
#include "model/cluster_year.hpp"

#include <optional>
#include <string>
#include <vector>

namespace thidua::doc {

// What every workbook has: document properties, title block, footer.
struct WorkbookFrame {
    std::string title;
    std::string subject;
    std::string author;
    std::string parent; // the title block, top left: the body ...
    std::string issuer; // ... and the office
    std::string footer; // Excel header/footer codes
};

struct NationalText : WorkbookFrame {
    // The summary sheet: one row per cluster, one column per indicator.
    std::string summary_sheet;
    std::string summary_title;
    std::string summary_note;
    std::string number;
    std::string cluster;
    std::string members;
    std::string total;
    std::vector<std::string> indicators; // [indicator]: label, then a unit line when it has one
    std::string coverage;                // the row under the national totals
    std::vector<std::string> covered;    // [indicator]: "4/5 Cụm", "" without a national total
    // The notes sheet: the indicators some clusters lack.
    std::string notes_sheet;
    std::string notes_title;
    std::string notes_indicator;
    std::string notes_present;
    std::string notes_missing;
    std::string notes_none; // when every cluster has every indicator
};

// One table of the catalogue, on its own sheet: what every one has, and
// the columns every one starts with (each row's number, year and cluster).
struct CatalogueTableText {
    std::string sheet;
    std::string table; // Excel's name for the table
    std::string title;
    std::string note; // under the title; empty: none
    std::string number;
    std::string year;
    std::string cluster_id;
    std::string cluster;
};

// A row per cluster-year.
struct CatalogueYearsText : CatalogueTableText {
    std::string members; // how many
    std::string heads;
    std::string deputies;
    std::string next_heads;
    std::string next_deputies;
};

// A row per member of a cluster-year.
struct CatalogueMembersText : CatalogueTableText {
    std::string member_id;
    std::string member;
    std::string role;
    std::string head; // the role column's words
    std::string deputy;
    std::string ordinary;
};

// A row per award.
struct CatalogueAwardsText : CatalogueTableText {
    std::string award;
    std::string by;
    std::string member_id;
    std::string member;
    std::string recipient;
    std::string status;
    std::string proposed; // the status column's words
    std::string granted;
};

// A row per document of a cluster-year's folder.
struct CatalogueDocumentsText : CatalogueTableText {
    std::string document;
    std::string sha256;
};

struct IndexText : WorkbookFrame {
    CatalogueYearsText cluster_years;
    CatalogueMembersText members;
    CatalogueAwardsText awards;
    CatalogueDocumentsText documents;
    // A history sheet, per cluster (its headings are the tables' ones:
    // year, heads, deputies from cluster_years; number, member from members).
    std::string leaders;
    std::string awards_caption;
    std::string indicators_caption;
    std::string total;
};

const WordingSchema& national_schema();
const WordingSchema& index_schema();

// `indicators`: the national list, matched by id across the clusters;
// `covered`: [indicator] how many of the `clusters` its national total
// covers, none when it has no national total.
NationalText national_text(const Wording& w, int year,
                           const std::vector<model::Indicator>& indicators,
                           const std::vector<std::optional<int>>& covered, int clusters);

// `first_year`..`last_year`: the years the archive holds.
IndexText index_text(const Wording& w, int first_year, int last_year);

// The history sheet's title for one cluster.
std::string history_title(const Wording& w, const model::Cluster& cluster);

// An indicator's heading in a history sheet: label, then a unit line.
std::string history_indicator(const Wording& w, const model::Indicator& ind);

// One award in a history sheet's member row: its type, the recipient when
// it is not the member itself, and its status ("Bằng khen: HTX X (đề nghị)").
std::string history_award(const Wording& w, const model::Award& award);

// The heading of the growth column (`year` against `previous_year`).
std::string history_growth(const Wording& w, int year, int previous_year);

} // namespace thidua::doc
