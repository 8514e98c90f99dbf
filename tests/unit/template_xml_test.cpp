#include "reports/template_xml.hpp"

#include "checks/report/engine.hpp"
#include "support/plan_test_text.hpp"
#include "support/report_test_program.hpp"

#include <catch2/catch.hpp>

using namespace oblige;

namespace {
void replace_all(std::string& s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

std::vector<Finding> check(const plan::Program& program, const std::string& xml) {
    checks::report::Engine engine(program, Date{2024, 12, 31});
    engine.add(reports::read_report_bytes("skeleton.xml", xml));
    std::vector<Finding> out;
    for (Finding& f : engine.finish().findings)
        if (f.location.file == "skeleton.xml") out.push_back(std::move(f));
    return out;
}
} // namespace

TEST_CASE("template: the skeleton, filled in, passes check; unfilled, it is refused", "[reports]") {
    plan::Program program = checks::report::testing::small_program();
    // A second yearly duty for SYT, so its 2024 skeleton is a <reports> batch.
    plan::Duty extra = program.plans[0].duties.at(0);
    extra.name = "Văn bản -- riêng";
    extra.obligations = {checks::report::testing::obligation(
        program.agency_index("SYT"), program.agency_index("UBND"), {plan::IndicatorIndex(4)})};
    program.plans[0].duties.push_back(extra);

    const output::Skeleton skeleton =
        output::report_skeleton(program, program.agency_index("SYT"), *plan::Period::parse("2024"));
    REQUIRE(skeleton.reports == 2);
    CHECK(skeleton.xml.find("<reports>") != std::string::npos);
    CHECK(skeleton.xml.find("duty=\"Annual\"") != std::string::npos);
    CHECK(skeleton.xml.find("MT1.CT1: Indicator CT1; unit percent; target >= 50 by 2024") !=
          std::string::npos);
    CHECK(skeleton.xml.find("Văn bản - - riêng") != std::string::npos); // "--" cannot stand in a comment

    // Unfilled: no date, no values.
    std::vector<std::string> codes;
    for (const Finding& f : check(program, skeleton.xml))
        codes.push_back(f.code);
    CHECK(std::count(codes.begin(), codes.end(), "report-invalid") == 2);
    // Refused, it is matched to no duty (SPEC §2 v2: nothing else of it exists), so nothing is owed by it.
    CHECK(std::count(codes.begin(), codes.end(), "missing-value") == 0);

    std::string filled = skeleton.xml;
    replace_all(filled, "submitted=\"\"", "submitted=\"2024-12-01\"");
    replace_all(filled, "\"MT1.CT1\"></value>", "\"MT1.CT1\">48.5</value>");
    replace_all(filled, "\"MT1.CT2\"></value>", "\"MT1.CT2\">12</value>");
    replace_all(filled, "\"MT1.CT5\"></value>", "\"MT1.CT5\">Đã triển khai</value>");
    const std::vector<Finding> findings = check(program, filled);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == "target-missed");
}

TEST_CASE("template: an agency that owes nothing for the period gets no skeleton", "[reports]") {
    const plan::Program program = checks::report::testing::small_program();
    CHECK(output::report_skeleton(program, program.agency_index("UBND"), *plan::Period::parse("2024"))
              .reports == 0);
    CHECK(
        output::report_skeleton(program, program.agency_index("SYT"), *plan::Period::parse("2030")).reports ==
        0);
    // The successor carries a dissolved agency's quarterly duty.
    const auto q =
        output::report_skeleton(program, program.agency_index("SNV"), *plan::Period::parse("2025-Q2"));
    CHECK(q.reports == 1);
    CHECK(q.xml.find("from=\"SNV\" to=\"UBND\" period=\"2025-Q2\"") != std::string::npos);
}

TEST_CASE("template: a `once` report is in the round its due date falls in, as check counts it",
          "[reports]") {
    const plan::Program program = plan::testing::build_text(R"(plan "P" { issuer UB  period 2024 to 2025 }
agency UB "Issuer"
agency SNV "Home Affairs"
duty "Sơ kết" { from SNV covers narrative to UB  once due 2025-06-30 }
)");
    const plan::AgencyIndex snv = program.agency_index("SNV");
    const output::Skeleton in_2025 = output::report_skeleton(program, snv, *plan::Period::parse("2025"));
    CHECK(in_2025.reports == 1);
    CHECK(in_2025.xml.find("Sơ kết") != std::string::npos);
    CHECK(output::report_skeleton(program, snv, *plan::Period::parse("2025-H1")).reports == 1);
    CHECK(output::report_skeleton(program, snv, *plan::Period::parse("2025-H2")).reports == 0);
    CHECK(output::report_skeleton(program, snv, *plan::Period::parse("2024")).reports == 0);
    CHECK(output::report_skeleton(program, snv, *plan::Period::parse("once")).reports == 1);
}

TEST_CASE("template: a duty without a schedule passes each indicator to its own heir", "[reports]") {
    const plan::Program program = plan::testing::build_text(R"(plan "P" { issuer UB period 2024 to 2025 }
agency UB "U"
agency NV "Main successor"
agency YT "Heir of CT2"
agency LD "Ceased" { until 2025-02-28 successor NV  successor YT for G.CT2 }
goal G "g" {
  indicator CT1 "one" { unit percent  lead LD }
  indicator CT2 "two" { unit percent  lead LD  indicator a "a" {} }
}
duty "D" { from LD  covers G.CT1, G.CT2  to UB }
duty "N" { from LD  covers narrative  to UB }
)");
    REQUIRE(program.findings.empty());
    const auto year = *plan::Period::parse("2025");
    const auto heir = output::report_skeleton(program, program.agency_index("YT"), year);
    CHECK(heir.reports == 1);
    CHECK(heir.xml.find("indicator=\"G.CT2.a\"") != std::string::npos);
    CHECK(heir.xml.find("indicator=\"G.CT1\"") == std::string::npos);
    CHECK(heir.xml.find("duty=\"N\"") == std::string::npos); // the narrative report is the successor's
    const auto successor = output::report_skeleton(program, program.agency_index("NV"), year);
    CHECK(successor.reports == 2);
    CHECK(successor.xml.find("indicator=\"G.CT1\"") != std::string::npos);
    CHECK(successor.xml.find("indicator=\"G.CT2.a\"") == std::string::npos);
    // Near miss: before it ceased, the agency owes the whole report itself.
    const auto before =
        output::report_skeleton(program, program.agency_index("LD"), *plan::Period::parse("2024"));
    CHECK(before.reports == 2);
    CHECK(before.xml.find("indicator=\"G.CT2.a\"") != std::string::npos);
    CHECK(output::report_skeleton(program, program.agency_index("LD"), year).reports == 0);
}
