// One id, one figure: the indicators of the clusters of a year compared by
// id, with messages written for the office staff who keep the files.
#include "cli/national_checks.hpp"

#include "i18n/messages.hpp"
#include "text/number.hpp"
#include "text/utf8.hpp"

#include <fstream>
#include <map>
#include <string>

namespace thidua::cli {
namespace {

// Where the <indicator> element starts: its line as the loader saw it, and
// the column found on that line (the element naming `id`, else the first
// one); column 1 when the file cannot be read again.
diag::Pos indicator_pos(const std::filesystem::path& file, const model::Indicator& ind) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    for (int n = 0; n < ind.line && std::getline(in, line);)
        ++n;
    if (!in) return {ind.line, 1};
    std::size_t found = std::string::npos;
    for (std::size_t at = line.find("<indicator"); at != std::string::npos;
         at = line.find("<indicator", at + 1)) {
        const std::string tag = line.substr(at, line.find('>', at) - at);
        if (found == std::string::npos) found = at;
        if (tag.find("\"" + ind.id + "\"") != std::string::npos ||
            tag.find("'" + ind.id + "'") != std::string::npos) {
            found = at;
            break;
        }
    }
    if (found == std::string::npos) return {ind.line, 1};
    return {ind.line, text::count_code_points(std::string_view(line).substr(0, found)) + 1};
}

// "a.xml:12": where the first definition is.
std::string place(const Loaded& l, const model::Indicator& ind) {
    return l.file.string() + ":" + text::to_text(ind.line);
}

std::string type_words(model::IndicatorType t) {
    switch (t) {
    case model::IndicatorType::count:
        return i18n::tr("a count (type=\"count\")");
    case model::IndicatorType::amount:
        return i18n::tr("an amount (type=\"amount\")");
    case model::IndicatorType::percent:
        return i18n::tr("a percentage (type=\"percent\")");
    }
    return "";
}

std::string type_attr(model::IndicatorType t) {
    static const char* const names[] = {"count", "amount", "percent"};
    return std::string("type=\"") + names[static_cast<int>(t)] + "\"";
}

std::string aggregate_words(model::Aggregate a) {
    switch (a) {
    case model::Aggregate::sum:
        return i18n::tr("added up (aggregate=\"sum\")");
    case model::Aggregate::mean:
        return i18n::tr("averaged over the members (aggregate=\"mean\")");
    case model::Aggregate::none:
        return i18n::tr("not totalled (aggregate=\"none\")");
    case model::Aggregate::ratio:
        return i18n::tr("a ratio (aggregate=\"ratio\")");
    }
    return "";
}

// The attributes that define how the figure is totalled, as the file writes them.
std::string aggregate_attrs(const model::Indicator& ind) {
    static const char* const names[] = {"sum", "mean", "none", "ratio"};
    std::string out = std::string("aggregate=\"") + names[static_cast<int>(ind.aggregate)] + "\"";
    if (ind.aggregate == model::Aggregate::ratio) {
        out += " numerator=\"" + ind.numerator.value_or("") + "\" denominator=\"" +
               ind.denominator.value_or("") + "\"";
    }
    return out;
}

std::string parts(const model::Indicator& ind) {
    return ind.numerator.value_or("?") + " / " + ind.denominator.value_or("?");
}

std::string unit_message(const model::Indicator& here, const model::Indicator& first,
                         const std::string& there) {
    if (!here.unit) {
        return i18n::trf("indicator '{1}' has no unit here but is in {2} in {3}; one id, one "
                         "unit: the national total adds the clusters' figures as they are "
                         "written, nothing is converted; write this file's figures in {2}, with "
                         "unit=\"{2}\", or, if it is another figure, give it another id",
                         {here.id, *first.unit, there});
    }
    if (!first.unit) {
        return i18n::trf("indicator '{1}' is in {2} here but has no unit in {3}; one id, one "
                         "unit: the national total adds the clusters' figures as they are "
                         "written, nothing is converted; write this file's figures as {3} does, "
                         "without a unit, or, if it is another figure, give it another id",
                         {here.id, *here.unit, there});
    }
    return i18n::trf("indicator '{1}' is in {2} here but in {3} in {4}; one id, one unit: the "
                     "national total adds the clusters' figures as they are written, nothing is "
                     "converted; write this file's figures in {3}, with unit=\"{3}\", or, if it "
                     "is another figure, give it another id",
                     {here.id, *here.unit, *first.unit, there});
}

// The errors and the warning of one later definition against the first.
void compare(const model::Indicator& here, const model::Indicator& first, const Loaded& first_file,
             const diag::Pos pos, diag::Diagnostics& out) {
    const std::string there = place(first_file, first);
    if (here.unit != first.unit) out.error(pos, unit_message(here, first, there));
    if (here.type != first.type) {
        out.error(pos, i18n::trf("indicator '{1}' is {2} here but {3} in {4}; one id, one kind "
                                 "of figure: write {5} here as there, or, if it is another "
                                 "figure, give it another id",
                                 {here.id, type_words(here.type), type_words(first.type), there,
                                  type_attr(first.type)}));
    }
    if (here.aggregate != first.aggregate) {
        out.error(pos,
                  i18n::trf("indicator '{1}' is {2} here but {3} in {4}; one id, one way to "
                            "total it: write {5} here as there, or, if it is another "
                            "figure, give it another id",
                            {here.id, aggregate_words(here.aggregate),
                             aggregate_words(first.aggregate), there, aggregate_attrs(first)}));
    } else if (here.aggregate == model::Aggregate::ratio &&
               (here.numerator != first.numerator || here.denominator != first.denominator)) {
        out.error(pos,
                  i18n::trf("indicator '{1}' is the ratio {2} here but {3} in {4}; one id, "
                            "one ratio: write {5} here as there, or, if it is another "
                            "figure, give it another id",
                            {here.id, parts(here), parts(first), there, aggregate_attrs(first)}));
    }
    if (here.label != first.label) {
        out.warning(pos, i18n::trf("indicator '{1}' is labelled '{2}' here but '{3}' in {4}; the "
                                   "national workbook uses '{3}': write one label in every file",
                                   {here.id, here.label, first.label, there}));
    }
}

} // namespace

diag::Diagnostics check_indicators(const std::vector<Loaded>& files) {
    struct First {
        const Loaded* file;
        const model::Indicator* indicator;
    };
    std::map<std::string, First, std::less<>> firsts;
    diag::Diagnostics all;
    for (const Loaded& l : files) {
        if (!l.model.statistics) continue;
        diag::Diagnostics own(l.file.string());
        for (const model::Indicator& ind : l.model.statistics->indicators) {
            const auto [it, added] = firsts.emplace(ind.id, First{&l, &ind});
            if (added) continue;
            const model::Indicator& first = *it->second.indicator;
            const bool differs = ind.unit != first.unit || ind.type != first.type ||
                                 ind.aggregate != first.aggregate ||
                                 ind.numerator != first.numerator ||
                                 ind.denominator != first.denominator || ind.label != first.label;
            if (differs) compare(ind, first, *it->second.file, indicator_pos(l.file, ind), own);
        }
        all.merge(own);
    }
    return all;
}

} // namespace thidua::cli
