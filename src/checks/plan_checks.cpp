#include "checks/plan_checks.hpp"

#include "checks/plan/plan_check.hpp"
#include "graph/responsibility_graph.hpp"

namespace oblige::checks {

std::vector<Finding> run_plan_checks(const plan::Program& program) {
    std::vector<Finding> findings = program.findings;
    const graph::ResponsibilityGraph graph = graph::build_graph(program);
    const PlanCheckContext context{program, graph, findings};
    // The registry: every plan check family, in the order of SPEC §3.
    for (auto check :
         {check_ownership, check_reporting, check_deadlines, check_due_dates, check_no_recipient,
          check_chains, check_lifetimes, check_unused_agencies, check_targets, check_uncited_sources})
        check(context);
    sort_findings(findings, program);
    return findings;
}

} // namespace oblige::checks
