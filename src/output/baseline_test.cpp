#include "output/baseline.hpp"

#include "output/output_test_fixture.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace oblige;
using namespace oblige::output;

TEST_CASE("fingerprint: 16 hex digits, stable, blind to positions and messages", "[output]") {
    Finding f = make_finding("many-leads", {"rules/a.obl", 6, 3}, {"P", "", "", "MT1.CT2", "", ""},
                             {{"indicator", "MT1.CT2"}, {"count", "2"}});
    const std::string fp = fingerprint(f);
    CHECK(fp.size() == 16);
    CHECK(fp.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(fingerprint(f) == fp);

    Finding moved = f;
    moved.location = {"./rules/a.obl", 40, 9};
    moved.related.push_back({{"rules/a.obl", 41, 1}, "note.lead-given-here", {{"agency", "X"}}});
    moved.source = "II.2";
    moved.severity = Severity::error;
    CHECK(fingerprint(moved) == fp);
    Finding reordered = f;
    std::swap(reordered.args[0], reordered.args[1]);
    CHECK(fingerprint(reordered) == fp);
    Finding windows = f;
    windows.location.file = "rules\\a.obl";
    CHECK(fingerprint(windows) == fp);

    Finding other_indicator = f;
    other_indicator.subjects.indicator = "MT1.CT3";
    CHECK(fingerprint(other_indicator) != fp);
    Finding other_code = f;
    other_code.code = "no-lead";
    CHECK(fingerprint(other_code) != fp);
    Finding other_file = f;
    other_file.location.file = "rules/b.obl";
    CHECK(fingerprint(other_file) != fp);
    Finding other_arg = f;
    other_arg.args[1].second = "3";
    CHECK(fingerprint(other_arg) != fp);
}

TEST_CASE("fingerprint: the as-of date and positions quoted in free text do not count", "[output]") {
    Finding future = make_finding("future-date", {"r.xml", 1, 1}, {"P", "A", "B", "", "", "2024"},
                                  {{"submitted", "2025-03-01"}, {"as_of", "2025-01-01"}});
    Finding next_day = future;
    next_day.args[1].second = "2025-01-02";
    CHECK(fingerprint(future) == fingerprint(next_day));

    Finding syntax =
        make_finding("syntax", {"a.obl", 3, 4}, {}, {{"detail", "expected '}' to close the block at 2:7"}});
    Finding shifted = syntax;
    shifted.args[0].second = "expected '}' to close the block at 12:17";
    CHECK(fingerprint(syntax) == fingerprint(shifted));
    Finding different = syntax;
    different.args[0].second = "expected a string";
    CHECK(fingerprint(syntax) != fingerprint(different));
}

// Fingerprints are written into users' baselines: these values were computed by the first implementation
// (copy, stable_sort, normalised copy of the path) and must never change.
TEST_CASE("fingerprint: exact values users' baselines hold", "[output]") {
    const auto finding = [](std::string code, Location where, Subjects subjects, MessageArgs args) {
        Finding f;
        f.code = std::move(code);
        f.location = std::move(where);
        f.subjects = std::move(subjects);
        f.args = std::move(args);
        return f;
    };
    CHECK(fingerprint(finding("many-leads", {"rules/a.obl", 6, 3}, {"P", "", "", "MT1.CT2", "", ""},
                              {{"indicator", "MT1.CT2"}, {"count", "2"}})) == "83247f72082c0749");
    // A path to normalise, args out of order, volatile args left out.
    CHECK(fingerprint(finding("late-report", {".\\./reports\\2024\\so-y-te.xml", 12, 5},
                              {"KH", "SYT", "UBND", "MT2.CT1", "bao-cao", "2024-H1"},
                              {{"submitted", "2024-07-19"},
                               {"due", "2024-07-15"},
                               {"days", "4"},
                               {"as_of", "2025-01-15"},
                               {"line", "12"}})) == "860ef86e4eef875a");
    // Free text with runs of digits; "./" alone is not dropped.
    CHECK(fingerprint(finding("syntax", {"./", 3, 4}, {},
                              {{"other", "x99y 0 a1b22c333"},
                               {"detail", "expected '}' to close the block at 12:17"},
                               {"hint", "h 1"},
                               {"column", "4"},
                               {"offset", "77"}})) == "ec9a34061cc98190");
    // Args of the same name keep their order; upper case sorts first; UTF-8 subjects.
    CHECK(fingerprint(finding(
              "bad-value", {"././", 0, 0}, {"P", "Sở Y tế", "", "MT1", "", "2025"},
              {{"value", "1,7 \"approx\""}, {"b", "2"}, {"a", "x"}, {"b", "1"}, {"aa", ""}, {"B", "up"}})) ==
          "dc11673e1af165e2");
    CHECK(fingerprint(finding("no-lead", {"./a", 1, 1}, {"P", "", "", "A", "", ""}, {})) ==
          "fcabc3eb518ab236");
    // More args than the sort keeps on the stack.
    Finding many = finding("bad-value", {"r.xml", 2, 2}, {"P", "", "", "", "", ""}, {});
    for (int i = 19; i >= 0; --i)
        many.args.emplace_back(std::string("k").append(std::to_string(i % 7)),
                               std::string("v").append(std::to_string(i)));
    CHECK(fingerprint(many) == "605975d7f71ca43b");
}

TEST_CASE("baseline: written, read back, and applied", "[output]") {
    test::Fixture fx;
    const std::string text = baseline_text(fx.result.findings);
    CHECK(text.rfind("# oblige baseline", 0) == 0);
    CHECK(text.find("\tbad-value\tvalue '1,7 \"approx\" see\xEF\xBF\xBD note' for MT1.CT2") !=
          std::string::npos);
    Baseline baseline;
    std::string error;
    REQUIRE(parse_baseline(text, "b.txt", baseline, error));
    CHECK(baseline.fingerprints.size() == fx.result.findings.size());

    std::vector<Finding> findings = fx.result.findings;
    Finding fresh =
        make_finding("no-lead", {"rules/a.obl", 1, 1}, {"P", "", "", "MT9", "", ""}, {{"indicator", "MT9"}});
    findings.push_back(fresh);
    CHECK(apply_baseline(findings, baseline) == fx.result.findings.size());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].subjects.indicator == "MT9");
}

TEST_CASE("baseline: lines sorted by code then fingerprint, each fingerprint once", "[output]") {
    const Finding a = make_finding("no-lead", {"x.obl", 1, 1}, {"P", "", "", "A", "", ""});
    Finding a_again = a;
    a_again.location.line = 9;
    const Finding b = make_finding("bad-target", {"x.obl", 2, 1}, {"P", "", "", "B", "", ""});
    const std::string text = baseline_text({a, a_again, b});
    CHECK(text.find("\tbad-target\t") < text.find("\tno-lead\t"));
    CHECK(text.find(fingerprint(a)) == text.rfind(fingerprint(a)));
}

TEST_CASE("baseline: comments, blank lines, CRLF, BOM and upper-case hex are accepted", "[output]") {
    Baseline baseline;
    std::string error;
    REQUIRE(
        parse_baseline("\xEF\xBB\xBF# comment\r\n\r\n0123456789ABCDEF\tno-lead\tmsg\r\nfedcba9876543210\r\n",
                       "b.txt", baseline, error));
    CHECK(baseline.fingerprints == std::set<std::string>{"0123456789abcdef", "fedcba9876543210"});
}

TEST_CASE("baseline: a malformed line is a clear error naming file and line", "[output]") {
    Baseline baseline;
    std::string error;
    CHECK_FALSE(
        parse_baseline("0123456789abcdef\tno-lead\tok\nnot a fingerprint\tx\n", "base.txt", baseline, error));
    CHECK(error ==
          "base.txt:2: not a baseline entry: expected 16 hexadecimal digits, a tab, the code and the "
          "message, found 'not a fingerprint'");
    CHECK_FALSE(parse_baseline("0123456789abcdeg\n", "b", baseline, error));
    CHECK_FALSE(parse_baseline("0123456789abcdef0\n", "b", baseline, error));
    CHECK_FALSE(parse_baseline(" 0123456789abcdef\n", "b", baseline, error));
}

TEST_CASE("baseline: files on disk", "[output]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("oblige-baseline-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    test::Fixture fx;
    std::string error;
    const std::string path = (dir / "baseline.txt").string();
    REQUIRE(write_baseline(path, fx.result.findings, error));
    Baseline baseline;
    REQUIRE(read_baseline(path, baseline, error));
    CHECK(baseline.fingerprints.size() == fx.result.findings.size());

    Baseline none;
    CHECK_FALSE(read_baseline((dir / "missing.txt").string(), none, error));
    CHECK(error.find("cannot read baseline '") == 0);
    CHECK(error.find("No such file or directory") != std::string::npos);
    fs::remove_all(dir);
}
