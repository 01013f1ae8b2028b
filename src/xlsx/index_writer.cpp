// Writing the catalogue workbook a cluster at a time (see index_writer.hpp):
// the four table sheets are added first and filled at the end from the
// records kept; each cluster's history sheet (named by its id) is written
// as the cluster comes.
#include "xlsx/index_writer.hpp"

#include "doc/archive_wording.hpp"
#include "i18n/messages.hpp"
#include "xlsx/catalogue_rows.hpp"
#include "xlsx/index_sheets.hpp"
#include "xlsx/lxw.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheet_names.hpp"
#include "xlsx/workbook_plan.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>

namespace thidua::xlsx {

struct IndexWriter::State {
    State(const std::filesystem::path& file, const std::filesystem::path& tmpdir,
          const doc::Wording& words, const MeasuringFonts& measuring, int first, int last)
        : path(file), temp(tmpdir.empty() ? std::string(".") : tmpdir.string()), wording(words),
          fonts(measuring), measure(fonts), text(doc::index_text(words, first, last)),
          names({text.cluster_years.sheet, text.members.sheet, text.awards.sheet,
                 text.documents.sheet}),
          footer(std::string(page::footer_font) + without_picture_code(text.footer)) {}

    std::unique_ptr<LxwLibrary> library; // loaded by start, before anything else
    std::filesystem::path path;
    std::string temp; // libxlsxwriter keeps the pointer
    const doc::Wording& wording;
    MeasuringFonts fonts;
    TextWidth measure;
    doc::IndexText text;
    SheetNames names;
    std::string footer;
    WorkbookHandle wb;
    std::unique_ptr<Formats> formats;
    std::array<lxw_worksheet*, 4> tables{};
    CatalogueRows rows;
    int latest = 0;
};

IndexWriter::IndexWriter(std::unique_ptr<State> state) : state_(std::move(state)) {}
IndexWriter::~IndexWriter() = default;

std::unique_ptr<IndexWriter> IndexWriter::start(const std::filesystem::path& file,
                                                const std::filesystem::path& tmpdir,
                                                const doc::Wording& wording,
                                                const MeasuringFonts& fonts, int first_year,
                                                int last_year, std::string& error) {
    auto s = std::make_unique<State>(file, tmpdir, wording, fonts, first_year, last_year);
    s->library = LxwLibrary::open(error);
    if (!s->library) return nullptr;
    const LxwFunctions& lxw = s->library->fn();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // each sheet's rows go to a file as they come
    options.tmpdir = s->temp.data();
    s->wb = WorkbookHandle(lxw.workbook_new_opt(s->path.c_str(), &options), WorkbookFree{&lxw});
    if (!s->wb) {
        error = i18n::trf("cannot write {1}: libxlsxwriter could not start a workbook",
                          {file.string()});
        return nullptr;
    }
    s->formats = std::make_unique<Formats>(lxw, s->wb.get());
    const std::array<const std::string*, 4> sheets = {&s->text.cluster_years.sheet,
                                                      &s->text.members.sheet, &s->text.awards.sheet,
                                                      &s->text.documents.sheet};
    for (std::size_t k = 0; k < sheets.size(); ++k) {
        s->tables[k] = lxw.workbook_add_worksheet(s->wb.get(), sheets[k]->c_str());
        if (!s->tables[k]) {
            error = i18n::trf("sheet '{1}': libxlsxwriter refused the sheet", {*sheets[k]});
            return nullptr;
        }
    }
    return std::unique_ptr<IndexWriter>(new IndexWriter(std::move(s)));
}

bool IndexWriter::add_cluster(const std::vector<ArchivedYear>& years, std::string& error) {
    if (years.empty()) return true;
    State& s = *state_;
    const CLocaleScope c_locale;
    std::vector<const ArchivedYear*> list;
    for (const ArchivedYear& y : years) {
        s.rows.add(y);
        s.latest = std::max(s.latest, y.cy.year);
        list.push_back(&y);
    }
    const std::string name = s.names.add(years.front().cy.cluster.id);
    const SheetPlan plan = history_sheet(name, list, s.text, s.wording, s.measure);
    const LxwFunctions& lxw = s.library->fn();
    lxw_worksheet* ws = lxw.workbook_add_worksheet(s.wb.get(), plan.name.c_str());
    if (!ws) {
        error = i18n::trf("sheet '{1}': libxlsxwriter refused the sheet", {plan.name});
        return false;
    }
    return emit_sheet(lxw, s.wb.get(), ws, plan, *s.formats, s.footer, error,
                      SheetRows::row_by_row);
}

namespace {

// A table's records are made and written this many at a time (whole
// cluster-years): its memory holds one part's cells, never the table's.
constexpr std::size_t records_a_part = 512;

using MakeTable = SheetPlan (*)(const CatalogueRows&, const TablePart&, const doc::IndexText&,
                                const TextWidth&);
using RecordsOf = std::size_t (*)(const CatalogueYear&);

// The cluster-years of each part, in order, and the records before it.
struct Parts {
    std::vector<std::span<const CatalogueYear* const>> years;
    std::vector<std::size_t> records_before;
    std::size_t records = 0; // in all
};

Parts split(const std::vector<const CatalogueYear*>& order, RecordsOf records_of) {
    Parts parts;
    std::size_t first = 0;
    std::size_t in_part = 0;
    for (std::size_t k = 0; k < order.size(); ++k) {
        in_part += records_of(*order[k]);
        if (in_part >= records_a_part || k + 1 == order.size()) {
            parts.years.emplace_back(order.data() + first, k + 1 - first);
            parts.records_before.push_back(parts.records);
            parts.records += in_part;
            first = k + 1;
            in_part = 0;
        }
    }
    if (parts.years.empty()) {
        parts.years.emplace_back();
        parts.records_before.push_back(0);
    }
    return parts;
}

// One catalogue table on `ws`, a part at a time: the parts' widths first
// (each part fitted to its own cells; the table takes the widest of each
// column), then each part fitted to those widths and written row by row,
// then the rest of the sheet from the first part, its filter over every
// record.
bool write_table(const LxwFunctions& lxw, lxw_workbook* wb, lxw_worksheet* ws, MakeTable make,
                 RecordsOf records_of, const IndexWriter::State& s,
                 const std::vector<const CatalogueYear*>& order, Formats& formats,
                 std::string& error);

} // namespace

bool IndexWriter::finish(std::string& error) {
    State& s = *state_;
    const CLocaleScope c_locale;
    const LxwFunctions& lxw = s.library->fn();
    const std::vector<const CatalogueYear*> order = s.rows.in_order();
    const std::array<MakeTable, 4> tables = {catalogue_cluster_years, catalogue_members,
                                             catalogue_awards, catalogue_documents};
    const std::array<RecordsOf, 4> records = {
        [](const CatalogueYear&) -> std::size_t { return 1; },
        [](const CatalogueYear& y) { return y.end_member - y.first_member; },
        [](const CatalogueYear& y) { return y.end_award - y.first_award; },
        [](const CatalogueYear& y) { return y.end_document - y.first_document; }};
    for (std::size_t k = 0; k < tables.size(); ++k) {
        if (!write_table(lxw, s.wb.get(), s.tables[k], tables[k], records[k], s, order, *s.formats,
                         error))
            return false;
    }
    const WorkbookProperties p{s.text.title, s.text.subject, s.text.author, s.text.author,
                               midnight_utc(text::Date{std::max(s.latest, 1970), 1, 1})};
    if (!set_properties(lxw, s.wb.get(), p, error)) return false;
    const lxw_error e = close_workbook(lxw, std::move(s.wb));
    if (e != LXW_NO_ERROR) {
        error = i18n::trf("cannot write {1}: {2}", {s.path.string(), lxw.lxw_strerror(e)});
        return false;
    }
    return true;
}

namespace {

bool write_table(const LxwFunctions& lxw, lxw_workbook* wb, lxw_worksheet* ws, MakeTable make,
                 RecordsOf records_of, const IndexWriter::State& s,
                 const std::vector<const CatalogueYear*>& order, Formats& formats,
                 std::string& error) {
    const Parts parts = split(order, records_of);
    if (parts.years.size() == 1) {
        const SheetPlan plan = make(s.rows, {parts.years[0], 0, nullptr}, s.text, s.measure);
        return emit_sheet(lxw, wb, ws, plan, formats, s.footer, error, SheetRows::row_by_row);
    }
    std::vector<double> widths;
    for (std::size_t k = 0; k < parts.years.size(); ++k) {
        const SheetPlan plan =
            make(s.rows, {parts.years[k], parts.records_before[k], nullptr}, s.text, s.measure);
        widths.resize(std::max(widths.size(), plan.column_widths.size()), 0);
        for (std::size_t c = 0; c < plan.column_widths.size(); ++c)
            widths[c] = std::max(widths[c], plan.column_widths[c]);
    }
    std::optional<SheetPlan> first;
    for (std::size_t k = 0; k < parts.years.size(); ++k) {
        SheetPlan plan =
            make(s.rows, {parts.years[k], parts.records_before[k], &widths}, s.text, s.measure);
        const int header = plan.table->first.row;
        const int from_row = k == 0 ? 0 : header + static_cast<int>(parts.records_before[k]) + 1;
        if (!emit_rows(lxw, ws, plan, from_row, formats, error)) return false;
        if (k == 0) first = std::move(plan);
    }
    first->table->last.row = first->table->first.row + static_cast<int>(parts.records);
    return emit_sheet(lxw, wb, ws, *first, formats, s.footer, error, SheetRows::written_apart);
}

} // namespace

} // namespace thidua::xlsx
