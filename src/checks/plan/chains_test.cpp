// The agencies a chain-cycle and a many-reporters finding carry as indices name, in order, the agencies
// their messages name in words: output reads the indices, people read the words.
#include "checks/plan_checks.hpp"
#include "support/plan_test_text.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace oblige;

namespace {

const Finding& only(const std::vector<Finding>& findings, const std::string& code) {
    const Finding* found = nullptr;
    for (const Finding& f : findings)
        if (f.code == code) {
            REQUIRE(found == nullptr);
            found = &f;
        }
    REQUIRE(found != nullptr);
    return *found;
}

std::string ids(const plan::Program& program, const std::vector<AgencyIndex>& agencies,
                const std::string& separator) {
    std::string text;
    for (AgencyIndex a : agencies) {
        REQUIRE(program.agencies.contains(a));
        text += program.agencies[a].id + separator;
    }
    return text;
}

} // namespace

TEST_CASE("a chain-cycle carries its agencies in the cycle's order", "[checks][chains]") {
    const plan::Program program = plan::testing::build_text(R"(
plan "T" { title "t" issuer UB period 2025 to 2025 }
agency UB "Issuer"
agency Q "Q"
agency P "P"
agency R "R"
goal G1 "Goal" { indicator CT1 "c" { unit percent  target >= 50 by 2025  lead P } }
duty "P to Q" { from P  covers own  to Q  yearly due 1/12 }
duty "Q to R" { from Q  covers narrative  to R  yearly due 1/12 }
duty "R to P" { from R  covers narrative  to P  yearly due 1/12 }
)");
    const std::vector<Finding> findings = checks::run_plan_checks(program);
    const Finding& cycle = only(findings, "chain-cycle");
    REQUIRE(cycle.agencies.size() == 3);
    // Starting at the least id, as the subject and the words do: P → Q → R → P.
    CHECK(cycle.agencies[0] == cycle.subjects.agency.index);
    CHECK(ids(program, cycle.agencies, " → ") + program.agencies[cycle.subjects.agency.index].id ==
          cycle.arg("cycle"));
    CHECK(cycle.arg("cycle") == "P → Q → R → P");
}

TEST_CASE("many-reporters carries its reporters in the order the message names them", "[checks][reporting]") {
    const plan::Program program = plan::testing::build_text(R"(
plan "T" { title "t" issuer UB period 2025 to 2025 }
agency UB "Issuer"
agency ZB "Z"
agency AB "A"
goal G1 "Goal" { indicator CT1 "c" { unit percent  target >= 50 by 2025  lead AB } }
duty "Z reports" { from ZB  covers G1.CT1  to UB  yearly due 1/12 }
duty "A reports" { from AB  covers G1.CT1  to UB  yearly due 1/12 }
)");
    const std::vector<Finding> findings = checks::run_plan_checks(program);
    const Finding& many = only(findings, "many-reporters");
    std::string words = ids(program, many.agencies, ", ");
    words.resize(words.size() - 2);
    CHECK(words == many.arg("agencies"));
    CHECK(words == "AB, ZB");
}
