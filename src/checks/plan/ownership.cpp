// no-lead, many-leads, lead-and-support: does every indicator have exactly one agency in charge?
#include "checks/plan/plan_check.hpp"

#include <vector>

namespace oblige::checks {

namespace {
// Distinct agencies among the roles stated on this indicator itself (not inherited), first mention first.
// `first[a]` is left pointing at agency a's first role, for the caller to look up and then clear.
std::vector<const plan::Role*> stated_distinct(const std::vector<plan::Role>& roles,
                                               std::vector<const plan::Role*>& first) {
    std::vector<const plan::Role*> out;
    for (const auto& r : roles)
        if (!r.inherited && !first[r.agency]) first[r.agency] = &r, out.push_back(&r);
    return out;
}
void clear(const std::vector<const plan::Role*>& roles, std::vector<const plan::Role*>& first) {
    for (const auto* r : roles)
        first[r->agency] = nullptr;
}
} // namespace

void check_ownership(const PlanCheckContext& c) {
    // Per agency: its first stated lead, and its first stated support, on the indicator at hand.
    std::vector<const plan::Role*> first_lead(c.program.agencies.size()), first_support(first_lead.size());
    for (const plan::Plan& plan : c.program.plans) {
        for (const plan::Indicator& ind : plan.indicators) {
            const Subjects subjects{.plan = plan.id, .indicator = ind.path};
            if (ind.is_leaf() && ind.leads.empty())
                c.add("no-lead", ind.origin.where, subjects, {{"indicator", ind.path}}, ind.origin.source);

            const auto leads = stated_distinct(ind.leads, first_lead);
            const auto supports = stated_distinct(ind.supports, first_support);
            if (leads.size() > 1) {
                std::string names;
                for (const auto* r : leads)
                    names += (names.empty() ? "" : ", ") + c.agency_id(r->agency);
                Finding& f = c.add(
                    "many-leads", ind.origin.where, subjects,
                    {{"indicator", ind.path}, {"count", std::to_string(leads.size())}, {"agencies", names}},
                    ind.origin.source);
                for (const auto* r : leads)
                    f.related.push_back(
                        {r->origin.where, "note.lead-given-here", {{"agency", c.agency_id(r->agency)}}});
            }

            for (const auto* lead : leads)
                if (const plan::Role* support = first_support[lead->agency]) {
                    Subjects s = subjects;
                    s.agency = c.agency_id(lead->agency);
                    Finding& f = c.add("lead-and-support", ind.origin.where, s,
                                       {{"agency", s.agency}, {"indicator", ind.path}}, ind.origin.source);
                    f.related.push_back({lead->origin.where, "note.lead-given-here", {{"agency", s.agency}}});
                    f.related.push_back(
                        {support->origin.where, "note.support-given-here", {{"agency", s.agency}}});
                }
            clear(leads, first_lead);
            clear(supports, first_support);
        }
    }
}

} // namespace oblige::checks
