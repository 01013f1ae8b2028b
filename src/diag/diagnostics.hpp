// Diagnostics: errors and warnings collected as values across a whole input,
// reported as FILE:LINE:COLUMN: error: message, sorted by position.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace thidua::diag {

// A place in a text file: 1-based line, 1-based column counted in characters
// (Unicode code points). Line 0 means "the file as a whole".
struct Pos {
    int line = 0;
    int column = 0;
    friend auto operator<=>(const Pos&, const Pos&) = default;
};

enum class Severity { warning, error };

struct Diagnostic {
    Severity severity = Severity::error;
    Pos pos;
    std::string message;
    std::string file; // when not the collection's own file (e.g. a file it includes)
};

// Every problem found in one file. The file name is the one the user typed,
// so messages point where the user looks.
class Diagnostics {
public:
    explicit Diagnostics(std::string file_name = {}) : file_(std::move(file_name)) {}

    void error(Pos pos, std::string message);
    void warning(Pos pos, std::string message);
    // Every problem of another collection, kept with that file's name.
    void merge(const Diagnostics& other);

    const std::string& file() const { return file_; }
    bool has_errors() const;
    int error_count() const;
    int warning_count() const;
    bool empty() const { return items_.empty(); }

    // All diagnostics, stably sorted by position (file-level ones first).
    std::vector<Diagnostic> sorted() const;

    // One line per diagnostic: "FILE:LINE:COLUMN: error: message\n".
    std::string format() const;

private:
    std::string file_;
    std::vector<Diagnostic> items_;
};

// "FILE:LINE:COLUMN: error: message" (or "FILE: error: message" for line 0).
std::string format_line(std::string_view file, const Diagnostic& d);

} // namespace thidua::diag
