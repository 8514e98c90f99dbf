#include "output/formats.hpp"
#include "support/output_test_fixture.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <vector>

using namespace oblige;
using namespace oblige::output;

namespace {
std::string text_of_run(const checks::RunResult& result, bool color = false, Lang lang = Lang::en) {
    std::ostringstream out;
    render_text(result, RenderOptions{Format::text, lang, color}, out);
    return out.str();
}
bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}
} // namespace

TEST_CASE("text: clang-style diagnostic with the source line and a caret counted in code points",
          "[output]") {
    test::Fixture fx;
    const std::string out = text_of_run(fx.result);
    // The tab stays a tab; the 30 characters after it (Vietnamese included) become 30 spaces, not 34 bytes.
    const std::string expected =
        "rules/khanh-hoa.obl:5:32: warning: SYT is both lead and support of indicator "
        "MT1.CT1 [lead-and-support]\n"
        "\tindicator CT1 \"Lao động nữ\" { lead SYT }\n"
        "\t" +
        std::string(30, ' ') + "^\n";
    CHECK(contains(out, expected));
}

TEST_CASE("text: related places as note lines, the plan's section, no caret for XML", "[output]") {
    test::Fixture fx;
    const std::string out = text_of_run(fx.result);
    CHECK(contains(out,
                   "rules/khanh-hoa.obl:6:3: warning: indicator MT1.CT2 has 2 leads: SYT, SNV [many-leads]\n"
                   "  indicator CT2 \"Nữ giám đốc\" { lead SYT  lead SNV }\n"
                   "  ^\n"
                   "rules/khanh-hoa.obl:6:35: note: SYT is made lead here\n"));
    CHECK(contains(out, "rules/khanh-hoa.obl:6:45: note: SNV is made lead here\n"));
    CHECK(contains(out, "rules/khanh-hoa.obl:4:1: error: indicator MT1 has no lead agency [no-lead]\n"
                        "goal MT1 \"Tỷ lệ nữ\" {\n"
                        "^\n"
                        "  (plan text: seed 002, II.2.a)\n"));
    // No source is kept for reports: the diagnostic line is followed directly by the next one.
    CHECK(contains(out,
                   "reports/sldtbxh-2024.xml:2:1: warning: SLDTBXH sent 'Báo cáo tổng hợp' for 2024 3 day(s) "
                   "late (due 2024-12-15, sent 2024-12-18) [late-report]\n\n"));
}

TEST_CASE("text: check groups by agency after the findings without one, lint by file", "[output]") {
    test::Fixture fx;
    const std::string check = text_of_run(fx.result);
    const auto file_group = check.find("== File rules/khanh-hoa.obl ==\n");
    const auto sldtbxh = check.find("== Agency SLDTBXH: Sở Lao động - Thương binh và Xã hội ==\n");
    const auto syt = check.find("== Agency SYT: Sở Y tế ==\n");
    REQUIRE(file_group != std::string::npos);
    REQUIRE(sldtbxh != std::string::npos);
    REQUIRE(syt != std::string::npos);
    CHECK(file_group < sldtbxh);
    CHECK(sldtbxh < syt);
    // The SYT group holds SYT's findings from the plan and from its reports.
    CHECK(check.find("[lead-and-support]") > syt);
    CHECK(check.find("[target-met]") > syt);
    CHECK(check.find("[no-lead]") < sldtbxh);

    fx.result.command = "lint";
    fx.result.figures.clear();
    const std::string lint = text_of_run(fx.result);
    CHECK(contains(lint, "== File rules/khanh-hoa.obl ==\n"));
    CHECK(contains(lint, "== File reports/syt-2024.xml ==\n"));
    CHECK_FALSE(contains(lint, "== Agency"));
    CHECK_FALSE(contains(lint, "Reporting figures"));
}

TEST_CASE("text: reporting figures table with rates to one decimal", "[output]") {
    test::Fixture fx;
    const std::string out = text_of_run(fx.result);
    CHECK(contains(
        out, "== Reporting figures for plan 11983/UBND-KGVX, as of 2025-01-15 ==\n"
             "  agency                      expected  actual  on time  reporting rate  on-time rate\n"
             "  SLDTBXH                            3       2        2           66.7%         66.7%\n"
             "  SYT                                3       2        1           66.7%         33.3%\n"
             "  UBND_KH                            0       0        0               -             -\n"
             "  UBND_KH and those under it         6       4        3           66.7%         50.0%\n"
             "  plan total                         6       4        3           66.7%         50.0%\n"));
}

TEST_CASE("text: Vietnamese severities and numbers under --lang vi", "[output]") {
    test::Fixture fx;
    fx.result.figures[0].total = {2000, 1999, 1000};
    const std::string out = text_of_run(fx.result, false, Lang::vi);
    CHECK(contains(out, "rules/khanh-hoa.obl:5:32: cảnh báo: SYT vừa chủ trì vừa phối hợp"));
    CHECK(contains(out, "rules/khanh-hoa.obl:4:1: lỗi: Chỉ tiêu MT1 không có cơ quan chủ trì [no-lead]"));
    CHECK(contains(out, ": ghi chú: SYT được giao chủ trì tại đây"));
    CHECK_FALSE(contains(out, "error:"));
    CHECK_FALSE(contains(out, "warning:"));
    CHECK_FALSE(contains(out, "note:"));
    const auto line_of = [&](const std::string& start) {
        const std::size_t at = out.find("\n  " + start);
        REQUIRE(at != std::string::npos);
        return out.substr(at + 1, out.find('\n', at + 1) - at - 1);
    };
    const auto words = [](const std::string& line) {
        std::vector<std::string> out;
        std::istringstream in(line);
        for (std::string w; in >> w;)
            out.push_back(w);
        return out;
    };
    CHECK(words(line_of("SLDTBXH")) == std::vector<std::string>{"SLDTBXH", "3", "2", "2", "66,7%", "66,7%"});
    // Thousands grouped with '.', the decimal mark ','; 1,999 of 2,000 is 99.95%, rounded half up.
    CHECK(words(line_of("toàn kế hoạch")) ==
          std::vector<std::string>{"toàn", "kế", "hoạch", "2.000", "1.999", "1.000", "100,0%", "50,0%"});
}

TEST_CASE("text: summary line and counts per code, sorted by code", "[output]") {
    test::Fixture fx;
    const std::string out = text_of_run(fx.result);
    CHECK(contains(out, "\n7 findings: 3 errors, 3 warnings, 1 notes\n"
                        "  bad-value: 1\n"
                        "  late-report: 1\n"
                        "  lead-and-support: 1\n"
                        "  many-leads: 1\n"
                        "  missing-report: 1\n"
                        "  no-lead: 1\n"
                        "  target-met: 1\n"));
    CHECK(out.ends_with("  target-met: 1\n"));
}

TEST_CASE("text: a line break in a message is shown escaped, invalid UTF-8 as U+FFFD", "[output]") {
    test::Fixture fx;
    const std::string out = text_of_run(fx.result);
    CHECK(contains(out, "value '1,7 \"approx\"\\nsee\xEF\xBF\xBD note'"));
    CHECK_FALSE(contains(out, "\xff"));
}

TEST_CASE("text: combining marks take no column under the caret", "[output]") {
    // "a" + U+0300 is one character on screen but two code points: the column counts both.
    const std::string line = "x \"a\xCC\x80\" err";
    plan::Program program;
    program.sources.push_back(std::make_shared<const SourceFile>("f.obl", line + "\n"));
    checks::RunResult result;
    result.command = "lint";
    result.program = &program;
    result.findings.push_back(make_finding("syntax", {"f.obl", 1, 8}, {}, {{"detail", "bad"}}));
    const std::string out = text_of_run(result);
    CHECK(contains(out, line + "\n      ^\n"));
}

TEST_CASE("text: colours only when asked", "[output]") {
    test::Fixture fx;
    CHECK_FALSE(contains(text_of_run(fx.result), "\033["));
    const std::string coloured = text_of_run(fx.result, true);
    CHECK(contains(coloured, "\033[1;31merror:\033[0m"));
    CHECK(contains(coloured, "\033[1;35mwarning:\033[0m"));
}

TEST_CASE("text: a finding without a file, and a line past the end of the source", "[output]") {
    test::Fixture fx;
    fx.result.findings = {make_finding("unused-agency", {}, {}, {{"agency", "SNV"}}),
                          make_finding("syntax", {test::plan_file, 99, 1}, {}, {{"detail", "oops"}})};
    fx.result.command = "lint";
    const std::string out = text_of_run(fx.result);
    CHECK(contains(out,
                   "== Not tied to a file ==\nnote: agency SNV has no role in any plan [unused-agency]\n"));
    CHECK(contains(out, "rules/khanh-hoa.obl:99:1: error: oops [syntax]\n\n"));
}
