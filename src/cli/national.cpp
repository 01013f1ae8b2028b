// The national workbook: every file given (folders searched for *.xml) is
// checked first; only those of the chosen year are used. Two files of one
// cluster, or one member alliance (matched by its member id) in two
// clusters, are errors naming both files; so is one indicator id defined
// with another unit, type or aggregate (national_checks.hpp). Nothing is
// written on any error.
#include "cli/national.hpp"

#include "archive/files.hpp"
#include "cli/commands.hpp"
#include "cli/document_kind.hpp"
#include "cli/font_choice.hpp"
#include "cli/national_checks.hpp"
#include "doc/archive_wording.hpp"
#include "doc/workbook_labels.hpp"
#include "i18n/messages.hpp"
#include "load/load.hpp"
#include "text/number.hpp"
#include "xlsx/national_writer.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <ostream>

namespace thidua::cli {
namespace {

namespace fs = std::filesystem;

struct NationalOptions {
    std::vector<std::string> inputs;
    std::optional<int> year;
    fs::path target;
    fs::path templates = default_templates();
};

std::optional<int> parse_year(const std::string& s) {
    int y = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), y);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || y < 1900 || y > 2999)
        return std::nullopt;
    return y;
}

std::optional<NationalOptions> parse(std::span<const std::string> args, std::ostream& err) {
    NationalOptions o;
    for (std::size_t k = 0; k < args.size(); ++k) {
        const std::string& a = args[k];
        const bool has_value = k + 1 < args.size();
        if ((a == "-o" || a == "--output") && has_value) {
            o.target = args[++k];
        } else if (a == "--year" && has_value) {
            o.year = parse_year(args[++k]);
            if (!o.year) {
                err << i18n::trf("thidua national: '{1}' is not a year; write e.g. --year 2020",
                                 {args[k]})
                    << "\n";
                return std::nullopt;
            }
        } else if (a == "--templates" && has_value) {
            o.templates = args[++k];
        } else if (!a.empty() && a[0] == '-') {
            err << i18n::trf("thidua national: unknown option '{1}'; see thidua --help", {a})
                << "\n";
            return std::nullopt;
        } else {
            o.inputs.push_back(a);
        }
    }
    if (o.inputs.empty() || !o.year || o.target.empty()) {
        err << i18n::tr("thidua national: give the files, the year and the workbook, e.g. thidua "
                        "national samples --year 2020 -o national-2020.xlsx")
            << "\n";
        return std::nullopt;
    }
    return o;
}

// The files named, folders searched; false after reporting a missing one.
bool expand(const std::vector<std::string>& inputs, std::vector<fs::path>& files,
            std::ostream& err) {
    bool ok = true;
    for (const std::string& input : inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            const auto found = archive::find_sources(input);
            if (found.empty())
                err << input << ": warning: " << i18n::tr("no .xml file in this folder") << "\n";
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(input, ec)) {
            files.emplace_back(input);
        } else {
            err << input << ": error: " << i18n::tr("no such file or folder") << "\n";
            ok = false;
        }
    }
    return ok;
}

// One cluster a file, one cluster a member alliance (by member id).
bool check_clusters(const std::vector<Loaded>& year_files, std::ostream& err) {
    bool ok = true;
    std::map<std::string, const Loaded*> clusters;
    std::map<std::string, const Loaded*> members;
    for (const Loaded& l : year_files) {
        const std::string& id = l.model.cluster.id;
        if (const auto it = clusters.find(id); it != clusters.end()) {
            err << l.file.string() << ": error: "
                << i18n::trf("cluster '{1}' for {2} is already given by {3}; one cluster-year, "
                             "one file",
                             {id, text::to_text(l.model.year), it->second->file.string()})
                << "\n";
            ok = false;
            continue;
        }
        clusters[id] = &l;
        for (const model::Member& m : l.model.members) {
            if (const auto it = members.find(m.id); it != members.end()) {
                err << l.file.string() << ": error: "
                    << i18n::trf("member '{1}' ({2}) of cluster '{3}' is also in cluster '{4}' "
                                 "in {5}; a member alliance belongs to one cluster a year",
                                 {m.id, m.name, id, it->second->model.cluster.id,
                                  it->second->file.string()})
                    << "\n";
                ok = false;
                continue;
            }
            members[m.id] = &l;
        }
    }
    return ok;
}

} // namespace

int national(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    const auto options = parse(args, err);
    if (!options) return exit_usage;
    const int year = *options->year;
    std::vector<fs::path> files;
    bool ok = expand(options->inputs, files, err);
    // The workbook must not overwrite what it is made from.
    for (const fs::path& file : files) {
        std::error_code ec;
        if (fs::equivalent(file, options->target, ec)) {
            err << options->target.string() << ": error: "
                << i18n::trf("the workbook would overwrite {1}, one of the files it is made "
                             "from; write it elsewhere, e.g. -o national-{2}.xlsx",
                             {file.string(), text::to_text(year)})
                << "\n";
            return exit_usage;
        }
    }
    // 1. Every file checked; those of the year kept.
    std::vector<Loaded> year_files;
    int other_years = 0;
    for (const fs::path& file : files) {
        load::LoadResult r = load::load_file(file);
        err << r.diagnostics.format();
        if (!r.model) {
            ok = false;
        } else if (r.model->year != year) {
            ++other_years;
        } else {
            year_files.push_back({file, std::move(*r.model)});
        }
    }
    ok = check_clusters(year_files, err) && ok;
    // Clusters in id order from here on: the first definition of an
    // indicator is the one the workbook uses.
    std::stable_sort(year_files.begin(), year_files.end(), [](const Loaded& a, const Loaded& b) {
        return a.model.cluster.id < b.model.cluster.id;
    });
    const diag::Diagnostics matched = check_indicators(year_files);
    err << matched.format();
    ok = ok && !matched.has_errors();
    if (ok && year_files.empty()) {
        err << i18n::trf("thidua national: no file is of {1} ({2} of other years)",
                         {text::to_text(year), text::to_text(other_years)})
            << "\n";
        ok = false;
    }
    // 2. The templates and the fonts text is measured with.
    const std::filesystem::path workbook_template =
        template_file(options->templates, "workbook.xml");
    const std::filesystem::path national_template =
        template_file(options->templates, "national.xml");
    diag::Diagnostics workbook_diags(workbook_template.string());
    const auto labels = doc::WorkbookLabels::load(workbook_template, workbook_diags);
    err << workbook_diags.format();
    diag::Diagnostics national_diags(national_template.string());
    const auto wording =
        doc::Wording::load(national_template, doc::national_schema(), national_diags);
    err << national_diags.format();
    std::string error;
    const auto fonts = load_fonts({}, error);
    if (!fonts) err << "thidua national: " << error << "\n";
    if (!ok || !labels || !wording || !fonts) {
        err << i18n::tr("thidua national: nothing was written; correct the errors above") << "\n";
        return exit_input_errors;
    }
    // 3. The workbook, clusters in id order.
    std::vector<model::ClusterYear> clusters;
    for (Loaded& l : year_files)
        clusters.push_back(std::move(l.model));
    const xlsx::MeasuringFonts measuring{(*fonts)[0], (*fonts)[1], (*fonts)[2]};
    if (!xlsx::write_national(clusters, year, *labels, *wording, measuring, options->target,
                              error)) {
        err << options->target.string() << ": error: " << error << "\n";
        return exit_input_errors;
    }
    const std::string made = i18n::trf("thidua national: {1} clusters of {2} in {3}",
                                       {text::to_text(static_cast<long long>(clusters.size())),
                                        text::to_text(year), options->target.string()});
    out << made;
    if (other_years > 0)
        out << i18n::trf("; {1} files of other years skipped", {text::to_text(other_years)});
    out << "\n";
    return exit_ok;
}

} // namespace thidua::cli
