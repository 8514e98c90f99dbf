// unused-agency: is every agency a plan file declares given something to do?
#include "checks/plan/plan_check.hpp"

#include <set>

namespace oblige::checks {

void check_unused_agencies(const PlanCheckContext& c) {
    const auto& agencies = c.program.agencies;
    IndexedVector<plan::AgencyIndex, bool> used(agencies.size(), false);
    for (const plan::Plan& plan : c.program.plans) {
        if (plan.issuer != plan::none) used[plan.issuer] = true;
        for (const auto& ind : plan.indicators)
            for (const auto* roles : {&ind.leads, &ind.supports})
                for (const auto& r : *roles)
                    used[r.agency] = true;
        for (const auto& duty : plan.duties) {
            for (auto a : duty.named_senders)
                used[a] = true;
            for (auto a : duty.recipients)
                used[a] = true;
            for (const auto& ob : duty.obligations)
                used[ob.sender] = used[ob.via] = used[ob.recipient] = true;
        }
    }
    // A role reaches the group's members, the successor that takes it over, and the parent organisation:
    // each agency is passed on from once.
    std::vector<plan::AgencyIndex> pending;
    for (plan::AgencyIndex a : agencies.indices())
        if (used[a]) pending.push_back(a);
    const auto reach = [&](plan::AgencyIndex r) {
        if (r != plan::none && !used[r]) used[r] = true, pending.push_back(r);
    };
    while (!pending.empty()) {
        const plan::Agency& agency = agencies[pending.back()];
        pending.pop_back();
        for (auto r : agency.members)
            reach(r);
        for (auto r : agency.groups)
            reach(r);
        reach(agency.successor);
        reach(agency.under);
    }
    // Only agencies a plan file declares: a shared library's agency may serve a plan not in this run.
    std::set<std::string> plan_files;
    for (const auto& plan : c.program.plans)
        plan_files.insert(plan.file);
    for (plan::AgencyIndex a : agencies.indices())
        if (!used[a] && plan_files.count(agencies[a].origin.where.file))
            c.add("unused-agency", agencies[a].origin.where, Subjects{.agency = a},
                  {{"agency", agencies[a].id}}, agencies[a].origin.source);
}

} // namespace oblige::checks
