// What the language v2 changes in the expectations (SPEC v2 §1.2): several schedules each expecting their
// own periods, `due before`, the work on some indicators passing to its own heir, uncertain heirs, and
// `to unnamed` expecting nothing.
#include "reports/expectations.hpp"
#include "support/plan_test_text.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace oblige;

namespace {

// fixtures/lang-v2/heirs.obl: SLD's work splits between SNV and SYT (G.CT2); BDT's probably went to SDT.
std::string plan_text() {
    std::ifstream in(std::string(OBLIGE_SOURCE_DIR) + "/fixtures/lang-v2/heirs.obl", std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// "DUTY SENDER PERIOD due LAST_ON_TIME [before] [uncertain]: INDICATORS", one per expectation.
std::vector<std::string> listed(const plan::Program& p, const reports::PlanExpectations& e) {
    const plan::Plan& plan = p.plans[0];
    std::vector<std::string> out;
    for (const reports::Expected& x : e.all()) {
        std::string line =
            std::to_string(x.duty.value()) + " " + p.agencies[x.sender].id + " " + x.period.text();
        if (x.due) line += " due " + x.due->last_on_time.iso() + (x.due->before ? " before" : "");
        if (x.uncertain) line += " uncertain";
        line += ":";
        for (plan::IndicatorIndex i : x.covers)
            line += " " + plan.indicators[i].path;
        out.push_back(line);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("v2 expectations: six-month and yearly in one duty; heirs per indicator; nothing to unnamed",
          "[reports][expectations][v2]") {
    const plan::Program p = plan::testing::build_text(plan_text());
    REQUIRE(p.findings.empty());
    const reports::PlanExpectations e(p, p.plans[0]);
    // H1 (due 19/5) falls after SLD and BDT ceased: SLD's work splits between SNV (CT1, merged with its
    // own CT3) and SYT (CT2); BDT's goes to SDT, an heir the sources do not confirm. No 2025-H2 is
    // expected, and the duty `to unnamed` expects nothing.
    CHECK(listed(p, e) == std::vector<std::string>{
                              "0 SDT 2025 due 2025-11-24 before uncertain: G.CT4",
                              "0 SDT 2025-H1 due 2025-05-19 before uncertain: G.CT4",
                              "0 SNV 2025 due 2025-11-24 before: G.CT1 G.CT3",
                              "0 SNV 2025-H1 due 2025-05-19 before: G.CT1 G.CT3",
                              "0 SYT 2025 due 2025-11-24 before: G.CT2",
                              "0 SYT 2025-H1 due 2025-05-19 before: G.CT2",
                          });
}

TEST_CASE("v2 expectations: a report labelled 2025 answers the yearly schedule, 2025-H1 the six-month",
          "[reports][expectations][v2]") {
    const plan::Program p = plan::testing::build_text(plan_text());
    reports::PlanExpectations e(p, p.plans[0]);
    const auto snv = p.agency_index("SNV"), syt = p.agency_index("SYT"), ub = p.agency_index("UB");
    // Candidates are found by succession line (SNV, SYT and SLD are one), so SYT's part comes too; the
    // submission matcher prefers the exact sender.
    std::vector<std::size_t> found;
    const auto senders_for = [&](const char* period, plan::AgencyIndex sender) {
        e.candidates(*plan::Period::parse(period), sender, ub, found);
        std::vector<std::string> out;
        for (std::size_t i : found)
            out.push_back(p.agencies[e[i].sender].id + " " + e[i].period.text());
        return out;
    };
    CHECK(senders_for("2025", snv) == std::vector<std::string>{"SNV 2025", "SYT 2025"});
    CHECK(senders_for("2025-H1", syt) == std::vector<std::string>{"SNV 2025-H1", "SYT 2025-H1"});
    CHECK(senders_for("2025-H2", snv).empty()); // no schedule expects H2
}

TEST_CASE("v2 expectations: an heir's own report merged with work it probably inherited hedges",
          "[reports][expectations][v2]") {
    const plan::Program p = plan::testing::build_text(R"(plan "M" { issuer UB  period 2025 to 2025 }
agency UB "Issuer"
agency A "Ceased" { until 2025-02-28 successor B uncertain }
agency B "Heir"
goal G "g" { indicator CT1 "one" { lead A }  indicator CT2 "two" { lead B } }
duty "Năm" { from leads covers own to UB  yearly due 10/12 }
)");
    REQUIRE(p.findings.empty());
    const reports::PlanExpectations e(p, p.plans[0]);
    REQUIRE(e.all().size() == 1);
    CHECK(p.agencies[e[0].sender].id == "B");
    CHECK(e[0].covers.size() == 2);
    CHECK(e[0].uncertain);
}
