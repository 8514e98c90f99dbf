// uncited-source: does every `source` a plan file writes open with a document its readers can look up?
#include "checks/plan/plan_check.hpp"
#include "plan/documents.hpp"

#include <map>
#include <string>

namespace oblige::checks {

namespace {

// Every source text the plan's own file writes, at the first place it applies (an indicator's parts
// inherit their parent's: one text, one finding).
std::map<std::string, Location> sources_in_plan_file(const plan::Program& program, const plan::Plan& plan) {
    std::map<std::string, Location> first_at;
    const auto note = [&](const plan::Origin& origin) {
        if (origin.source.empty() || origin.where.file != plan.file) return;
        auto [it, added] = first_at.emplace(origin.source, origin.where);
        if (!added && origin.where < it->second) it->second = origin.where;
    };
    note(plan.origin);
    for (const auto& goal : plan.goals)
        note(goal.origin);
    for (const auto& ind : plan.indicators) {
        note(ind.origin);
        for (const auto* roles : {&ind.leads, &ind.supports})
            for (const auto& role : *roles)
                if (!role.inherited) note(role.origin);
    }
    for (const auto& duty : plan.duties)
        note(duty.origin);
    for (const auto& agency : program.agencies)
        note(agency.origin);
    return first_at;
}

std::string listed(const std::vector<std::string>& documents) {
    std::string out;
    for (const auto& d : documents)
        out += (out.empty() ? "" : ", ") + d;
    return out;
}

} // namespace

void check_uncited_sources(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        const std::vector<std::string> documents = plan::citable_documents(c.program, plan);
        for (const auto& [source, where] : sources_in_plan_file(c.program, plan)) {
            bool cited = false;
            for (const auto& document : documents)
                cited = cited || plan::opens_with_document(source, document);
            if (!cited)
                c.add("uncited-source", where, Subjects{.plan = plan.id},
                      {{"source", source}, {"documents", listed(documents)}}, source);
        }
    }
}

} // namespace oblige::checks
