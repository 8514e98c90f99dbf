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
            for (const auto& duty : plan.duties)
                for (const auto& ob : duty.obligations) {
                    if (reporting.reaches_issuer(ob.sender)) continue;
                    if (!reported.insert(ob.via).second) continue;
                    c.add("chain-broken", duty.origin.where,
                          Subjects{.plan = plan.id, .agency = c.agency_id(ob.via), .duty = duty.name},
                          {{"agency", c.agency_id(ob.via)}, {"issuer", c.agency_id(plan.issuer)}},
                          duty.origin.source);
                }
        }

        // Each cycle is placed on the first duty (in plan order) with an edge inside its strong component:
        // found for every cycle in one pass over the obligations.
        const auto cycles = reporting.cycles();
        std::map<plan::AgencyIndex, std::size_t> cycle_of;
        for (std::size_t i = 0; i < cycles.size(); ++i)
            for (plan::AgencyIndex a : cycles[i].members)
                cycle_of[a] = i;
        std::vector<const plan::Duty*> first_duty(cycles.size(), nullptr);
        for (const auto& duty : plan.duties)
            for (const auto& ob : duty.obligations) {
                const auto from = cycle_of.find(ob.sender), to = cycle_of.find(ob.recipient);
                if (from != cycle_of.end() && to != cycle_of.end() && from->second == to->second &&
                    !first_duty[from->second])
                    first_duty[from->second] = &duty;
            }
        for (std::size_t i = 0; i < cycles.size(); ++i) {
            const graph::ReportingCycle& cycle = cycles[i];
            const plan::Duty* where = first_duty[i];
            std::string text;
            for (plan::AgencyIndex a : cycle.walk)
                text += (text.empty() ? "" : " → ") + c.agency_id(a);
            const std::string& start = c.agency_id(cycle.walk.front());
            Finding& f =
                c.add("chain-cycle", where ? where->origin.where : plan.origin.where,
                      Subjects{.plan = plan.id, .agency = start, .duty = where ? where->name : std::string()},
                      {{"cycle", text}}, where ? where->origin.source : plan.origin.source);
            // The agencies as the message names them, the walk's closing return to its start left out.
            f.agencies.assign(cycle.walk.begin(), cycle.walk.end() - 1);
        }
    }
}

} // namespace oblige::checks
