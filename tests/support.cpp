// Test helpers.
#include "support.hpp"

#include "text/number.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace thidua::test {

std::vector<std::string> diagnose(const std::string& xml) {
    const load::LoadResult r = load::load_text(xml, "t.xml");
    std::vector<std::string> lines;
    std::istringstream in(r.diagnostics.format());
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::string with_body(const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                                     // 1
           "<cluster-year format=\"1\" year=\"2023\">\n"                                      // 2
           "  <cluster id=\"dong-bac\" name=\"Cụm thi đua Đông Bắc\"/>\n"                     // 3
           "  <members>\n"                                                                    // 4
           "    <member id=\"bac-kan\" name=\"Liên minh HTX tỉnh Bắc Kạn\" role=\"head\"/>\n" // 5
           "    <member id=\"lang-son\" name=\"Liên minh HTX tỉnh Lạng Sơn\" role=\"deputy\"/>\n"
           "    <member id=\"cao-bang\" name=\"Liên minh HTX tỉnh Cao Bằng\"/>\n" // 7
           "  </members>\n"                                                       // 8
           + body + "</cluster-year>\n";
}

model::ClusterYear load_valid(const std::string& xml) {
    load::LoadResult r = load::load_text(xml, "t.xml");
    INFO(r.diagnostics.format());
    REQUIRE(r.model.has_value());
    return std::move(*r.model);
}

std::string folded(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

std::string pdf_text(const std::filesystem::path& pdf, bool layout) {
    const Process p = shell(std::string("pdftotext ") + (layout ? "-layout " : "") +
                            "-enc UTF-8 '" + pdf.string() + "' -");
    REQUIRE(p.exit_code == 0);
    return p.out;
}

std::string source_path(const std::string& relative) {
    return std::string(THIDUA_SOURCE_DIR) + "/" + relative;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::filesystem::path edited_template(const std::filesystem::path& folder, const std::string& file,
                                      const std::string& from, const std::string& to) {
    const std::filesystem::path templates = folder / "templates";
    std::filesystem::create_directories(templates);
    std::string text = read_file(source_path("templates/" + file));
    const std::size_t at = text.find(from);
    const std::string missing = "templates/" + file + " has no '" + from + "'";
    REQUIRE_MESSAGE(at != std::string::npos, missing);
    text.replace(at, from.size(), to);
    std::ofstream(templates / file, std::ios::binary) << text;
    return templates;
}

TempDir::TempDir() {
    static std::atomic<int> count{0};
    path = std::filesystem::temp_directory_path() /
           ("thidua-test-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
    std::filesystem::create_directories(path);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
}

Process shell(const std::string& command) {
    TempDir dir;
    const std::string out = (dir.path / "out.txt").string();
    const std::string err = (dir.path / "err.txt").string();
    const int status = std::system((command + " >'" + out + "' 2>'" + err + "'").c_str());
    Process p;
    p.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    p.out = read_file(out);
    p.err = read_file(err);
    return p;
}

Process run_thidua(const std::string& args) {
    return shell(std::string("'") + THIDUA_EXE + "' " + args);
}

std::string output_of(const std::string& command) {
    const Process p = shell(command);
    INFO(command);
    INFO(p.err);
    REQUIRE(p.exit_code == 0);
    return p.out;
}

double decimal(const std::string& s) {
    const auto v = text::parse_decimal(s);
    REQUIRE_MESSAGE(v, s);
    return *v;
}

} // namespace thidua::test
