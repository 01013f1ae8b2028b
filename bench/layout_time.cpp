// Layout time alone: loads each cluster-year once, renders a template into
// its document tree once, then times layout::lay_out over many runs and
// prints pages, median milliseconds and milliseconds per page. Process start,
// font loading and PDF writing are left out, so the per-page figures of a
// 4-page and a 60-page document can be compared (bench/run.sh does).
//
//   thidua_layout_time TEMPLATE RUNS FILE...
#include "cli/font_choice.hpp"
#include "doc/template.hpp"
#include "layout/layout.hpp"
#include "load/load.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::string fixed2(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
    return std::string(buf, r.ptr);
}

} // namespace

int main(int argc, char** argv) {
    using namespace thidua;
    if (argc < 4) {
        std::cerr << "usage: thidua_layout_time TEMPLATE RUNS FILE...\n";
        return 2;
    }
    int runs = 0;
    const std::string_view runs_text(argv[2]);
    if (std::from_chars(runs_text.data(), runs_text.data() + runs_text.size(), runs).ec !=
            std::errc() ||
        runs < 1) {
        std::cerr << "thidua_layout_time: RUNS must be a whole number of 1 or more\n";
        return 2;
    }
    std::string error;
    const auto fonts = cli::load_fonts("", error);
    if (!fonts) {
        std::cerr << error << '\n';
        return 1;
    }
    diag::Diagnostics template_diags(argv[1]);
    const auto tpl = doc::Template::load(argv[1], template_diags);
    if (!tpl) {
        std::cerr << template_diags.format();
        return 1;
    }
    for (int a = 3; a < argc; ++a) {
        load::LoadResult loaded = load::load_file(argv[a]);
        if (!loaded.model) {
            std::cerr << loaded.diagnostics.format();
            return 1;
        }
        const doc::Document document = tpl->render(*loaded.model);
        std::vector<double> ms;
        std::size_t pages = 0;
        for (int r = 0; r < runs; ++r) {
            diag::Diagnostics diags(argv[a]);
            const auto start = std::chrono::steady_clock::now();
            const layout::Document out = layout::lay_out(document, *fonts, diags);
            const auto stop = std::chrono::steady_clock::now();
            if (!diags.empty()) {
                std::cerr << diags.format();
                return 1;
            }
            pages = out.pages.size();
            ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
        }
        std::sort(ms.begin(), ms.end());
        const double median = ms[ms.size() / 2];
        std::string name(argv[a]);
        name = name.substr(name.find_last_of('/') + 1);
        std::printf("%-36s %6zu %10s %12s\n", name.c_str(), pages, fixed2(median).c_str(),
                    fixed2(median / static_cast<double>(pages)).c_str());
    }
    return 0;
}
