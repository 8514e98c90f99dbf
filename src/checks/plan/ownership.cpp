// no-lead, many-leads, lead-and-support: does every indicator have exactly one agency in charge?
#include "checks/plan/plan_check.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace oblige::checks {

namespace {
// Distinct agencies among the roles stated on this indicator itself (not inherited), first mention first.
// `first[a]` is left pointing at agency a's first role, for the caller to look up and then clear.
// Per agency: its first role on the indicator at hand, or null.
using FirstRoles = IndexedVector<plan::AgencyIndex, const plan::Role*>;

std::vector<const plan::Role*> stated_distinct(const std::vector<plan::Role>& roles, FirstRoles& first) {
    std::vector<const plan::Role*> out;
    for (const auto& r : roles)
        if (!r.inherited && !first[r.agency]) first[r.agency] = &r, out.push_back(&r);
    return out;
}
void clear(const std::vector<const plan::Role*>& roles, FirstRoles& first) {
    for (const auto* r : roles)
        first[r->agency] = nullptr;
}

// What several leads imply under `covers own`: each lead reports its own indicators, so several senders
// report this one to the same recipient. reporting.cpp leaves that `many-reporters` out; it is said here,
// as a note per recipient on the first such duty.
void note_restated_reporters(const PlanCheckContext& c, const plan::Plan& plan, plan::IndicatorIndex index,
                             Finding& finding) {
    std::vector<plan::IndicatorIndex> leaves = plan.leaves_under(index);
    std::sort(leaves.begin(), leaves.end());
    struct Senders {
        std::set<std::string> agencies;
        std::vector<const plan::Duty*> duties;
    };
    std::map<plan::AgencyIndex, Senders> by_recipient;
    for (const auto& duty : plan.duties) {
        if (duty.cover_kind != plan::CoverKind::own) continue;
        for (const auto& ob : duty.obligations) {
            const bool covers_it =
                std::any_of(ob.covers.begin(), ob.covers.end(), [&](plan::IndicatorIndex i) {
                    return std::binary_search(leaves.begin(), leaves.end(), i);
                });
            if (!covers_it) continue;
            Senders& s = by_recipient[ob.recipient];
            s.agencies.insert(c.agency_id(ob.via));
            if (s.duties.empty() || s.duties.back() != &duty) s.duties.push_back(&duty);
        }
    }
    for (const auto& [recipient, s] : by_recipient) {
        if (s.agencies.size() < 2) continue;
        std::string agencies, duties;
        for (const auto& id : s.agencies)
            agencies += (agencies.empty() ? "" : ", ") + id;
        for (const auto* d : s.duties)
            duties += (duties.empty() ? "'" : "', '") + d->name;
        finding.related.push_back({s.duties.front()->origin.where,
                                   "note.leads-report-own",
                                   {{"duty", duties + "'"},
                                    {"agencies", agencies},
                                    {"count", s.agencies.size()},
                                    {"recipient", c.agency_id(recipient)}}});
    }
}
// Two or more stated leads: `many-leads`, once. A divided lead (plan::lead_divided: the text gives the
// agencies parts of the work by qualifiers) says so and quotes each agency's qualifiers; two whole leads
// are the plain conflict.
void report_leads(const PlanCheckContext& c, const plan::Plan& plan, plan::IndicatorIndex index,
                  const Subjects& subjects) {
    const plan::Indicator& ind = plan.indicators[index];
    const std::vector<plan::LeadAgency> leads = plan::lead_agencies(ind.leads);
    const bool divided = plan::lead_divided(leads);
    std::string names;
    for (const auto& l : leads) {
        names += (names.empty() ? "" : ", ") + c.agency_id(l.agency);
        if (!divided || l.qualifiers.empty()) continue;
        std::string quoted;
        for (const auto& q : l.qualifiers)
            quoted += (quoted.empty() ? "'" : "', '") + q;
        names += " (" + quoted + "')";
    }
    Finding& f =
        c.add("many-leads", ind.origin.where, subjects,
              {{"indicator", ind.path}, {"count", leads.size()}, {"agencies", names}}, ind.origin.source);
    if (divided) f.variant = "divided";
    // One note per agency: where it is first made lead, or first given its part when it has one.
    for (const auto& l : leads) {
        const plan::Role* r = l.first;
        if (!l.qualifiers.empty())
            for (const plan::Role& q : ind.leads)
                if (q.agency == l.agency && !q.qualifier.empty()) {
                    r = &q;
                    break;
                }
        if (r->qualifier.empty())
            f.related.push_back(
                {r->origin.where, "note.lead-given-here", {{"agency", c.agency_id(l.agency)}}});
        else
            f.related.push_back({r->origin.where,
                                 "note.qualified-lead-given-here",
                                 {{"agency", c.agency_id(l.agency)}, {"qualifier", r->qualifier}}});
    }
    note_restated_reporters(c, plan, index, f);
}
} // namespace

void check_ownership(const PlanCheckContext& c) {
    // Per agency: its first stated lead, and its first stated support, on the indicator at hand.
    FirstRoles first_lead(c.program.agencies.size()), first_support(first_lead.size());
    for (const plan::Plan& plan : c.program.plans) {
        for (plan::IndicatorIndex index : plan.indicators.indices()) {
            const plan::Indicator& ind = plan.indicators[index];
            const Subjects subjects{.plan = plan.id, .indicator = index};
            if (ind.is_leaf() && ind.leads.empty())
                c.add("no-lead", ind.origin.where, subjects, {{"indicator", ind.path}}, ind.origin.source);

            const auto leads = stated_distinct(ind.leads, first_lead);
            const auto supports = stated_distinct(ind.supports, first_support);
            if (leads.size() > 1) report_leads(c, plan, index, subjects);

            for (const auto* lead : leads)
                if (const plan::Role* support = first_support[lead->agency]) {
                    Subjects s = subjects;
                    s.agency = lead->agency;
                    const std::string& agency = c.agency_id(lead->agency);
                    Finding& f = c.add("lead-and-support", ind.origin.where, s,
                                       {{"agency", agency}, {"indicator", ind.path}}, ind.origin.source);
                    f.related.push_back({lead->origin.where, "note.lead-given-here", {{"agency", agency}}});
                    f.related.push_back(
                        {support->origin.where, "note.support-given-here", {{"agency", agency}}});
                }
            clear(leads, first_lead);
            clear(supports, first_support);
        }
    }
}

} // namespace oblige::checks
