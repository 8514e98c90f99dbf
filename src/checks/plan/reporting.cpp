// unreported, many-reporters, reporter-not-lead: is every indicator reported, once, by someone who knows it?
#include "checks/plan/plan_check.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace oblige::checks {

namespace {

// Agencies leading each leaf of a plan, groups expanded to their members.
std::vector<std::set<plan::AgencyIndex>> leaf_leads(const plan::Program& program, const plan::Plan& plan) {
    std::vector<std::set<plan::AgencyIndex>> out(plan.indicators.size());
    for (plan::IndicatorIndex i = 0; i < plan.indicators.size(); ++i)
        for (const auto& role : plan.indicators[i].leads) {
            out[i].insert(role.agency);
            for (plan::AgencyIndex m : program.agencies[role.agency].members)
                out[i].insert(m);
        }
    return out;
}

std::string join_ids(const PlanCheckContext& c, const std::set<plan::AgencyIndex>& agencies) {
    std::vector<std::string> ids;
    for (auto a : agencies)
        ids.push_back(c.agency_id(a));
    std::sort(ids.begin(), ids.end());
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

} // namespace

void check_reporting(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        const auto leads = leaf_leads(c.program, plan);
        std::vector<bool> covered(plan.indicators.size(), false);
        // received[agency] = the leaves some duty obliges others to send to it.
        std::map<plan::AgencyIndex, std::set<plan::IndicatorIndex>> received;
        // (recipient, leaf) → the agencies the duties named as senders, and the duties.
        std::map<std::pair<plan::AgencyIndex, plan::IndicatorIndex>, std::set<plan::AgencyIndex>> senders;
        std::map<std::pair<plan::AgencyIndex, plan::IndicatorIndex>, std::set<plan::DutyIndex>> duties_of;
        for (plan::DutyIndex d = 0; d < plan.duties.size(); ++d)
            for (const auto& ob : plan.duties[d].obligations)
                for (plan::IndicatorIndex i : ob.covers) {
                    covered[i] = true;
                    received[ob.recipient].insert(i);
                    senders[{ob.recipient, i}].insert(ob.via);
                    duties_of[{ob.recipient, i}].insert(d);
                }

        for (plan::IndicatorIndex i = 0; i < plan.indicators.size(); ++i) {
            const auto& ind = plan.indicators[i];
            if (ind.is_leaf() && !covered[i])
                c.add("unreported", ind.origin.where, Subjects{.plan = plan.id, .indicator = ind.path},
                      {{"indicator", ind.path}}, ind.origin.source);
        }

        for (const auto& [key, vias] : senders) {
            if (vias.size() < 2) continue;
            const auto& [recipient, i] = key;
            const auto& ind = plan.indicators[i];
            Finding& f =
                c.add("many-reporters", ind.origin.where,
                      Subjects{.plan = plan.id, .recipient = c.agency_id(recipient), .indicator = ind.path},
                      {{"indicator", ind.path},
                       {"recipient", c.agency_id(recipient)},
                       {"count", std::to_string(vias.size())},
                       {"agencies", join_ids(c, vias)}},
                      ind.origin.source);
            for (plan::DutyIndex d : duties_of[key])
                f.related.push_back({plan.duties[d].origin.where,
                                     "note.reporter-duty",
                                     {{"agency", join_ids(c, vias)}, {"duty", plan.duties[d].name}}});
        }

        // One finding per duty and named sender, listing what it cannot know.
        for (const auto& duty : plan.duties) {
            std::map<plan::AgencyIndex, std::set<plan::IndicatorIndex>> unknown_to;
            for (const auto& ob : duty.obligations)
                for (plan::IndicatorIndex i : ob.covers) {
                    if (leads[i].count(ob.sender) || leads[i].count(ob.via)) continue;
                    auto it = received.find(ob.sender);
                    if (it != received.end() && it->second.count(i)) continue;
                    unknown_to[ob.via].insert(i);
                }
            for (const auto& [via, indicators] : unknown_to) {
                std::string list;
                for (auto i : indicators)
                    list += (list.empty() ? "" : ", ") + plan.indicators[i].path;
                c.add("reporter-not-lead", duty.origin.where,
                      Subjects{.plan = plan.id,
                               .agency = c.agency_id(via),
                               .indicator = indicators.size() == 1 ? list : std::string(),
                               .duty = duty.name},
                      {{"duty", duty.name}, {"agency", c.agency_id(via)}, {"indicator", list}},
                      duty.origin.source);
            }
        }
    }
}

} // namespace oblige::checks
