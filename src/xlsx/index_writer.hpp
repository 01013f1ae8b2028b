// The archive's catalogue workbook (ARCHIVE/index.xlsx): four filterable
// tables, each on its sheet, one record a row, every row with its year
// and cluster: the cluster-years (members, heads and deputies of the year
// and of the next), their members, their awards (recipients, status) and
// their documents (SHA-256); then one history sheet per cluster across its
// years (heads and deputies, awards by member, each indicator by member
// with totals and growth).
//
// Written as the archive's sources are read, one cluster at a time, in
// libxlsxwriter's constant_memory mode: each sheet's rows go to a
// temporary file as they are made, so the workbook's memory does not grow
// with the archive; what is kept is a few strings per table record
// (catalogue_rows.hpp). That mode refuses Excel tables: each table is an
// autofilter over its header and records, with the table's name defined
// in the workbook for those cells.
#pragma once

#include "doc/sheet_wording.hpp"
#include "model/cluster_year.hpp"
#include "xlsx/workbook_writer.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace thidua::xlsx {

struct ArchivedDocument {
    std::string name;   // the file's name in its cluster-year's folder
    std::string sha256; // lower-case hex
};

struct ArchivedYear {
    model::ClusterYear cy;
    std::vector<ArchivedDocument> documents;
};

class IndexWriter {
public:
    // Starts the workbook at `file`, libxlsxwriter's temporaries in
    // `tmpdir`. `wording`: templates/index.xml; `first_year`..`last_year`:
    // the years the archive holds. nullptr with `error` set on failure.
    static std::unique_ptr<IndexWriter> start(const std::filesystem::path& file,
                                              const std::filesystem::path& tmpdir,
                                              const doc::Wording& wording,
                                              const MeasuringFonts& fonts, int first_year,
                                              int last_year, std::string& error);
    ~IndexWriter();
    IndexWriter(const IndexWriter&) = delete;
    IndexWriter& operator=(const IndexWriter&) = delete;

    // One cluster's years, sorted by year (clusters in id order): their
    // table records kept, their history sheet written now.
    bool add_cluster(const std::vector<ArchivedYear>& years, std::string& error);

    // The four tables (records by year, then cluster id), then the file.
    // The creation time is 1 January of the latest year, never the clock.
    bool finish(std::string& error);

    struct State; // the workbook, its sheets and the records kept

private:
    explicit IndexWriter(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

} // namespace thidua::xlsx
