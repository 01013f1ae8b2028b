// One id, one figure: the indicators of the clusters of a year compared by
// id, with messages written for the office staff who keep the files.
#include "cli/national_checks.hpp"

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

std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

// "a.xml:12": where the first definition is.
std::string place(const Loaded& l, const model::Indicator& ind) {
    return l.file.string() + ":" + text::to_text(ind.line);
}

const char* const other_figure = ", or, if it is another figure, give it another id";

std::string type_words(model::IndicatorType t) {
    switch (t) {
    case model::IndicatorType::count:
        return "a count (type=\"count\")";
    case model::IndicatorType::amount:
        return "an amount (type=\"amount\")";
    case model::IndicatorType::percent:
        return "a percentage (type=\"percent\")";
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
        return "added up (aggregate=\"sum\")";
    case model::Aggregate::mean:
        return "averaged over the members (aggregate=\"mean\")";
    case model::Aggregate::none:
        return "not totalled (aggregate=\"none\")";
    case model::Aggregate::ratio:
        return "a ratio (aggregate=\"ratio\")";
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
    std::string m = "indicator " + quoted(here.id) + " ";
    if (!here.unit) {
        m += "has no unit here but is in " + *first.unit + " in " + there;
    } else if (!first.unit) {
        m += "is in " + *here.unit + " here but has no unit in " + there;
    } else {
        m += "is in " + *here.unit + " here but in " + *first.unit + " in " + there;
    }
    m += "; one id, one unit: the national total adds the clusters' figures as they are "
         "written, nothing is converted; ";
    if (first.unit) {
        m += "write this file's figures in " + *first.unit + ", with unit=\"" + *first.unit + "\"";
    } else {
        m += "write this file's figures as " + there + " does, without a unit";
    }
    return m + other_figure;
}

// The errors and the warning of one later definition against the first.
void compare(const model::Indicator& here, const model::Indicator& first, const Loaded& first_file,
             const diag::Pos pos, diag::Diagnostics& out) {
    const std::string there = place(first_file, first);
    const std::string id = quoted(here.id);
    if (here.unit != first.unit) out.error(pos, unit_message(here, first, there));
    if (here.type != first.type) {
        out.error(pos, "indicator " + id + " is " + type_words(here.type) + " here but " +
                           type_words(first.type) + " in " + there +
                           "; one id, one kind of figure: write " + type_attr(first.type) +
                           " here as there" + other_figure);
    }
    if (here.aggregate != first.aggregate) {
        out.error(pos, "indicator " + id + " is " + aggregate_words(here.aggregate) + " here but " +
                           aggregate_words(first.aggregate) + " in " + there +
                           "; one id, one way to total it: write " + aggregate_attrs(first) +
                           " here as there" + other_figure);
    } else if (here.aggregate == model::Aggregate::ratio &&
               (here.numerator != first.numerator || here.denominator != first.denominator)) {
        out.error(pos, "indicator " + id + " is the ratio " + parts(here) + " here but " +
                           parts(first) + " in " + there + "; one id, one ratio: write " +
                           aggregate_attrs(first) + " here as there" + other_figure);
    }
    if (here.label != first.label) {
        out.warning(pos, "indicator " + id + " is labelled " + quoted(here.label) + " here but " +
                             quoted(first.label) + " in " + there +
                             "; the national workbook uses " + quoted(first.label) +
                             ": write one label in every file");
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
