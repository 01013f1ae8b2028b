// Spreadsheet reading helpers for the tests (see sheet_support.hpp).
#include "sheet_support.hpp"

#include "support.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace thidua::test {

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

} // namespace thidua::test
