// The yearly archive: everything checked first, reproducible to the byte,
// incremental (only what changed is written), and verifiable.
#include "archive/sums.hpp"
#include "digest/sha256.hpp"
#include "support.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <sys/wait.h>
#include <unistd.h>

using thidua::test::read_file;
using thidua::test::run_thidua;
using thidua::test::source_path;
namespace fs = std::filesystem;

namespace {

using thidua::test::TempDir;

// Every file of a folder with its bytes and modification time.
struct Snapshot {
    std::map<std::string, std::string> bytes;
    std::map<std::string, fs::file_time_type> times;
};

Snapshot snapshot(const fs::path& root) {
    Snapshot s;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
        if (!e.is_regular_file()) continue;
        const std::string rel = fs::relative(e.path(), root).generic_string();
        s.bytes[rel] = read_file(e.path().string());
        s.times[rel] = e.last_write_time();
    }
    return s;
}

// A copy of the samples to archive from (they may then be changed).
fs::path copy_samples(const fs::path& dir) {
    const fs::path src = dir / "src";
    fs::create_directories(src);
    for (const auto& e : fs::directory_iterator(source_path("samples"))) {
        if (e.path().extension() == ".xml") fs::copy_file(e.path(), src / e.path().filename());
    }
    return src;
}

std::vector<std::string> changed_files(const Snapshot& a, const Snapshot& b) {
    std::vector<std::string> out;
    for (const auto& [rel, time] : b.times) {
        if (!a.times.contains(rel) || a.times.at(rel) != time) out.push_back(rel);
    }
    return out;
}

} // namespace

TEST_CASE("archiving twice changes no byte and rewrites no file") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    const auto first = run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'");
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    const Snapshot one = snapshot(a);
    CHECK(one.bytes.contains("2023/dong-bac/bien-ban.pdf"));
    CHECK(one.bytes.contains("2023/dong-bac/giao-uoc.pdf"));
    CHECK(one.bytes.contains("2023/dong-bac/du-lieu.xml"));
    CHECK(one.bytes.contains("2017/dbsh/bien-ban.pdf"));
    CHECK(one.bytes.contains("SHA256SUMS"));
    // How to check it without thidua, in Vietnamese, from the templates.
    CHECK(one.bytes.at("README.txt") == read_file(source_path("templates/archive-readme.txt")));
    CHECK(one.bytes.at("README.txt").find("sha256sum -c SHA256SUMS") != std::string::npos);
    CHECK(one.bytes.at("2023/dong-bac/du-lieu.xml") ==
          read_file((src / "dong-bac-2023.xml").string()));
    // SHA256SUMS lists every file in the form sha256sum -c reads.
    std::string error;
    const auto sums = thidua::archive::parse_sums(one.bytes.at("SHA256SUMS"), error);
    REQUIRE(sums);
    std::size_t visible = 0;
    for (const auto& [rel, bytes] : one.bytes) {
        if (rel != "SHA256SUMS" && !rel.starts_with(".") && rel.find("/.") == std::string::npos)
            ++visible;
    }
    CHECK(sums->size() == visible);
    for (const auto& e : *sums)
        CHECK(e.hex == thidua::digest::sha256_hex(one.bytes.at(e.path)));
    const int status =
        std::system(("cd '" + a.string() + "' && sha256sum --quiet -c SHA256SUMS").c_str());
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));

    const auto second = run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'");
    REQUIRE(second.exit_code == 0);
    CHECK(second.out.find("0 files written") != std::string::npos);
    const Snapshot two = snapshot(a);
    CHECK(two.bytes == one.bytes);
    CHECK(two.times == one.times);

    // A second archive made elsewhere from the same sources has the same bytes.
    const fs::path b = dir.path / "elsewhere";
    REQUIRE(
        run_thidua("archive '" + src.string() + "' -o '" + b.string() + "' --jobs 1").exit_code ==
        0);
    CHECK(snapshot(b).bytes == one.bytes);
}

TEST_CASE("a changed source re-renders only its own cluster-year") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    const Snapshot before = snapshot(a);
    std::string text = read_file((src / "dong-bac-2023.xml").string());
    text.replace(text.find("Hội nghị giao ban Cụm thi đua năm 2023"), 42,
                 "Hội nghị giao ban Cụm thi đua năm 2023 (lần 2)");
    std::ofstream(src / "dong-bac-2023.xml") << text;
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    const auto changed = changed_files(before, snapshot(a));
    for (const std::string& rel : changed) {
        CAPTURE(rel);
        // index.xlsx lists the documents' SHA-256s, so it follows them.
        CHECK((rel.rfind("2023/dong-bac/", 0) == 0 || rel == "SHA256SUMS" || rel == "index.xlsx" ||
               rel == ".thidua/made/2023/dong-bac"));
    }
    CHECK(std::find(changed.begin(), changed.end(), "2023/dong-bac/bien-ban.pdf") != changed.end());
}

TEST_CASE("records stay frozen: a changed template re-renders nothing until --rerender, then "
          "only what it makes") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path templates = dir.path / "templates";
    fs::copy(source_path("templates"), templates);
    const fs::path a = dir.path / "archive";
    const std::string command = "archive '" + src.string() + "' -o '" + a.string() +
                                "' --templates '" + templates.string() + "'";
    const std::string check =
        "verify '" + a.string() + "' --templates '" + templates.string() + "'";
    REQUIRE(run_thidua(command).exit_code == 0);
    const Snapshot before = snapshot(a);
    std::size_t covenants = 0;
    for (const auto& [rel, bytes] : before.bytes)
        covenants += rel.ends_with("/giao-uoc.pdf") ? 1 : 0;
    REQUIRE(covenants >= 3);
    std::string covenant = read_file((templates / "covenant.xml").string());
    covenant.replace(covenant.find("3. Tổ chức thực hiện"), 24, "3. Trách nhiệm thực hiện");
    std::ofstream(templates / "covenant.xml") << covenant;

    // Archived documents do not follow the templates of later years.
    REQUIRE(run_thidua(command).exit_code == 0);
    CHECK(changed_files(before, snapshot(a)).empty());
    const auto frozen = run_thidua(check);
    INFO(frozen.err);
    CHECK(frozen.exit_code == 0);
    CHECK(frozen.out.find(", " + std::to_string(covenants) +
                          " made with other templates, fonts or version") != std::string::npos);
    CHECK(frozen.out.find("giao-uoc.pdf: made by thidua ") != std::string::npos);
    CHECK(frozen.out.find("bien-ban.pdf: made by") == std::string::npos);

    // --rerender makes again exactly what the changed template makes.
    REQUIRE(run_thidua(command + " --rerender").exit_code == 0);
    std::size_t rerendered = 0;
    for (const std::string& rel : changed_files(before, snapshot(a))) {
        CAPTURE(rel);
        CHECK((rel.ends_with("/giao-uoc.pdf") || rel == "SHA256SUMS" || rel == "index.xlsx" ||
               rel.starts_with(".thidua/made/")));
        rerendered += rel.ends_with("/giao-uoc.pdf") ? 1 : 0;
    }
    CHECK(rerendered == covenants);
    const auto fresh = run_thidua(check);
    CHECK(fresh.exit_code == 0);
    CHECK(fresh.out.find("made with other templates") == std::string::npos);
}

TEST_CASE("verify names every altered, missing or extra file") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    const auto ok = run_thidua("verify '" + a.string() + "'");
    INFO(ok.err);
    CHECK(ok.exit_code == 0);
    CHECK(ok.out.find("is intact") != std::string::npos);
    // One byte flipped in an archived PDF.
    const fs::path pdf = a / "2023/dong-bac/bien-ban.pdf";
    std::string bytes = read_file(pdf.string());
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    std::ofstream(pdf, std::ios::binary) << bytes;
    fs::remove(a / "2017/dbsh/giao-uoc.pdf");
    std::ofstream(a / "2020/ghi-chu.txt") << "x";
    const auto bad = run_thidua("verify '" + a.string() + "'");
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find(pdf.string() + ": altered") != std::string::npos);
    CHECK(bad.err.find((a / "2017/dbsh/giao-uoc.pdf").string() + ": missing") != std::string::npos);
    CHECK(bad.err.find((a / "2020/ghi-chu.txt").string() + ": extra") != std::string::npos);
}

TEST_CASE(
    "verify re-renders the sources: a document replaced together with its checksum is caught") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    // Swap one cluster's minutes for another's and rewrite SHA256SUMS to match.
    fs::copy_file(a / "2017/dbsh/bien-ban.pdf", a / "2023/dong-bac/bien-ban.pdf",
                  fs::copy_options::overwrite_existing);
    REQUIRE(std::system(("cd '" + a.string() +
                         "' && find . -type f ! -name SHA256SUMS ! -name '.*' "
                         "-printf '%P\\n' | sort | xargs sha256sum > SHA256SUMS")
                            .c_str()) == 0);
    const auto bad = run_thidua("verify '" + a.string() + "'");
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find((a / "2023/dong-bac/bien-ban.pdf").string() +
                       ": differs from a fresh render of its source") != std::string::npos);
}

TEST_CASE("errors in any source stop the archive before anything is written") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    std::ofstream(src / "hong.xml") << "<cluster-year format=\"1\" year=\"2023\"/>\n";
    const fs::path a = dir.path / "archive";
    const auto p = run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find("hong.xml:1:1: error: <cluster-year> needs a <cluster> element") !=
          std::string::npos);
    CHECK(p.err.find("nothing was written") != std::string::npos);
    CHECK_FALSE(fs::exists(a));
    // --keep-going archives the others and still reports the failure.
    const auto k =
        run_thidua("archive '" + src.string() + "' -o '" + a.string() + "' --keep-going");
    CHECK(k.exit_code == 1);
    CHECK(fs::exists(a / "2023/dong-bac/bien-ban.pdf"));
}

TEST_CASE("two files claiming the same cluster for the same year is an error naming both") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    fs::create_directories(src / "copy");
    fs::copy_file(src / "dong-bac-2023.xml", src / "copy/lan-2.xml");
    const auto p =
        run_thidua("archive '" + src.string() + "' -o '" + (dir.path / "a").string() + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find("cluster 'dong-bac' for 2023 is already given by") != std::string::npos);
    CHECK(p.err.find("lan-2.xml") != std::string::npos);
    CHECK(p.err.find("dong-bac-2023.xml") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.path / "a"));
}

TEST_CASE("one archive run at a time: a second waits, or with --no-wait names the holder") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    const fs::path lock = a / ".thidua/lock";
    REQUIRE(fs::exists(lock));
    // Another program holds the lock (util-linux flock, for 3 seconds).
    const std::string hold = "flock -x '" + lock.string() + "' sleep 3 &";
    REQUIRE(std::system(hold.c_str()) == 0);
    ::usleep(300000);
    const auto refused =
        run_thidua("archive '" + src.string() + "' -o '" + a.string() + "' --no-wait");
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("thidua archive: the archive " + a.string() +
                           " is in use by process ") == 0);
    // The holder is the flock program, which runs sleep under the lock.
    CHECK(refused.err.find(": flock -x " + lock.string() + " sleep 3; wait for it to finish") !=
          std::string::npos);
    // Without --no-wait it waits for the holder, then runs.
    const auto t0 = std::chrono::steady_clock::now();
    const auto waited = run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'");
    CHECK(waited.exit_code == 0);
    CHECK(std::chrono::steady_clock::now() - t0 > std::chrono::seconds(1));
    // verify shares the lock with other checks.
    REQUIRE(std::system(("flock -s '" + lock.string() + "' sleep 2 &").c_str()) == 0);
    ::usleep(300000);
    CHECK(run_thidua("verify '" + a.string() + "'").exit_code == 0);
}

TEST_CASE("two archive runs started together on one archive both finish whole") {
    TempDir dir;
    // Two versions of one cluster-year, each archived by its own run.
    const fs::path one = dir.path / "one";
    const fs::path two = dir.path / "two";
    fs::create_directories(one);
    fs::create_directories(two);
    const std::string original = read_file(source_path("samples/dong-bac-2023.xml"));
    const fs::path a = dir.path / "archive";
    const std::string exe = THIDUA_EXE;
    auto run = [&](const fs::path& src) {
        return "'" + exe + "' archive '" + src.string() + "' -o '" + a.string() +
               "' >/dev/null 2>&1";
    };
    for (int round = 0; round < 20; ++round) { // without the lock, some round mixes them
        CAPTURE(round);
        std::ofstream(one / "dong-bac-2023.xml") << original << "<!-- one " << round << " -->\n";
        std::ofstream(two / "dong-bac-2023.xml") << original << "<!-- two " << round << " -->\n";
        const int status = std::system(
            ("(" + run(one) + ") & (" + run(two) + "); s=$?; wait $!; t=$?; exit $((s + t))")
                .c_str());
        CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
        // Whichever ran last, the archive holds its source, its documents
        // and their checksums: nothing of the other mixed in.
        const auto check = run_thidua("verify '" + a.string() + "'");
        INFO(check.err);
        CHECK(check.exit_code == 0);
    }
}

TEST_CASE("verify works in a fresh private folder of its own, and says so when it cannot") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    // A TMPDIR that does not exist: a message and exit 1, not an abort.
    const auto nowhere =
        thidua::test::shell("TMPDIR='" + (dir.path / "nowhere").string() + "' '" +
                            std::string(THIDUA_EXE) + "' verify '" + a.string() + "'");
    CHECK(nowhere.exit_code == 1);
    CHECK(nowhere.err == "thidua verify: cannot make a scratch folder in " +
                             (dir.path / "nowhere").string() +
                             " (No such file or directory); set TMPDIR to a folder you may "
                             "write in\n");
    // A folder already there, named as the old predictable name was, is
    // neither used nor removed; verify leaves nothing behind in TMPDIR.
    const fs::path tmp = dir.path / "tmp";
    fs::create_directories(tmp / "thidua-verify-1");
    std::ofstream(tmp / "thidua-verify-1" / "keep.txt") << "mine";
    const auto fine =
        thidua::test::shell("TMPDIR='" + tmp.string() + "' '" + std::string(THIDUA_EXE) +
                            "' verify '" + a.string() + "'");
    INFO(fine.err);
    CHECK(fine.exit_code == 0);
    CHECK(read_file((tmp / "thidua-verify-1" / "keep.txt").string()) == "mine");
    std::size_t left = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp))
        ++left;
    CHECK(left == 1);
}

TEST_CASE("archive absorbs nothing: an edited document or a stray file stops it, --repair sets "
          "them aside") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    const std::string run = "archive '" + src.string() + "' -o '" + a.string() + "'";
    REQUIRE(run_thidua(run).exit_code == 0);
    const std::string original_pdf = read_file((a / "2023/dong-bac/bien-ban.pdf").string());
    const std::string sums = read_file((a / "SHA256SUMS").string());
    // Edited by hand, and three files the archive never made: a note, a
    // hidden file, and what an interrupted libxlsxwriter leaves.
    std::string edited = original_pdf;
    edited[edited.size() / 2] = static_cast<char>(edited[edited.size() / 2] ^ 0x01);
    std::ofstream(a / "2023/dong-bac/bien-ban.pdf", std::ios::binary) << edited;
    std::ofstream(a / "2020/ghi-chu.txt") << "ghi chú";
    std::ofstream(a / "2017/.ghost") << "hidden";
    std::ofstream(a / "tmp.Ab12Cd34") << "";

    const auto stopped = run_thidua(run);
    CHECK(stopped.exit_code == 1);
    for (const std::string& line :
         {(a / "2017/.ghost").string() + ": extra (not listed in SHA256SUMS",
          (a / "2020/ghi-chu.txt").string() + ": extra (not listed in SHA256SUMS",
          (a / "2023/dong-bac/bien-ban.pdf").string() + ": altered (its SHA-256 differs",
          (a / "tmp.Ab12Cd34").string() + ": extra (not listed in SHA256SUMS"}) {
        CAPTURE(line);
        CHECK(stopped.err.find(line) != std::string::npos);
    }
    CHECK(stopped.err.find("thidua archive: nothing was written") != std::string::npos);
    CHECK(read_file((a / "SHA256SUMS").string()) == sums); // nothing absorbed
    CHECK(read_file((a / "2023/dong-bac/bien-ban.pdf").string()) == edited);
    // verify names the same files.
    const auto verify = run_thidua("verify '" + a.string() + "'");
    CHECK(verify.exit_code == 1);
    CHECK(verify.err.find((a / "2017/.ghost").string() + ": extra") != std::string::npos);
    CHECK(verify.err.find((a / "tmp.Ab12Cd34").string() + ": extra") != std::string::npos);

    const auto repaired = run_thidua(run + " --repair");
    INFO(repaired.err);
    CHECK(repaired.exit_code == 0);
    CHECK(read_file((a / "2023/dong-bac/bien-ban.pdf").string()) == original_pdf);
    CHECK(read_file((a / "SHA256SUMS").string()) == sums);
    // Everything set aside, nothing deleted.
    fs::path quarantine;
    for (const auto& e : fs::directory_iterator(a / ".thidua/quarantine"))
        quarantine = e.path();
    REQUIRE(!quarantine.empty());
    CHECK(quarantine.filename().string().size() == 10); // YYYY-MM-DD
    CHECK(read_file((quarantine / "2023/dong-bac/bien-ban.pdf").string()) == edited);
    CHECK(read_file((quarantine / "2020/ghi-chu.txt").string()) == "ghi chú");
    CHECK(read_file((quarantine / "2017/.ghost").string()) == "hidden");
    CHECK(fs::exists(quarantine / "tmp.Ab12Cd34"));
    CHECK(run_thidua("verify '" + a.string() + "'").exit_code == 0);
}

TEST_CASE("a document deleted from the archive is made again from its stored source") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    const std::string sums = read_file((a / "SHA256SUMS").string());
    fs::remove(a / "2017/dbsh/giao-uoc.pdf");
    // This run's sources do not include dbsh 2017.
    const fs::path other = dir.path / "other";
    fs::create_directories(other);
    fs::copy_file(src / "dong-bac-2023.xml", other / "dong-bac-2023.xml");
    const auto again = run_thidua("archive '" + other.string() + "' -o '" + a.string() + "'");
    INFO(again.err);
    CHECK(again.exit_code == 0);
    CHECK(fs::exists(a / "2017/dbsh/giao-uoc.pdf"));
    CHECK(read_file((a / "SHA256SUMS").string()) == sums);
}

TEST_CASE("an archive run killed at any moment leaves nothing that counts: the next run completes "
          "it") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    const std::string exe = THIDUA_EXE;
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    // The whole run takes a few tenths of a second: kill it at many points.
    for (int round = 0; round < 14; ++round) {
        CAPTURE(round);
        for (const auto& e : fs::directory_iterator(src)) // every cluster-year changes
            std::ofstream(e.path(), std::ios::app) << "<!-- " << round << " -->\n";
        const std::string delay = std::to_string(0.02 + 0.04 * round);
        std::system(("timeout -s KILL " + delay + " '" + exe + "' archive '" + src.string() +
                     "' -o '" + a.string() + "' >/dev/null 2>&1")
                        .c_str());
        const auto next = run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'");
        INFO(next.err);
        CHECK(next.exit_code == 0);
        const auto check = run_thidua("verify '" + a.string() + "'");
        INFO(check.err);
        CHECK(check.exit_code == 0);
        CHECK_FALSE(fs::exists(a / ".thidua/journal"));
        CHECK(fs::is_empty(a / ".thidua/tmp"));
    }
}

namespace {

// SHA256SUMS made again over every visible file, as someone covering their
// tracks would.
void rewrite_sums(const fs::path& a) {
    REQUIRE(std::system(("cd '" + a.string() +
                         "' && find . \\( -type f -o -type l \\) ! -name SHA256SUMS ! -path './.*' "
                         "! -name '.*' -printf '%P\\n' | sort | xargs -d '\\n' sha256sum > "
                         "SHA256SUMS")
                            .c_str()) == 0);
}

} // namespace

TEST_CASE("verify checks the archive against itself, whatever SHA256SUMS was made to say") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    // A cluster-year moved into another cluster's folder, a source deleted
    // from beside its documents, the catalogue edited, a link to a file
    // outside: each with SHA256SUMS rewritten to match.
    fs::rename(a / "2023/dong-bac", a / "2023/tay-bac");
    fs::remove(a / "2017/dbsh/du-lieu.xml");
    std::ofstream(a / "index.xlsx", std::ios::app) << "x";
    fs::create_symlink("/etc/hostname", a / "2020/ghi-chu.txt");
    rewrite_sums(a);
    const auto bad = run_thidua("verify '" + a.string() + "'");
    CHECK(bad.exit_code == 1);
    for (const std::string& line :
         {(a / "2023/tay-bac/du-lieu.xml").string() +
              ": a source of cluster 'dong-bac' for 2023, in the folder of 'tay-bac' for 2023",
          (a / "2017/dbsh").string() + ": documents without their source (du-lieu.xml)",
          (a / "index.xlsx").string() + ": differs from the catalogue its stored sources make",
          (a / "2020/ghi-chu.txt").string() + ": extra"}) {
        CAPTURE(line);
        CHECK(bad.err.find(line) != std::string::npos);
    }
    // SHA256SUMS naming files outside the archive is refused as it is read.
    for (const std::string path : {"../../../../etc/passwd", "/etc/passwd", "2023/./x"}) {
        CAPTURE(path);
        std::ofstream(a / "SHA256SUMS") << std::string(64, '0') << "  " << path << "\n";
        const auto outside = run_thidua("verify '" + a.string() + "'");
        CHECK(outside.exit_code == 1);
        CHECK(outside.err.find("SHA256SUMS line 1 names '" + path + "'") != std::string::npos);
        CHECK(outside.err.find("an archive's SHA256SUMS names only its own files") !=
              std::string::npos);
    }
}

TEST_CASE("an archive kept inside its own source folder is not taken for sources") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = src / "archive";
    for (int run = 0; run < 2; ++run) {
        CAPTURE(run);
        const auto p = run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'");
        INFO(p.err);
        CHECK(p.exit_code == 0);
    }
    CHECK(run_thidua("verify '" + a.string() + "'").exit_code == 0);
}

TEST_CASE("a year folder that is a link is refused, never written through") {
    TempDir dir;
    const fs::path src = copy_samples(dir.path);
    const fs::path a = dir.path / "archive";
    REQUIRE(run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'").exit_code == 0);
    // 2023 replaced by a link to a folder outside the archive.
    const fs::path outside = dir.path / "outside";
    fs::create_directories(outside);
    fs::rename(a / "2023", dir.path / "old-2023");
    fs::create_directory_symlink(outside, a / "2023");
    const auto p = run_thidua("archive '" + src.string() + "' -o '" + a.string() + "'");
    CHECK(p.exit_code == 1);
    CHECK(p.err.find((a / "2023").string() + ": extra (not listed in SHA256SUMS") !=
          std::string::npos);
    CHECK(fs::is_empty(outside)); // nothing written through the link
    const auto v = run_thidua("verify '" + a.string() + "'");
    CHECK(v.exit_code == 1);
    CHECK(v.err.find((a / "2023").string() + ": extra") != std::string::npos);
}
