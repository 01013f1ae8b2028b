// Edit distance (with swaps) and nearest-name suggestions.
#include "text/suggest.hpp"

#include "i18n/messages.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <vector>

namespace thidua::text {
namespace {

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();)
        out += next_code_point(s, i);
    return out;
}

} // namespace

int edit_distance(std::string_view a, std::string_view b) {
    const std::u32string x = decode(a);
    const std::u32string y = decode(b);
    // Optimal string alignment: insertions, deletions, substitutions and
    // swaps of two neighbours ("titel" -> "title") each cost 1.
    std::vector<int> before(y.size() + 1);
    std::vector<int> prev(y.size() + 1);
    std::vector<int> cur(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j)
        prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= x.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const int subst = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                cur[j] = std::min(cur[j], before[j - 2] + 1);
            }
        }
        before = prev;
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

std::optional<std::string> closest(std::string_view word, std::span<const std::string> candidates) {
    const int length = count_code_points(word);
    const int limit = std::max(1, length / 3);
    std::optional<std::string> best;
    int best_distance = limit + 1;
    for (const std::string& c : candidates) {
        const int d = edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
    if (const auto near = closest(word, candidates)) return i18n::trf("; did you mean '{1}'?", {*near});
    return "";
}

} // namespace thidua::text
