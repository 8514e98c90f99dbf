// Role qualifiers (`lead A, B "…"`, issue 13): kept on each role the clause gives, inherited by parts, and
// the rule that makes an indicator's lead divided (plan::lead_divided; src/checks/plan/ownership.md).
#include "support/plan_test_text.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace oblige;

namespace {

const plan::Indicator& indicator(const plan::Program& p, const char* path) {
    const plan::Indicator* ind = p.plans.at(0).find_indicator(path);
    REQUIRE(ind != nullptr);
    return *ind;
}

} // namespace

TEST_CASE("qualifiers: on every role of the clause, in both forms, inherited by parts", "[plan][qualifier]") {
    const auto p = plan::testing::build_text(R"(plan "P" { issuer UB period 2025 to 2025 }
agency UB "U"
agency A "A"
agency B "B"
agency C "C"
goal G "g" {
  indicator CT1 "one" { lead A, B "theo phân cấp"  support C "số liệu" }
  indicator CT2 "two" { lead A  indicator a "a" {} }
  indicator CT3 "three" { lead A  lead B  lead C "một phần" }
  indicator CT4 "four" { lead A }
}
agency B { lead G.CT2 "bạo lực trên cơ sở giới" }
agency A { lead G.CT4 "một phần" }
)");
    REQUIRE(p.findings.empty());
    const auto& ct1 = indicator(p, "G.CT1");
    REQUIRE(ct1.leads.size() == 2);
    CHECK(ct1.leads[0].qualifier == "theo phân cấp");
    CHECK(ct1.leads[1].qualifier == "theo phân cấp");
    CHECK(ct1.supports.at(0).qualifier == "số liệu");
    CHECK(ct1.lead_divided); // both qualified
    const auto& ct2 = indicator(p, "G.CT2");
    CHECK(ct2.lead_divided); // one whole lead, one lead of a part
    const auto& part = indicator(p, "G.CT2.a");
    REQUIRE(part.leads.size() == 2);
    CHECK((part.leads[0].inherited && part.leads[1].qualifier == "bạo lực trên cơ sở giới"));
    CHECK(part.lead_divided);
    CHECK_FALSE(indicator(p, "G.CT3").lead_divided); // two whole leads conflict
    // One agency, whole in one place and qualified in another: one lead, qualified, and no division.
    const auto agencies = plan::lead_agencies(indicator(p, "G.CT4").leads);
    REQUIRE(agencies.size() == 1);
    CHECK(agencies[0].qualifiers == std::vector<std::string>{"một phần"});
    CHECK_FALSE(indicator(p, "G.CT4").lead_divided);
}
