// Writing the catalogue workbook a cluster at a time (see index_writer.hpp):
// the four table sheets are added first and filled at the end from the
// records kept; each cluster's history sheet (named by its id) is written
// as the cluster comes.
#include "xlsx/index_writer.hpp"

#include "doc/archive_wording.hpp"
#include "xlsx/catalogue_rows.hpp"
#include "xlsx/index_sheets.hpp"
#include "xlsx/lxw.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheet_names.hpp"
#include "xlsx/workbook_plan.hpp"

#include <algorithm>
#include <array>

namespace thidua::xlsx {

struct IndexWriter::State {
    State(const std::filesystem::path& file, const std::filesystem::path& tmpdir,
          const doc::Wording& words, const MeasuringFonts& measuring, int first, int last)
        : path(file), temp(tmpdir.empty() ? std::string(".") : tmpdir.string()), wording(words),
          fonts(measuring), measure(fonts), text(doc::index_text(words, first, last)),
          names({text.cluster_years.sheet, text.members.sheet, text.awards.sheet,
                 text.documents.sheet}),
          footer(std::string(page::footer_font) + without_picture_code(text.footer)) {}

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
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // each sheet's rows go to a file as they come
    options.tmpdir = s->temp.data();
    s->wb.reset(workbook_new_opt(s->path.c_str(), &options));
    if (!s->wb) {
        error = "cannot write " + file.string() + ": libxlsxwriter could not start a workbook";
        return nullptr;
    }
    s->formats = std::make_unique<Formats>(s->wb.get());
    const std::array<const std::string*, 4> sheets = {&s->text.cluster_years.sheet,
                                                      &s->text.members.sheet, &s->text.awards.sheet,
                                                      &s->text.documents.sheet};
    for (std::size_t k = 0; k < sheets.size(); ++k) {
        s->tables[k] = workbook_add_worksheet(s->wb.get(), sheets[k]->c_str());
        if (!s->tables[k]) {
            error = "sheet '" + *sheets[k] + "': libxlsxwriter refused the sheet";
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
    lxw_worksheet* ws = workbook_add_worksheet(s.wb.get(), plan.name.c_str());
    if (!ws) {
        error = "sheet '" + plan.name + "': libxlsxwriter refused the sheet";
        return false;
    }
    return emit_sheet(s.wb.get(), ws, plan, *s.formats, s.footer, error, true);
}

bool IndexWriter::finish(std::string& error) {
    State& s = *state_;
    const CLocaleScope c_locale;
    using Make = SheetPlan (*)(const CatalogueRows&, const doc::IndexText&, const TextWidth&);
    const std::array<Make, 4> tables = {catalogue_cluster_years, catalogue_members,
                                        catalogue_awards, catalogue_documents};
    for (std::size_t k = 0; k < tables.size(); ++k) {
        // One table's plan at a time.
        const SheetPlan plan = tables[k](s.rows, s.text, s.measure);
        if (!emit_sheet(s.wb.get(), s.tables[k], plan, *s.formats, s.footer, error, true))
            return false;
    }
    const WorkbookProperties p{s.text.title, s.text.subject, s.text.author, s.text.author,
                               midnight_utc(text::Date{std::max(s.latest, 1970), 1, 1})};
    if (!set_properties(s.wb.get(), p, error)) return false;
    const lxw_error e = close_workbook(std::move(s.wb));
    if (e != LXW_NO_ERROR) {
        error = "cannot write " + s.path.string() + ": " + lxw_strerror(e);
        return false;
    }
    return true;
}

} // namespace thidua::xlsx
