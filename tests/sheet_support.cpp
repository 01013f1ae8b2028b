// Spreadsheet reading helpers for the tests (see sheet_support.hpp).
#include "sheet_support.hpp"

#include "support.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

namespace thidua::test {

namespace fs = std::filesystem;

Grid read_csv(const std::filesystem::path& file) {
    const std::string s = read_file(file.string());
    Grid g(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            g.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            g.back().push_back(std::move(field));
            field.clear();
            g.emplace_back();
        } else if (c != '\r') {
            field += c;
        }
    }
    if (!field.empty() || !g.back().empty()) g.back().push_back(std::move(field));
    if (g.back().empty()) g.pop_back();
    return g;
}

std::string at(const Grid& g, int row, int col) {
    if (row < 0 || col < 0 || row >= static_cast<int>(g.size())) return "";
    const auto& r = g[static_cast<std::size_t>(row)];
    return col < static_cast<int>(r.size()) ? r[static_cast<std::size_t>(col)] : "";
}

std::optional<double> number_in(std::string s) {
    double scale = 1;
    if (!s.empty() && s.back() == '%') {
        s.pop_back();
        scale = 100;
    }
    double v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
    return v / scale;
}

bool close_to(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

namespace {

// "B3" from `at`: the column's letters and the row's digits, zero-based.
bool parse_cell(const std::string& s, std::size_t& at, int& row, int& col) {
    col = 0;
    const std::size_t letters = at;
    while (at < s.size() && s[at] >= 'A' && s[at] <= 'Z')
        col = col * 26 + (s[at++] - 'A' + 1);
    const std::size_t digits = at;
    row = 0;
    while (at < s.size() && s[at] >= '0' && s[at] <= '9')
        row = row * 10 + (s[at++] - '0');
    if (at == digits || digits == letters || row == 0) return false;
    --row;
    --col;
    return true;
}

} // namespace

std::optional<CellRange> parse_range(const std::string& a1) {
    CellRange r;
    std::size_t at = 0;
    if (!parse_cell(a1, at, r.first_row, r.first_col)) return std::nullopt;
    if (at == a1.size()) {
        r.last_row = r.first_row;
        r.last_col = r.first_col;
        return r;
    }
    if (a1[at++] != ':' || !parse_cell(a1, at, r.last_row, r.last_col) || at != a1.size())
        return std::nullopt;
    return r;
}

// ---- openpyxl ----------------------------------------------------------------

namespace {

std::string unescape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char n = s[++i];
            out += n == 'n' ? '\n' : n == 't' ? '\t' : n;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out(1);
    for (char c : line) {
        if (c == '\t') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    for (std::string& f : out)
        f = unescape(f);
    return out;
}

// "3 17" -> {3, 17}; "-" -> {}.
std::vector<int> numbers(const std::string& field) {
    std::vector<int> out;
    std::istringstream in(field);
    for (std::string word; in >> word;) {
        if (word != "-") out.push_back(std::stoi(word));
    }
    return out;
}

} // namespace

Dump read_dump(const std::string& text) {
    Dump out;
    std::vector<DumpSheet>* file = nullptr;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        const auto f = split_tabs(line);
        if (f[0] == "file" && f.size() == 2) {
            file = &out[fs::path(f[1]).stem().string()];
        } else if (f[0] == "sheet" && f.size() == 14 && file) {
            DumpSheet s;
            s.name = f[1];
            s.freeze = f[2];
            s.titles = f[3];
            s.orientation = f[4];
            s.paper = f[5];
            s.fit_width = f[6];
            s.fit_height = f[7];
            s.footer = f[8];
            s.charts = std::stoi(f[9]);
            s.scale = std::stoi(f[10]);
            s.title_columns = f[11];
            s.row_breaks = numbers(f[12]);
            s.column_breaks = numbers(f[13]);
            file->push_back(std::move(s));
        } else if (f[0] == "table" && f.size() >= 5 && file && !file->empty()) {
            DumpTable t{f[1], f[2], std::stoi(f[3]), f[4], {f.begin() + 5, f.end()}};
            file->back().tables.push_back(std::move(t));
        } else if (f[0] == "autofilter" && f.size() == 2 && file && !file->empty()) {
            file->back().autofilter = f[1];
        } else if (f[0] == "cell" && f.size() == 7 && file && !file->empty()) {
            file->back().cells[{std::stoi(f[1]), std::stoi(f[2])}] = {f[3][0], f[4], f[5], f[6]};
        }
    }
    return out;
}

// ---- LibreOffice -------------------------------------------------------------

namespace {

std::string shell_quoted(const fs::path& p) {
    return "'" + p.string() + "'";
}

std::string tool(const std::string& name) {
    return "/usr/bin/python3 " + shell_quoted(source_path("tests/tools/" + name));
}

// A throwaway LibreOffice profile: OOXMLRecalcMode 0 recalculates XLSX
// formulas on load ("always"), 1 never does (showing the stored values);
// US number format.
void write_profile(const fs::path& profile, int recalc_mode) {
    fs::create_directories(profile / "user");
    std::ofstream(profile / "user" / "registrymodifications.xcu")
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
           "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop "
           "oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>"
        << recalc_mode
        << "</value></prop></item>\n"
           "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooSetupSystemLocale\" "
           "oor:op=\"fuse\"><value>en-US</value></prop></item>\n"
           "</oor:items>\n";
}

// Exports every sheet of `files` to OUT/<file>-<sheet>.csv with
// full-precision values (or, with `as_shown`, as the cells show them),
// logging to LOG; in the background unless `wait`.
std::string export_command(const fs::path& profile, const fs::path& out,
                           const std::vector<fs::path>& files, const fs::path& log,
                           bool as_shown = false, bool wait = false) {
    std::string cmd = "timeout 300 soffice -env:UserInstallation=file://" + profile.string() +
                      " --headless --norestore --convert-to "
                      "'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true," +
                      std::string(as_shown ? "true" : "false") + ",false,false,-1' --outdir " +
                      shell_quoted(out);
    for (const fs::path& f : files)
        cmd += " " + shell_quoted(f);
    return cmd + " >" + shell_quoted(log) + " 2>&1" + (wait ? "" : " &");
}

Grid sheet_csv(const fs::path& dir, const std::string& stem, const std::string& sheet) {
    const fs::path file = dir / (stem + "-" + sheet + ".csv");
    REQUIRE_MESSAGE(fs::exists(file), "LibreOffice did not export " << file);
    return read_csv(file);
}

} // namespace

Grid Recalculation::recalculated(const std::string& stem, const std::string& sheet) const {
    return sheet_csv(recalculated_dir, stem, sheet);
}

Grid Recalculation::stored(const std::string& stem, const std::string& sheet) const {
    return sheet_csv(stored_dir, stem, sheet);
}

namespace {

// A copy of `source` whose first sheet ends with 6, 7 and =A*B stored as -1.
struct Canary {
    fs::path file;
    std::string sheet;
    int row = 0, col = 0; // of the formula
};

Canary make_canary(const fs::path& work, const fs::path& source) {
    Canary c{work / "canary" / "lo-canary.xlsx", "", 0, 0};
    fs::create_directories(c.file.parent_path());
    const Process made =
        shell(tool("add_canary.py") + " " + shell_quoted(source) + " " + shell_quoted(c.file));
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    std::istringstream where(made.out);
    std::string row, col;
    std::getline(where, c.sheet, '\t');
    std::getline(where, row, '\t');
    std::getline(where, col);
    REQUIRE(!col.empty());
    c.row = std::stoi(row);
    c.col = std::stoi(col);
    return c;
}

void check_canary(const Recalculation& r, const Canary& c) {
    const std::string stem = c.file.stem().string();
    CHECK_MESSAGE(at(r.recalculated(stem, c.sheet), c.row, c.col) == "42",
                  "LibreOffice did not recalculate: the canary 6*7, stored as -1, is not 42");
    CHECK_MESSAGE(at(r.stored(stem, c.sheet), c.row, c.col) == "-1",
                  "LibreOffice recalculated where it should show the stored values: the "
                  "canary 6*7 does not show its stored -1");
}

} // namespace

Recalculation recalculate(const fs::path& work, const std::vector<fs::path>& files) {
    REQUIRE(!files.empty());
    const Canary canary = make_canary(work, files[0]);
    std::vector<fs::path> exported = files;
    exported.push_back(canary.file);
    Recalculation r{work / "recalculated", work / "stored", {}};
    write_profile(work / "profile-recalculate", 0);
    write_profile(work / "profile-stored", 1);
    std::string readers =
        "(" +
        export_command(work / "profile-recalculate", r.recalculated_dir, exported,
                       work / "lo-recalculated.log") +
        " a=$!; " +
        export_command(work / "profile-stored", r.stored_dir, exported, work / "lo-stored.log") +
        " b=$!; " + tool("read_workbook.py");
    for (const fs::path& f : files)
        readers += " " + shell_quoted(f);
    readers +=
        " >" + shell_quoted(work / "dump.tsv") + "; s=$?; wait $a || s=1; wait $b || s=1; exit $s)";
    {
        const Process run = shell(readers);
        INFO(run.err);
        INFO(read_file((work / "lo-recalculated.log").string()));
        INFO(read_file((work / "lo-stored.log").string()));
        REQUIRE(run.exit_code == 0);
    }
    r.dump = read_dump(read_file((work / "dump.tsv").string()));
    check_canary(r, canary);
    return r;
}

fs::path export_as_shown(const fs::path& work, const std::vector<fs::path>& files) {
    const fs::path dir = work / "shown";
    write_profile(work / "profile-shown", 0);
    const Process run = shell(
        export_command(work / "profile-shown", dir, files, work / "lo-shown.log", true, true));
    INFO(read_file((work / "lo-shown.log").string()));
    REQUIRE(run.exit_code == 0);
    return dir;
}

fs::path print_to_pdf(const fs::path& work, const fs::path& xlsx) {
    const fs::path dir = work / "printed";
    write_profile(work / "profile-printed", 0);
    const Process run = shell(
        "timeout 300 soffice -env:UserInstallation=file://" + (work / "profile-printed").string() +
        " --headless --norestore --convert-to pdf --outdir " + shell_quoted(dir) + " " +
        shell_quoted(xlsx) + " >" + shell_quoted(work / "lo-printed.log") + " 2>&1");
    INFO(read_file((work / "lo-printed.log").string()));
    REQUIRE(run.exit_code == 0);
    const fs::path pdf = dir / (xlsx.stem().string() + ".pdf");
    REQUIRE_MESSAGE(fs::exists(pdf), "LibreOffice did not print " << xlsx);
    return pdf;
}

Grid shown_sheet(const fs::path& dir, const std::string& stem, const std::string& sheet) {
    return sheet_csv(dir, stem, sheet);
}

std::vector<LibreOfficeRange> libreoffice_ranges(const fs::path& work, const fs::path& file) {
    const fs::path dir = work / "ods";
    write_profile(work / "profile-ods", 0);
    const fs::path log = work / "lo-ods.log";
    const Process run = shell(
        "timeout 300 soffice -env:UserInstallation=file://" + (work / "profile-ods").string() +
        " --headless --norestore --convert-to ods --outdir " + shell_quoted(dir) + " " +
        shell_quoted(file) + " >" + shell_quoted(log) + " 2>&1");
    INFO(read_file(log.string()));
    REQUIRE(run.exit_code == 0);
    const fs::path ods = dir / (file.stem().string() + ".ods");
    REQUIRE_MESSAGE(fs::exists(ods), "LibreOffice did not convert " << file);
    const Process read = shell(tool("read_ods_ranges.py") + " " + shell_quoted(ods));
    INFO(read.err);
    REQUIRE(read.exit_code == 0);
    std::vector<LibreOfficeRange> out;
    std::istringstream lines(read.out);
    for (std::string line; std::getline(lines, line);) {
        const auto f = split_tabs(line);
        if (f.size() == 5 && f[0] == "range") out.push_back({f[1], f[2], f[3], f[4] == "true"});
    }
    return out;
}

namespace {

// The stored and the recalculated exports hold the same text and numbers.
void check_same(const Grid& stored, const Grid& recalculated, const std::string& what) {
    CAPTURE(what);
    CHECK(stored.size() == recalculated.size());
    for (std::size_t r = 0; r < std::max(stored.size(), recalculated.size()); ++r) {
        for (int c = 0; c < 200; ++c) {
            const std::string a = at(stored, static_cast<int>(r), c);
            const std::string b = at(recalculated, static_cast<int>(r), c);
            if (a == b) continue;
            const auto x = number_in(a);
            const auto y = number_in(b);
            CHECK_MESSAGE((x && y && close_to(*x, *y)), "row " << r << ", column " << c
                                                               << ": stored '" << a
                                                               << "', recalculated '" << b << "'");
        }
    }
}

} // namespace

int check_recalculated_as_stored(const Recalculation& r) {
    int formulas = 0;
    for (const auto& [stem, sheets] : r.dump) {
        for (const DumpSheet& sheet : sheets) {
            const std::string what = stem + "-" + sheet.name;
            const Grid recalculated = r.recalculated(stem, sheet.name);
            check_same(r.stored(stem, sheet.name), recalculated, what);
            for (const auto& entry : sheet.cells) {
                // Named copies: clang 14 cannot capture structured bindings in CHECK's lambda.
                const auto& pos = entry.first;
                const auto& cell = entry.second;
                if (cell.kind != 'f') continue;
                ++formulas;
                const std::string shown = at(recalculated, pos.first, pos.second);
                const auto x = number_in(shown);
                const auto y = number_in(cell.stored);
                CHECK_MESSAGE((shown == cell.stored || (x && y && close_to(*x, *y))),
                              what << " row " << pos.first << ", column " << pos.second << ": "
                                   << cell.content << " recalculates to '" << shown << "', stored '"
                                   << cell.stored << "'");
            }
        }
    }
    return formulas;
}

} // namespace thidua::test
