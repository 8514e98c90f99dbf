// Regression tests for what the hardening work (fuzzing, the hostile corpus in fixtures/hostile/) found:
// each input here once grew without bound, was misread in silence, or passed when it should not.
#include "checks/report/engine.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "lang/loader.hpp"
#include "reports/xml_reader.hpp"
#include "run/atomic_file.hpp"
#include "support/report_test_program.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

using namespace oblige;

namespace {

checks::report::ReportRun run_one(const std::string& xml) {
    static const plan::Program program = checks::report::testing::small_program();
    checks::report::Engine engine(program, Date{2024, 12, 31});
    engine.add(reports::read_report_bytes("r.xml", xml));
    return engine.finish();
}

} // namespace

TEST_CASE("10,000 unknown recipients: each finding names its own, not the whole list", "[hardening]") {
    std::string to;
    for (int i = 0; i < 10000; ++i)
        to += (i ? " X" : "X") + std::to_string(i);
    const auto run =
        run_one(R"(<report plan="P" from="SYT" to=")" + to + R"(" period="2024" submitted="2024-12-01"/>)");
    std::size_t unknown = 0, subject_bytes = 0;
    for (const Finding& f : run.findings) {
        subject_bytes += f.subjects.recipient.as_written.size();
        if (f.code != "report-unknown") continue;
        ++unknown;
        CHECK(f.subjects.recipient.as_written == f.arg("name"));
    }
    CHECK(unknown == 10000);
    // Linear: a few bytes per finding (it was the 59 KB list in each, 600 MB in all).
    CHECK(subject_bytes < 200000);
}

TEST_CASE("a character reference to NUL or beyond Unicode refuses the file, never truncates a value",
          "[hardening]") {
    const std::string head = R"(<report plan="P" from="SYT" to="SNV" period="2024" submitted="2024-12-01">)";
    for (const std::string ref :
         {"&#0;", "&#x0;", "&#x110000;", "&#99999999999999999999999;", "&#xD800;", "&#1;", "&#xFFFE;"}) {
        const auto file = reports::read_report_bytes("r.xml", head + R"(<value indicator="MT1.CT1">5)" + ref +
                                                                  "5</value></report>");
        INFO(ref);
        REQUIRE(file.findings.size() == 1);
        CHECK(file.findings[0].code == "report-invalid");
        CHECK(file.findings[0].location.column == 103);
        CHECK(file.reports.empty());
    }
    // Allowed references still decode.
    const auto ok = reports::read_report_bytes(
        "r.xml", head + R"(<value indicator="MT1.CT5">&#9;&#x1F600;&#65;</value></report>)");
    REQUIRE(ok.findings.empty());
    REQUIRE(ok.reports.size() == 1);
    CHECK(ok.reports[0].values[0].text == "\t\xF0\x9F\x98\x80"
                                          "A");
}

TEST_CASE("an attribute given twice is malformed XML, at the second one", "[hardening]") {
    const auto file = reports::read_report_bytes(
        "r.xml", R"(<report plan="P" plan="Q" from="SYT" to="SNV" period="2024" submitted="2024-12-01"/>)");
    REQUIRE(file.findings.size() == 1);
    CHECK(file.findings[0].code == "xml-malformed");
    CHECK(file.findings[0].location.column == 18);
    CHECK(file.findings[0].arg("detail") == "attribute 'plan' is given twice; the first one is read");
}

TEST_CASE("an empty .obl file, or one of comments only, is a syntax error, not a clean lint", "[hardening]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("oblige-hardening-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (const std::string text : {"", "\xEF\xBB\xBF", "# a comment\n\n  \r\n"}) {
        std::ofstream((dir / "e.obl").string(), std::ios::binary) << text;
        const lang::LoadedProgram p = lang::load({(dir / "e.obl").string()});
        REQUIRE(p.findings.size() == 1);
        CHECK(p.findings[0].code == "syntax");
        CHECK(p.findings[0].location.line == 1);
        CHECK(p.findings[0].arg("detail") ==
              "the file declares nothing (no plan, agency, goal, duty or import)");
    }
    fs::remove_all(dir);
}

TEST_CASE("an output to a device (through a link, like /dev/stdout) writes to it, never replaces it",
          "[hardening]") {
    namespace fs = std::filesystem;
    // Links in a temporary folder: even the old code, which renamed over the target, only replaced them.
    const fs::path dir = fs::temp_directory_path() / ("oblige-devices-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::create_symlink("/dev/null", dir / "null");
    fs::create_symlink("/dev/full", dir / "full");
    std::string error;
    CHECK(run::write_file_atomically((dir / "null").string(), "findings\n", error));
    CHECK(fs::is_symlink(dir / "null"));
    CHECK_FALSE(run::write_file_atomically((dir / "full").string(), "findings\n", error));
    CHECK(error == "cannot write '" + (dir / "full").string() + "': No space left on device");
    CHECK(fs::is_symlink(dir / "full"));
    struct stat st {};
    REQUIRE(::stat("/dev/full", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
    fs::remove_all(dir);
}

TEST_CASE("disk full during --output or --write-baseline: exit 2, the old file intact, nothing left behind",
          "[hardening][cli]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("oblige-full-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::string old_output = (dir / "findings.json").string(),
                      old_baseline = (dir / "base.json").string();
    std::ofstream(old_output) << "OLD FINDINGS";
    std::ofstream(old_baseline) << "OLD BASELINE";
    const std::string src = OBLIGE_SOURCE_DIR;
    for (const std::vector<std::string>& extra :
         {std::vector<std::string>{"--output", old_output}, {"--write-baseline", old_baseline}}) {
        std::vector<std::string> words = {"oblige",
                                          "check",
                                          src + "/fixtures/hostile/plan.obl",
                                          "--reports",
                                          src + "/fixtures/hostile/xml/good.xml",
                                          "--as-of",
                                          "2025-01-15",
                                          "--format",
                                          "json"};
        words.insert(words.end(), extra.begin(), extra.end());
        cli::Arguments args;
        REQUIRE_FALSE(cli::parse_arguments(words, args));
        std::ostringstream out, err;
        run::testing::fail_writes_with(ENOSPC);
        const int status = cli::run_check(args, out, err);
        run::testing::fail_writes_with(0);
        INFO(extra[0]);
        CHECK(status == 2);
        CHECK(err.str().find("No space left on device") != std::string::npos);
        std::ifstream o(old_output), b(old_baseline);
        CHECK(std::string(std::istreambuf_iterator<char>(o), {}) == "OLD FINDINGS");
        CHECK(std::string(std::istreambuf_iterator<char>(b), {}) == "OLD BASELINE");
        CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
    }
    fs::remove_all(dir);
}

TEST_CASE("an --output or --write-baseline over an input, or into a reports folder, is refused",
          "[hardening][cli]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("oblige-inputs-" + std::to_string(::getpid()));
    fs::create_directories(dir / "reports");
    const std::string src = OBLIGE_SOURCE_DIR;
    fs::copy_file(src + "/fixtures/hostile/plan.obl", dir / "plan.obl");
    fs::copy_file(src + "/fixtures/hostile/xml/good.xml", dir / "reports/good.xml");
    const std::string plan = (dir / "plan.obl").string(), reports = (dir / "reports").string();
    for (const auto& [option, target] : std::vector<std::pair<std::string, std::string>>{
             {"--output", plan},
             {"--write-baseline", plan},
             {"--output", reports + "/good.xml"},
             {"--output", reports + "/junit.xml"},
             {"--output", (dir / "reports/../plan.obl").string()}}) {
        std::vector<std::string> words = {"oblige",  "check",      plan,   "--reports", reports,
                                          "--as-of", "2025-01-15", option, target};
        cli::Arguments args;
        REQUIRE_FALSE(cli::parse_arguments(words, args));
        std::ostringstream out, err;
        INFO(option << " " << target);
        CHECK(cli::run_check(args, out, err) == 2);
        CHECK(err.str().find("which this run reads; oblige never writes into its inputs") !=
              std::string::npos);
    }
    CHECK(fs::file_size(dir / "plan.obl") == fs::file_size(src + "/fixtures/hostile/plan.obl"));
    CHECK(std::distance(fs::directory_iterator(dir / "reports"), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}
