// Who reports to whom, asked of the graph: chains to the issuer (its offices count as the issuer,
// chains.md), cycles of senders as agency indices, senders and recipients; other edges (under, member-of,
// successors, certain or not) carry no reports.
#include "graph/reachability.hpp"
#include "support/plan_test_text.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace oblige;
using graph::PlanReporting;
using graph::ReportStep;

namespace {

const std::string plan_text = R"(plan "P" { issuer UB  period 2025 to 2025 }
agency UB "Issuer"
agency S "Consolidating department"
agency A "Reaches UB through S, and UB's office VP"
agency B "Reaches UB in three steps"
agency P "In a cycle with Q"
agency Q "In a cycle with P"
agency OUT "Outside: receives, sends nothing"
agency VP "The issuer's office: under it, no role" { under UB }
agency DEPT "A line department under UB that reports outside only" { under UB }
agency NEW "A successor that reports to UB"
agency OLD "Ceased; its successor is uncertain" { until 2025-03-31 successor NEW uncertain }
goal G "g" {
  indicator CT1 "one" { lead A }
  indicator CT2 "two" { lead DEPT }
  indicator CT3 "three" { lead OLD }
}
duty "A to S" { from A  covers own  to S  yearly due 1/12 }
duty "S to UB" { from S  covers G.CT1  to UB  yearly due 10/12 }
duty "A to VP" { from A  covers narrative  to VP  yearly due 1/12 }
duty "B to A" { from B  covers narrative  to A  yearly due 1/12 }
duty "P to Q" { from P  covers narrative  to Q  yearly due 1/12 }
duty "Q to P" { from Q  covers narrative  to P  yearly due 1/12 }
duty "Q to OUT" { from Q  covers narrative  to OUT  yearly due 1/12 }
duty "VP to OUT" { from VP  covers narrative  to OUT  yearly due 1/12 }
duty "DEPT to OUT" { from DEPT  covers own  to OUT  yearly due 1/12 }
duty "NEW to UB" { from NEW  covers narrative  to UB  yearly due 1/12 }
)";

struct Fixture {
    plan::Program program = plan::testing::build_text(plan_text);
    graph::ResponsibilityGraph graph = graph::build_graph(program);
    PlanReporting reporting{graph, program, 0};
    plan::AgencyIndex operator[](const std::string& id) const {
        const auto a = program.agency_index(id);
        REQUIRE(a != plan::none);
        return a;
    }
    std::string chain(const std::string& from) const {
        std::string text = from;
        for (const ReportStep& s : reporting.chain_to_issuer((*this)[from]))
            text += " " + program.plans[0].duties[s.duty].name + " " + program.agencies[s.recipient].id;
        return text;
    }
};

} // namespace

TEST_CASE("reachability: reaching the issuer, directly, through others, or through its office", "[graph]") {
    const Fixture f;
    CHECK(f.reporting.reaches_issuer(f["UB"]));
    CHECK(f.reporting.reaches_issuer(f["S"]));
    CHECK(f.reporting.reaches_issuer(f["A"]));
    CHECK(f.reporting.reaches_issuer(f["B"]));
    CHECK(f.reporting.reaches_issuer(f["NEW"]));
    // The office stands for the issuer, even though it reports only outward.
    CHECK(f.reporting.stands_for_issuer(f["VP"]));
    CHECK(f.reporting.reaches_issuer(f["VP"]));
    CHECK(f.reporting.chain_to_issuer(f["VP"]).empty());
    CHECK(f.reporting.chain_to_issuer(f["UB"]).empty());
    // A line department under the issuer leads an indicator: it is no office, `under` carries no reports,
    // and OUT is a dead end.
    CHECK_FALSE(f.reporting.stands_for_issuer(f["DEPT"]));
    CHECK_FALSE(f.reporting.reaches_issuer(f["DEPT"]));
    CHECK(f.reporting.chain_to_issuer(f["DEPT"]).empty());
    CHECK_FALSE(f.reporting.reaches_issuer(f["OUT"]));
}

TEST_CASE("reachability: the chain is the shortest, ties to the earlier duty", "[graph]") {
    const Fixture f;
    // A reaches VP (an office) in one step, UB in two: the office is nearer.
    CHECK(f.chain("A") == "A A to VP VP");
    CHECK(f.chain("B") == "B B to A A A to VP VP");
    CHECK(f.chain("S") == "S S to UB UB");
    const auto steps = f.reporting.chain_to_issuer(f["B"]);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].sender == f["B"]);
    CHECK(steps[0].recipient == f["A"]);
    CHECK(steps[1].sender == f["A"]);
    CHECK(f.program.plans[0].duties[steps[1].duty].obligations[steps[1].obligation].recipient == f["VP"]);
}

TEST_CASE("reachability: a successor edge, even uncertain, carries no reports", "[graph]") {
    const Fixture f;
    // OLD's successor NEW reports to UB, but OLD itself sends nothing.
    CHECK(f.reporting.reaches_issuer(f["NEW"]));
    CHECK_FALSE(f.reporting.reaches_issuer(f["OLD"]));
    CHECK(f.reporting.chain_to_issuer(f["OLD"]).empty());
}

TEST_CASE("reachability: cycles of senders as agency indices", "[graph]") {
    const Fixture f;
    const auto cycles = f.reporting.cycles();
    REQUIRE(cycles.size() == 1);
    CHECK(cycles[0].walk == std::vector<plan::AgencyIndex>{f["P"], f["Q"], f["P"]});
    std::vector<plan::AgencyIndex> members{f["P"], f["Q"]};
    std::sort(members.begin(), members.end());
    CHECK(cycles[0].members == members);
    // A cycle that also leaks outward still never reaches the issuer.
    CHECK_FALSE(f.reporting.reaches_issuer(f["P"]));
    CHECK_FALSE(f.reporting.reaches_issuer(f["Q"]));
}

TEST_CASE("reachability: who sends to whom, in plan order", "[graph]") {
    const Fixture f;
    const auto sends = f.reporting.sends(f["A"]);
    REQUIRE(sends.size() == 2);
    CHECK(sends[0].recipient == f["S"]);
    CHECK(sends[1].recipient == f["VP"]);
    const auto received = f.reporting.receives(f["OUT"]);
    REQUIRE(received.size() == 3);
    CHECK(received[0].sender == f["Q"]);
    CHECK(received[1].sender == f["VP"]);
    CHECK(received[2].sender == f["DEPT"]);
    CHECK(f.reporting.sends(f["OUT"]).empty());
    CHECK(f.reporting.receives(f["B"]).empty());
}

TEST_CASE("reachability: a plan without an issuer reaches nobody and has no chains", "[graph]") {
    const plan::Program program = plan::testing::build_text(R"(plan "N" { period 2025 to 2025 }
agency A "a"
agency B "b"
duty "A to B" { from A  covers narrative  to B  yearly due 1/12 }
duty "B to A" { from B  covers narrative  to A  yearly due 1/12 }
)");
    const auto graph = graph::build_graph(program);
    const PlanReporting reporting(graph, program, 0);
    const auto a = program.agency_index("A"), b = program.agency_index("B");
    CHECK_FALSE(reporting.reaches_issuer(a));
    CHECK_FALSE(reporting.stands_for_issuer(a));
    CHECK(reporting.chain_to_issuer(a).empty());
    REQUIRE(reporting.cycles().size() == 1);
    CHECK(reporting.cycles()[0].walk == std::vector<plan::AgencyIndex>{a, b, a});
}
