// no-lead, many-leads, lead-and-support: does every indicator have exactly one agency in charge?
#include "checks/plan/plan_check.hpp"

#include <algorithm>
#include <map>

namespace oblige::checks {

namespace {
// Distinct agencies among the roles stated on this indicator itself (not inherited), first mention first.
std::vector<const plan::Role*> stated_distinct(const std::vector<plan::Role>& roles) {
    std::vector<const plan::Role*> out;
    for (const auto& r : roles)
        if (!r.inherited &&
            std::none_of(out.begin(), out.end(), [&](auto* o) { return o->agency == r.agency; }))
            out.push_back(&r);
    return out;
}
} // namespace

void check_ownership(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        for (const plan::Indicator& ind : plan.indicators) {
            const Subjects subjects{.plan = plan.id, .indicator = ind.path};
            if (ind.is_leaf() && ind.leads.empty())
                c.add("no-lead", ind.origin.where, subjects, {{"indicator", ind.path}}, ind.origin.source);

            const auto leads = stated_distinct(ind.leads);
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
                for (const auto* support : stated_distinct(ind.supports))
                    if (lead->agency == support->agency) {
                        Subjects s = subjects;
                        s.agency = c.agency_id(lead->agency);
                        Finding& f =
                            c.add("lead-and-support", ind.origin.where, s,
                                  {{"agency", s.agency}, {"indicator", ind.path}}, ind.origin.source);
                        f.related.push_back(
                            {lead->origin.where, "note.lead-given-here", {{"agency", s.agency}}});
                        f.related.push_back(
                            {support->origin.where, "note.support-given-here", {{"agency", s.agency}}});
                    }
        }
    }
}

} // namespace oblige::checks
