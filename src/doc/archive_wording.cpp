// The schemas of templates/national.xml and templates/index.xml (four
// catalogue tables, each on its sheet, and the history sheets), and their
// wording filled in.
#include "doc/archive_wording.hpp"

#include "text/number.hpp"

namespace thidua::doc {
namespace {

using K = WordingKind;

std::vector<WordingAttribute> frame(std::vector<std::string_view> names) {
    return {{"title", names},  {"subject", names}, {"author", names},
            {"parent", names}, {"issuer", names},  {"footer", names, K::footer}};
}

void fill_frame(const Wording& w, std::string_view root, const WordingValues& v,
                WorkbookFrame& out) {
    out.title = w.fill(root, "title", v);
    out.subject = w.fill(root, "subject", v);
    out.author = w.fill(root, "author", v);
    out.parent = w.fill(root, "parent", v);
    out.issuer = w.fill(root, "issuer", v);
    out.footer = w.fill(root, "footer", v);
}

// The label, then the unit text on its own line when the item has a unit.
std::string heading(const Wording& w, std::string_view element, const model::Indicator& ind) {
    WordingValues v{{"label", ind.label}, {"unit", ind.unit.value_or("")}};
    std::string h = w.fill(element, "indicator", v);
    if (ind.unit) h += "\n" + w.fill(element, "unit", v);
    return h;
}

// A catalogue table's element: its sheet, table, title and note, the
// columns every table starts with, then its own `columns` and `words`.
WordingElement catalogue_table(std::string_view name, std::vector<std::string_view> columns,
                               std::vector<std::string_view> words = {}) {
    const std::vector<std::string_view> years = {"first_year", "last_year"};
    WordingElement e{name,
                     {{"sheet", {}, K::sheet_name},
                      {"table", {}, K::table_name},
                      {"title", years},
                      {"note", years}}};
    for (std::string_view c : {"number", "year", "cluster-id", "cluster"})
        e.attributes.push_back({c, {}, K::column});
    for (std::string_view c : columns)
        e.attributes.push_back({c, {}, K::column});
    for (std::string_view w : words)
        e.attributes.push_back({w, {}});
    return e;
}

// Attributes of `element` without {names}, each into its field.
void fill_plain(const Wording& w, std::string_view element,
                std::initializer_list<std::pair<std::string*, std::string_view>> fields) {
    for (const auto& [field, attribute] : fields)
        *field = w.fill(element, attribute);
}

void fill_table(const Wording& w, std::string_view element, const WordingValues& v,
                CatalogueTableText& out) {
    out.title = w.fill(element, "title", v);
    out.note = w.fill(element, "note", v);
    fill_plain(w, element,
               {{&out.sheet, "sheet"},
                {&out.table, "table"},
                {&out.number, "number"},
                {&out.year, "year"},
                {&out.cluster_id, "cluster-id"},
                {&out.cluster, "cluster"}});
}

} // namespace

const WordingSchema& national_schema() {
    static const WordingSchema schema{{"national", frame({"year"})},
                                      {{"summary",
                                        {{"sheet", {}, K::sheet_name},
                                         {"title", {"year"}},
                                         {"note", {"year"}},
                                         {"number", {}},
                                         {"cluster", {}},
                                         {"members", {}},
                                         {"indicator", {"label", "unit"}},
                                         {"unit", {"label", "unit"}},
                                         {"total", {"year"}},
                                         {"coverage", {"year"}},
                                         {"covered", {"covered", "clusters"}}}},
                                       {"notes",
                                        {{"sheet", {}, K::sheet_name},
                                         {"title", {"year"}},
                                         {"indicator", {}},
                                         {"present", {}},
                                         {"missing", {}},
                                         {"none", {"year"}}}}}};
    return schema;
}

const WordingSchema& index_schema() {
    static const WordingSchema schema{
        {"index", frame({"first_year", "last_year"})},
        {catalogue_table("cluster-years",
                         {"members", "heads", "deputies", "next-heads", "next-deputies"}),
         catalogue_table("members", {"member-id", "member", "role"},
                         {"head", "deputy", "ordinary"}),
         catalogue_table("awards", {"award", "by", "member-id", "member", "recipient", "status"},
                         {"proposed", "granted"}),
         catalogue_table("documents", {"document", "sha256"}),
         {"history",
          {{"title", {"cluster", "cluster_id"}},
           {"leaders", {}},
           {"awards", {}},
           {"award", {"type", "status"}},
           {"award-to", {"type", "recipient", "status"}},
           {"proposed", {}},
           {"granted", {}},
           {"indicators", {}},
           {"indicator", {"label", "unit"}},
           {"unit", {"label", "unit"}},
           {"total", {}},
           {"growth", {"year", "previous_year"}}}}}};
    return schema;
}

NationalText national_text(const Wording& w, int year,
                           const std::vector<model::Indicator>& indicators,
                           const std::vector<std::optional<int>>& covered, int clusters) {
    const WordingValues v{{"year", text::to_text(year)}};
    NationalText t;
    fill_frame(w, "national", v, t);
    t.summary_sheet = w.fill("summary", "sheet");
    t.summary_title = w.fill("summary", "title", v);
    t.summary_note = w.fill("summary", "note", v);
    t.number = w.fill("summary", "number");
    t.cluster = w.fill("summary", "cluster");
    t.members = w.fill("summary", "members");
    t.total = w.fill("summary", "total", v);
    for (const model::Indicator& ind : indicators)
        t.indicators.push_back(heading(w, "summary", ind));
    t.coverage = w.fill("summary", "coverage", v);
    for (const std::optional<int>& n : covered) {
        t.covered.push_back(
            !n ? ""
               : w.fill("summary", "covered",
                        {{"covered", text::to_text(*n)}, {"clusters", text::to_text(clusters)}}));
    }
    t.notes_sheet = w.fill("notes", "sheet");
    t.notes_title = w.fill("notes", "title", v);
    t.notes_indicator = w.fill("notes", "indicator");
    t.notes_present = w.fill("notes", "present");
    t.notes_missing = w.fill("notes", "missing");
    t.notes_none = w.fill("notes", "none", v);
    return t;
}

IndexText index_text(const Wording& w, int first_year, int last_year) {
    const WordingValues v{{"first_year", text::to_text(first_year)},
                          {"last_year", text::to_text(last_year)}};
    IndexText t;
    fill_frame(w, "index", v, t);
    CatalogueYearsText& years = t.cluster_years;
    fill_table(w, "cluster-years", v, years);
    fill_plain(w, "cluster-years",
               {{&years.members, "members"},
                {&years.heads, "heads"},
                {&years.deputies, "deputies"},
                {&years.next_heads, "next-heads"},
                {&years.next_deputies, "next-deputies"}});
    CatalogueMembersText& members = t.members;
    fill_table(w, "members", v, members);
    fill_plain(w, "members",
               {{&members.member_id, "member-id"},
                {&members.member, "member"},
                {&members.role, "role"},
                {&members.head, "head"},
                {&members.deputy, "deputy"},
                {&members.ordinary, "ordinary"}});
    CatalogueAwardsText& awards = t.awards;
    fill_table(w, "awards", v, awards);
    fill_plain(w, "awards",
               {{&awards.award, "award"},
                {&awards.by, "by"},
                {&awards.member_id, "member-id"},
                {&awards.member, "member"},
                {&awards.recipient, "recipient"},
                {&awards.status, "status"},
                {&awards.proposed, "proposed"},
                {&awards.granted, "granted"}});
    CatalogueDocumentsText& documents = t.documents;
    fill_table(w, "documents", v, documents);
    fill_plain(w, "documents", {{&documents.document, "document"}, {&documents.sha256, "sha256"}});
    t.leaders = w.fill("history", "leaders");
    t.awards_caption = w.fill("history", "awards");
    t.indicators_caption = w.fill("history", "indicators");
    t.total = w.fill("history", "total");
    return t;
}

std::string history_title(const Wording& w, const model::Cluster& cluster) {
    return w.fill("history", "title", {{"cluster", cluster.name}, {"cluster_id", cluster.id}});
}

std::string history_indicator(const Wording& w, const model::Indicator& ind) {
    return heading(w, "history", ind);
}

std::string history_award(const Wording& w, const model::Award& award) {
    const bool granted = award.status == model::AwardStatus::granted;
    WordingValues v{{"type", award.type},
                    {"status", w.fill("history", granted ? "granted" : "proposed")}};
    if (!award.recipient) return w.fill("history", "award", v);
    v.emplace("recipient", *award.recipient);
    return w.fill("history", "award-to", v);
}

std::string history_growth(const Wording& w, int year, int previous_year) {
    return w.fill("history", "growth",
                  {{"year", text::to_text(year)}, {"previous_year", text::to_text(previous_year)}});
}

} // namespace thidua::doc
