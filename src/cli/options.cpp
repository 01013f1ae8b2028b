// Parsing the shared document options.
#include "cli/options.hpp"

#include "cli/document_kind.hpp"

namespace thidua::cli {

DocumentOptions::DocumentOptions() : templates(default_templates()), fonts(default_fonts()) {}

bool take_document_option(std::span<const std::string> args, std::size_t& k, DocumentOptions& o) {
    const std::string& a = args[k];
    if (a == "--fonts-fallback") {
        o.fonts_fallback = true;
        return true;
    }
    if (k + 1 >= args.size()) return false;
    if (a == "-o" || a == "--output") {
        o.out_dir = args[++k];
    } else if (a == "--templates") {
        o.templates = args[++k];
    } else if (a == "--fonts") {
        o.fonts = args[++k];
        o.fonts_chosen = true;
    } else {
        return false;
    }
    return true;
}

std::optional<int> whole_number_option(std::string_view s, int least, int most) {
    if (s.empty() || s.size() > 9) return std::nullopt;
    int value = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value < least || value > most) return std::nullopt;
    return value;
}

} // namespace thidua::cli
