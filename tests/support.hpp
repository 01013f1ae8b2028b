// Helpers shared by the tests: load a document from text and get its
// diagnostics as lines, paths of the samples, running the executable.
#pragma once

#include "load/load.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace thidua::test {

// Loads `xml` as the file "t.xml" and returns its diagnostics, one string
// per line ("t.xml:9:5: error: ...").
std::vector<std::string> diagnose(const std::string& xml);

// A valid three-member file with `body` placed from line 9 on (before
// </cluster-year>). Members: bac-kan (head), lang-son (deputy), cao-bang.
std::string with_body(const std::string& body);

// The model of `xml` loaded as "t.xml", which must have no error (the
// diagnostics are shown when it has).
model::ClusterYear load_valid(const std::string& xml);

// The text with every run of white space (spaces, line breaks, tabs, form
// feeds) made one space: pdftotext's output compared with a sentence.
std::string folded(const std::string& text);

// pdftotext's text of `pdf` (UTF-8; with `layout`, -layout); the command
// must succeed.
std::string pdf_text(const std::filesystem::path& pdf, bool layout = false);

std::string source_path(const std::string& relative);
std::string read_file(const std::string& path);

// A fresh folder under /tmp, removed with everything in it at the end of
// the scope; unique per process and per instance, so tests run in parallel.
struct TempDir {
    std::filesystem::path path;
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

// `folder`/templates holding the shipped template `file` with its one
// occurrence of `from` (which must be there) replaced by `to`; the other
// templates fall back to the shipped ones. Returns that templates folder.
std::filesystem::path edited_template(const std::filesystem::path& folder, const std::string& file,
                                      const std::string& from, const std::string& to);

// Runs a shell command; returns its exit code, standard output and error.
struct Process;
Process shell(const std::string& command);

struct Process {
    int exit_code = -1;
    std::string out;
    std::string err;
};
// Runs the thidua executable with arguments (passed to /bin/sh, quoted by caller).
Process run_thidua(const std::string& args);

// Runs a shell command that must succeed (the test fails otherwise, showing
// its error output); returns its standard output.
std::string output_of(const std::string& command);

// A number as the test tools print it ("8.993"), whatever the C locale.
double decimal(const std::string& s);

} // namespace thidua::test

#include <doctest/doctest.h>

namespace doctest {
// Print lists of diagnostics in failure messages, one per line.
template <> struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& lines) {
        std::string s = "\n";
        for (const std::string& l : lines)
            s += "    " + l + "\n";
        return String(s.c_str());
    }
};
} // namespace doctest
