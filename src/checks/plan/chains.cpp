// chain-broken, chain-cycle: do reports flow up to the plan's issuer, and never in a circle? The graph
// answers (graph/reachability); this file says where each finding goes.
#include "checks/plan/plan_check.hpp"
#include "graph/reachability.hpp"

#include <map>
#include <set>

namespace oblige::checks {

void check_chains(const PlanCheckContext& c) {
    for (std::uint32_t p = 0; p < c.program.plans.size(); ++p) {
        const plan::Plan& plan = c.program.plans[p];
        const graph::PlanReporting reporting(c.graph, c.program, p);

        // One finding per agency the duties name (a group, or the sender itself) whose reports never arrive.
        if (plan.issuer != plan::none) {
            std::set<plan::AgencyIndex> reported;
            for (plan::DutyIndex d : plan.duties.indices()) {
                const plan::Duty& duty = plan.duties[d];
                for (const auto& ob : duty.obligations) {
                    if (reporting.reaches_issuer(ob.sender)) continue;
                    if (!reported.insert(ob.via).second) continue;
                    c.add("chain-broken", duty.origin.where,
                          Subjects{.plan = plan.id, .agency = ob.via, .duty = d},
                          {{"agency", c.agency_id(ob.via)}, {"issuer", c.agency_id(plan.issuer)}},
                          duty.origin.source);
                }
            }
        }

        // Each cycle is placed on the first duty (in plan order) with an edge inside its strong component:
        // found for every cycle in one pass over the obligations.
        const auto cycles = reporting.cycles();
        std::map<plan::AgencyIndex, std::size_t> cycle_of;
        for (std::size_t i = 0; i < cycles.size(); ++i)
            for (plan::AgencyIndex a : cycles[i].members)
                cycle_of[a] = i;
        std::vector<plan::DutyIndex> first_duty(cycles.size(), plan::none);
        for (plan::DutyIndex d : plan.duties.indices())
            for (const auto& ob : plan.duties[d].obligations) {
                const auto from = cycle_of.find(ob.sender), to = cycle_of.find(ob.recipient);
                if (from != cycle_of.end() && to != cycle_of.end() && from->second == to->second &&
                    first_duty[from->second] == plan::none)
                    first_duty[from->second] = d;
            }
        for (std::size_t i = 0; i < cycles.size(); ++i) {
            const graph::ReportingCycle& cycle = cycles[i];
            const plan::Duty* where = first_duty[i] != plan::none ? &plan.duties[first_duty[i]] : nullptr;
            std::string text;
            for (plan::AgencyIndex a : cycle.walk)
                text += (text.empty() ? "" : " → ") + c.agency_id(a);
            Finding& f = c.add("chain-cycle", where ? where->origin.where : plan.origin.where,
                               Subjects{.plan = plan.id, .agency = cycle.walk.front(), .duty = first_duty[i]},
                               {{"cycle", text}}, where ? where->origin.source : plan.origin.source);
            // The agencies as the message names them, the walk's closing return to its start left out.
            f.agencies.assign(cycle.walk.begin(), cycle.walk.end() - 1);
        }
    }
}

} // namespace oblige::checks
