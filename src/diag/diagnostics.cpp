// Diagnostics: collection, ordering and the FILE:LINE:COLUMN text form.
#include "diag/diagnostics.hpp"

#include "text/number.hpp"
#include "text/utf8.hpp"

#include <algorithm>

namespace thidua::diag {

void Diagnostics::error(Pos pos, std::string message) {
    items_.push_back({Severity::error, pos, std::move(message), {}});
}

void Diagnostics::warning(Pos pos, std::string message) {
    items_.push_back({Severity::warning, pos, std::move(message), {}});
}

void Diagnostics::merge(const Diagnostics& other) {
    for (Diagnostic d : other.items_) {
        if (d.file.empty()) d.file = other.file_;
        items_.push_back(std::move(d));
    }
}

bool Diagnostics::has_errors() const {
    return error_count() > 0;
}

int Diagnostics::error_count() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::error;
    }));
}

int Diagnostics::warning_count() const {
    return static_cast<int>(items_.size()) - error_count();
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.file != b.file ? a.file < b.file : a.pos < b.pos;
    });
    return out;
}

std::string Diagnostics::format() const {
    std::string out;
    for (const Diagnostic& d : sorted()) {
        out += format_line(d.file.empty() ? file_ : d.file, d);
        out += '\n';
    }
    return out;
}

std::string format_line(std::string_view file, const Diagnostic& d) {
    // The file name and the message may quote the input: escaped, so that
    // nothing it holds reaches the terminal as a control sequence.
    std::string out = text::terminal_safe(file);
    if (d.pos.line > 0) {
        out += ':' + text::to_text(d.pos.line) + ':' + text::to_text(std::max(d.pos.column, 1));
    }
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    out += text::terminal_safe(d.message);
    return out;
}

} // namespace thidua::diag
