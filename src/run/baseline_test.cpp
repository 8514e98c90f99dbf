#include "run/baseline.hpp"

#include "support/output_test_fixture.hpp"
#include "support/test_subjects.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace oblige;
using namespace oblige::run;
using oblige::test_support::written_subjects;

TEST_CASE("fingerprint: 16 hex digits, stable, blind to positions and messages", "[run]") {
    Finding f =
        make_finding("many-leads", {"rules/a.obl", 6, 3}, written_subjects("P", "", "", "MT1.CT2", ""),
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
    other_indicator.subjects.indicator = Subject<IndicatorIndex>::written("MT1.CT3");
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

TEST_CASE("fingerprint: the as-of date and positions quoted in free text do not count", "[run]") {
    Finding future = make_finding("future-date", {"r.xml", 1, 1},
                                  written_subjects("P", "A", "B", "", "", Period::parse("2024")),
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
TEST_CASE("fingerprint: exact values users' baselines hold", "[run]") {
    const auto finding = [](std::string code, Location where, Subjects subjects, MessageArgs args) {
        Finding f;
        f.code = std::move(code);
        f.location = std::move(where);
        f.subjects = std::move(subjects);
        f.args = std::move(args);
        return f;
    };
    CHECK(
        fingerprint(finding("many-leads", {"rules/a.obl", 6, 3}, written_subjects("P", "", "", "MT1.CT2", ""),
                            {{"indicator", "MT1.CT2"}, {"count", "2"}})) == "83247f72082c0749");
    // A path to normalise, args out of order, volatile args left out.
    CHECK(fingerprint(
              finding("late-report", {".\\./reports\\2024\\so-y-te.xml", 12, 5},
                      written_subjects("KH", "SYT", "UBND", "MT2.CT1", "bao-cao", Period::parse("2024-H1")),
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
              "bad-value", {"././", 0, 0},
              written_subjects("P", "Sở Y tế", "", "MT1", "", Period::parse("2025")),
              {{"value", "1,7 \"approx\""}, {"b", "2"}, {"a", "x"}, {"b", "1"}, {"aa", ""}, {"B", "up"}})) ==
          "dc11673e1af165e2");
    CHECK(fingerprint(finding("no-lead", {"./a", 1, 1}, written_subjects("P", "", "", "A", ""), {})) ==
          "fcabc3eb518ab236");
    // More args than the sort keeps on the stack.
    Finding many = finding("bad-value", {"r.xml", 2, 2}, written_subjects("P", "", "", "", ""), {});
    for (int i = 19; i >= 0; --i)
        many.args.emplace_back(std::string("k").append(std::to_string(i % 7)),
                               std::string("v").append(std::to_string(i)));
    CHECK(fingerprint(many) == "605975d7f71ca43b");
}

TEST_CASE("fingerprint: subjects by their words, so an index and the same words as written are one finding",
          "[run]") {
    output::test::Fixture fx;
    // The fixture's agencies are in its program: SYT by its index there.
    const Subjects by_index =
        oblige::test_support::subjects_in(&fx.program, output::test::plan_id, "SYT", "SLDTBXH");
    REQUIRE_FALSE(by_index.agency.index.is_none());
    const Finding indexed = make_finding("missing-report", {"a.obl", 1, 1}, by_index);
    const Finding worded = make_finding("missing-report", {"a.obl", 1, 1},
                                        written_subjects(output::test::plan_id, "SYT", "SLDTBXH"));
    // What a baseline of an older version (all words) holds still matches.
    CHECK(fingerprint(indexed, RunNames(fx.result)) == fingerprint(worded, RunNames(fx.result)));
    CHECK(fingerprint(indexed, RunNames(fx.result)) == fingerprint(worded));
    // Another agency's index is another finding; without the program an index names nothing.
    Finding other = indexed;
    other.subjects.agency = fx.program.agency_index("SNV");
    CHECK(fingerprint(other, RunNames(fx.result)) != fingerprint(indexed, RunNames(fx.result)));
    CHECK(fingerprint(indexed) != fingerprint(worded));
}

TEST_CASE("baseline: written, read back, and applied", "[run]") {
    output::test::Fixture fx;
    const std::string text = baseline_text(fx.result.findings, RunNames(fx.result));
    CHECK(text.rfind("# oblige baseline 2:", 0) == 0);
    CHECK(text.find("\tbad-value\tvalue '1,7 \"approx\" see\xEF\xBF\xBD note' for MT1.CT2") !=
          std::string::npos);
    Baseline baseline;
    std::string error;
    REQUIRE(parse_baseline(text, "b.txt", baseline, error));
    CHECK(baseline.entries.size() == fx.result.findings.size());

    std::vector<Finding> findings = fx.result.findings;
    Finding fresh = make_finding("no-lead", {"rules/a.obl", 1, 1}, written_subjects("P", "", "", "MT9", ""),
                                 {{"indicator", "MT9"}});
    findings.push_back(fresh);
    const BaselineComparison comparison = apply_baseline(findings, baseline, RunNames(fx.result));
    CHECK(comparison.unchanged.size() == fx.result.findings.size());
    CHECK(comparison.absent.empty());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].subjects.indicator.as_written == "MT9");
}

TEST_CASE("baseline: lines sorted by code then fingerprint, each fingerprint once", "[run]") {
    const Finding a = make_finding("no-lead", {"x.obl", 1, 1}, written_subjects("P", "", "", "A", ""));
    Finding a_again = a;
    a_again.location.line = 9;
    const Finding b = make_finding("bad-target", {"x.obl", 2, 1}, written_subjects("P", "", "", "B", ""));
    const std::string text = baseline_text({a, a_again, b}, RunNames{});
    CHECK(text.find("\tbad-target\t") < text.find("\tno-lead\t"));
    CHECK(text.find(fingerprint(a)) == text.rfind(fingerprint(a)));
}

TEST_CASE("baseline: comments, blank lines, CRLF, BOM and upper-case hex are accepted", "[run]") {
    Baseline baseline;
    std::string error;
    REQUIRE(parse_baseline(
        "\xEF\xBB\xBF\r\n# oblige baseline 2\r\n# comment\r\n\r\n0123456789ABCDEF\tno-lead\tmsg\r\n"
        "fedcba9876543210\r\n",
        "b.txt", baseline, error));
    CHECK(baseline.entries == std::map<std::string, BaselineEntry>{{"0123456789abcdef", {"no-lead", "msg"}},
                                                                   {"fedcba9876543210", {"", ""}}});
}

TEST_CASE("baseline: a malformed line is a clear error naming file and line", "[run]") {
    Baseline baseline;
    std::string error;
    CHECK_FALSE(parse_baseline("# oblige baseline 2\n0123456789abcdef\tno-lead\tok\nnot a fingerprint\tx\n",
                               "base.txt", baseline, error));
    CHECK(error ==
          "base.txt:3: not a baseline entry: expected 16 hexadecimal digits, a tab, the code and the "
          "message, found 'not a fingerprint'");
    CHECK_FALSE(parse_baseline("# oblige baseline 2\n0123456789abcdeg\n", "b", baseline, error));
    CHECK_FALSE(parse_baseline("# oblige baseline 2\n0123456789abcdef0\n", "b", baseline, error));
    CHECK_FALSE(parse_baseline("# oblige baseline 2\n 0123456789abcdef\n", "b", baseline, error));
}

TEST_CASE("baseline: a file of the older format, or without the header, is refused with how to rewrite it",
          "[run]") {
    Baseline baseline;
    std::string error;
    // Format 1 named files as they were typed: trusted from another folder it would hide nothing.
    CHECK_FALSE(parse_baseline("# oblige baseline: accepted findings, one a line: fingerprint<TAB>code<TAB>"
                               "message.\n0123456789abcdef\tno-lead\tok\n",
                               "old.txt", baseline, error));
    CHECK(error.find("old.txt:1: a baseline of an older format") == 0);
    CHECK(error.find("--write-baseline old.txt") != std::string::npos);
    for (const char* text :
         {"0123456789abcdef\tno-lead\tok\n", "", "# oblige baseline 3\n", "# oblige baseline 20\n"}) {
        CHECK_FALSE(parse_baseline(text, "b.txt", baseline, error));
        CHECK(error.find("--write-baseline b.txt") != std::string::npos);
    }
    CHECK(baseline.entries.empty());
}

TEST_CASE("baseline: files on disk", "[run]") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("oblige-baseline-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    output::test::Fixture fx;
    std::string error;
    const std::string path = (dir / "baseline.txt").string();
    REQUIRE(write_baseline(path, fx.result.findings, RunNames(fx.result), error));
    Baseline baseline;
    REQUIRE(read_baseline(path, baseline, error));
    CHECK(baseline.entries.size() == fx.result.findings.size());

    Baseline none;
    CHECK_FALSE(read_baseline((dir / "missing.txt").string(), none, error));
    CHECK(error.find("cannot read baseline '") == 0);
    CHECK(error.find("No such file or directory") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("baseline: the findings it hid, and its entries that no longer occur (fixed)", "[run]") {
    const Finding kept = make_finding("no-lead", {"x.obl", 1, 1}, written_subjects("P", "", "", "A", ""));
    const Finding fresh = make_finding("no-lead", {"x.obl", 2, 1}, written_subjects("P", "", "", "B", ""));
    Baseline baseline;
    std::string error;
    REQUIRE(parse_baseline(
        "# oblige baseline 2\n" + fingerprint(kept) +
            "\tno-lead\tA\n00000000000000ff\tno-target\tgone\n00000000000000aa\tbad-target\tgone too\n",
        "b", baseline, error));
    std::vector<Finding> findings{kept, fresh};
    const BaselineComparison c = apply_baseline(findings, baseline, RunNames{});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].subjects.indicator.as_written == "B");
    REQUIRE(c.unchanged.size() == 1);
    CHECK(c.unchanged[0].subjects.indicator.as_written == "A");
    // Sorted by code, then fingerprint.
    CHECK(c.absent ==
          std::vector<std::pair<std::string, BaselineEntry>>{{"00000000000000aa", {"bad-target", "gone too"}},
                                                             {"00000000000000ff", {"no-target", "gone"}}});
}

TEST_CASE("fingerprint: a file is named under its root, however the run spelled the path", "[run]") {
    checks::RunResult here, there;
    here.report_roots = {"fixtures/kh-2024", "fixtures/kh-2024/late/"};
    there.report_roots = {"/srv/drop/2026-12-03/"};
    const RunNames near(here), far(there);
    CHECK(near.of("fixtures/kh-2024/a.xml") == "a.xml");
    CHECK(far.of("/srv/drop/2026-12-03/a.xml") == "a.xml");
    CHECK(near.of("fixtures/kh-2024/late/b.xml") == "b.xml"); // the innermost root
    CHECK(near.of("fixtures/kh-2024/sub/b.xml") == "sub/b.xml");
    CHECK(near.of("fixtures/kh-2024x/b.xml") == "fixtures/kh-2024x/b.xml"); // no root holds it
    checks::RunResult single;
    single.report_roots = {"drop/r.xml"};
    CHECK(RunNames(single).of("drop/r.xml") == "r.xml");

    const Finding a = make_finding("late-report", {"fixtures/kh-2024/a.xml", 3, 1},
                                   written_subjects("P", "A", "B", "", "", Period::parse("2024")));
    Finding b = a;
    b.location = {"/srv/drop/2026-12-03/a.xml", 9, 9};
    CHECK(fingerprint(a, near) == fingerprint(b, far));
    CHECK(fingerprint(a) != fingerprint(b));

    // A path quoted in free text (conflicting-values names the other report) is named the same way.
    Finding c = make_finding("conflicting-values", {"fixtures/kh-2024/a.xml", 3, 1},
                             written_subjects("P", "A", "", "I", "", Period::parse("2024")),
                             {{"other", "from B at fixtures/kh-2024/late/b.xml:3:3"}});
    Finding d = c;
    d.location.file = "/srv/drop/2026-12-03/a.xml";
    d.args[0].second = "from B at /srv/drop/2026-12-03/b.xml:3:3";
    CHECK(near.in_text(c.arg("other")) == "from B at b.xml:3:3");
    CHECK(fingerprint(c, near) == fingerprint(d, far));
    // The same files named one by one on the command line.
    checks::RunResult files;
    files.report_roots = {"fixtures/kh-2024/a.xml", "fixtures/kh-2024/late/b.xml"};
    CHECK(RunNames(files).in_text(c.arg("other")) == "from B at b.xml:3:3");
    CHECK(fingerprint(c, RunNames(files)) == fingerprint(c, near));
}

TEST_CASE("typed args fingerprint as the words they replaced", "[arg]") {
    // Baselines written before args were typed hold fingerprints of these words: they must still match.
    const Subjects s{.plan = "P"};
    const Date dec10{2024, 12, 10};
    const Finding typed = make_finding(
        "late-report", {"a.xml", 1, 1}, s,
        {{"days", 3}, {"due", DateArg{dec10, true}}, {"target", TargetArg{">=", "60", 2025, false}}});
    const Finding as_words = make_finding(
        "late-report", {"a.xml", 1, 1}, s,
        {{"days", "3"}, {"due", "2024-12-10"}, {"target", ">= 60 by 2025"}, {"due_before", "yes"}});
    CHECK(fingerprint(typed) == fingerprint(as_words));
    Finding other = typed;
    other.args[0].second = 4;
    CHECK(fingerprint(other) != fingerprint(typed));
    Finding not_before = typed;
    not_before.args[1].second = DateArg{dec10, false};
    CHECK(fingerprint(not_before) != fingerprint(typed));
}
