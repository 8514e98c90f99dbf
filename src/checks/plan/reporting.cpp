// unreported, many-reporters, reporter-not-lead: is every indicator reported, once, by someone who knows it?
#include "checks/plan/plan_check.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace oblige::checks {

namespace {

// Who leads each indicator of a plan: an agency given the lead, or a member of a group given it.
class Leads {
  public:
    Leads(const plan::Program& program, const plan::Plan& plan)
        : program_(program), leads_(plan.indicators.size()) {
        for (plan::IndicatorIndex i : plan.indicators.indices()) {
            for (const auto& role : plan.indicators[i].leads)
                leads_[i].push_back(role.agency);
            std::sort(leads_[i].begin(), leads_[i].end());
        }
    }
    // A group's members are not listed per indicator: a group of every commune may lead many.
    bool held_by(plan::AgencyIndex agency, plan::IndicatorIndex i) const {
        const auto& leads = leads_[i];
        const auto given = [&](plan::AgencyIndex a) {
            return std::binary_search(leads.begin(), leads.end(), a);
        };
        const auto& groups = program_.agencies[agency].groups;
        return given(agency) || std::any_of(groups.begin(), groups.end(), given);
    }

  private:
    const plan::Program& program_;
    IndexedVector<plan::IndicatorIndex, std::vector<plan::AgencyIndex>> leads_;
};

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
        const Leads leads(c.program, plan);
        IndexedVector<plan::IndicatorIndex, bool> covered(plan.indicators.size(), false);
        // received[agency] = the leaves some duty obliges others to send to it.
        std::map<plan::AgencyIndex, std::set<plan::IndicatorIndex>> received;
        // (recipient, leaf) → the agencies the duties named as senders, and the duties.
        std::map<std::pair<plan::AgencyIndex, plan::IndicatorIndex>, std::set<plan::AgencyIndex>> senders;
        std::map<std::pair<plan::AgencyIndex, plan::IndicatorIndex>, std::set<plan::DutyIndex>> duties_of;
        // A duty `to unnamed` obliges its senders all the same: its gap is the recipient (no-recipient),
        // not the indicator.
        for (const auto& duty : plan.duties)
            for (const auto& ob : duty.unaddressed)
                for (plan::IndicatorIndex i : ob.covers)
                    covered[i] = true;
        for (plan::DutyIndex d : plan.duties.indices())
            for (const auto& ob : plan.duties[d].obligations)
                for (plan::IndicatorIndex i : ob.covers) {
                    covered[i] = true;
                    received[ob.recipient].insert(i);
                    senders[{ob.recipient, i}].insert(ob.via);
                    duties_of[{ob.recipient, i}].insert(d);
                }

        // A duty `to unnamed` obliges its senders all the same: what it covers is reported, to nobody named
        // (no-recipient says so). It has no obligations, so its covers are read from the clauses.
        for (const auto& duty : plan.duties) {
            if (!duty.recipient_unnamed) continue;
            for (plan::IndicatorIndex i : plan.indicators.indices()) {
                if (!plan.indicators[i].is_leaf()) continue;
                switch (duty.cover_kind) {
                case plan::CoverKind::all:
                    covered[i] = true;
                    break;
                case plan::CoverKind::own:
                    if (duty.sender_kind != plan::SenderKind::named)
                        covered[i] = covered[i] || !plan.indicators[i].leads.empty();
                    else
                        for (plan::AgencyIndex a : duty.named_senders)
                            covered[i] = covered[i] || leads.held_by(a, i);
                    break;
                case plan::CoverKind::named:
                case plan::CoverKind::narrative:
                    break;
                }
            }
            for (plan::IndicatorIndex named : duty.named_covers)
                for (plan::IndicatorIndex leaf : plan.leaves_under(named))
                    covered[leaf] = true;
        }

        for (plan::IndicatorIndex i : plan.indicators.indices()) {
            const auto& ind = plan.indicators[i];
            if (ind.is_leaf() && !covered[i])
                c.add("unreported", ind.origin.where, Subjects{.plan = plan.id, .indicator = i},
                      {{"indicator", ind.path}}, ind.origin.source);
        }

        for (const auto& [key, vias] : senders) {
            if (vias.size() < 2) continue;
            // Under `covers own` alone, several senders are several leads: `many-leads` says so already
            // and carries these senders as a note (ownership.cpp); reported again, it would be noise.
            const auto& key_duties = duties_of[key];
            if (std::all_of(key_duties.begin(), key_duties.end(), [&](plan::DutyIndex d) {
                    return plan.duties[d].cover_kind == plan::CoverKind::own;
                }))
                continue;
            const auto& [recipient, i] = key;
            const auto& ind = plan.indicators[i];
            const std::string reporters = join_ids(c, vias);
            std::vector<plan::AgencyIndex> by_id(vias.begin(), vias.end());
            std::sort(by_id.begin(), by_id.end(), [&](plan::AgencyIndex a, plan::AgencyIndex b) {
                return c.agency_id(a) < c.agency_id(b);
            });
            Finding& f = c.add("many-reporters", ind.origin.where,
                               Subjects{.plan = plan.id, .recipient = recipient, .indicator = i},
                               {{"indicator", ind.path},
                                {"recipient", c.agency_id(recipient)},
                                {"count", vias.size()},
                                {"agencies", reporters}},
                               ind.origin.source);
            f.agencies = std::move(by_id); // in the order `reporters` names them
            for (plan::DutyIndex d : duties_of[key])
                f.related.push_back({plan.duties[d].origin.where,
                                     "note.reporter-duty",
                                     {{"agency", reporters}, {"duty", plan.duties[d].name}}});
        }

        // One finding per duty and named sender, listing what it cannot know.
        for (plan::DutyIndex d : plan.duties.indices()) {
            const plan::Duty& duty = plan.duties[d];
            std::map<plan::AgencyIndex, std::set<plan::IndicatorIndex>> unknown_to;
            for (const auto& ob : duty.obligations)
                for (plan::IndicatorIndex i : ob.covers) {
                    if (leads.held_by(ob.sender, i) || leads.held_by(ob.via, i)) continue;
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
                               .agency = via,
                               .indicator = indicators.size() == 1 ? *indicators.begin() : plan::none,
                               .duty = d},
                      {{"duty", duty.name}, {"agency", c.agency_id(via)}, {"indicator", list}},
                      duty.origin.source);
            }
        }
    }
}

} // namespace oblige::checks
