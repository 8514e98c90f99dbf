// dissolved-agency: does the plan rest on an agency that no longer exists: a duty's sender or recipient when
// the report is due, or the holder of a role or the issuer before the plan ends?
#include "checks/plan/plan_check.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace oblige::checks {

namespace {

// What a plan gives one agency that ceases before the plan ends: the indicators it leads and supports as
// stated (parts that inherit are their parent's), and whether it issued the plan.
struct HeldRoles {
    std::vector<std::string> leads, supports; // indicator paths, in plan order
    bool issuer = false;
    std::optional<Location> first; // the issuer clause, else its first role
    std::string source;
};

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

// The catalogue phrase naming the roles held: "phrase.roles.issuer-lead", "phrase.roles.support".
std::string roles_phrase(const HeldRoles& h) {
    std::string kinds;
    const auto add = [&](bool has, const char* kind) {
        if (has) kinds += (kinds.empty() ? "" : "-") + std::string(kind);
    };
    add(h.issuer, "issuer");
    add(!h.leads.empty(), "lead");
    add(!h.supports.empty(), "support");
    return "phrase.roles." + kinds;
}

// A dissolved sender's heirs under one duty, per indicator it reports there (`paths`, leaf paths in plan
// order): sets `split` (the successor's args the caller has set are used as they are) and returns the
// phrase naming them, or nothing when the main successor takes every one of them (or the report is
// narrative: one document, the main successor's) and the message names it alone.
std::optional<std::string> split_heirs_phrase(const PlanCheckContext& c, plan::AgencyIndex a,
                                              const std::vector<std::string>& paths, MessageArgs& args) {
    if (paths.empty()) return std::nullopt;
    const plan::Agency& agency = c.program.agencies[a];
    const auto shares = c.program.heirs_by_indicator(a, paths);
    if (shares.size() == 1 && shares.front().heir == agency.successor) return std::nullopt;
    std::vector<plan::Program::HeirShare> others;
    bool main = false, unheired = false, uncertain = false;
    for (const auto& share : shares) {
        if (share.heir == plan::none) {
            unheired = true;
        } else if (share.heir == agency.successor) {
            main = true, uncertain = uncertain || share.uncertain;
        } else {
            others.push_back(share), uncertain = uncertain || share.uncertain;
        }
    }
    args.emplace_back("split", c.program.heir_shares_text(others));
    std::string phrase = main       ? "phrase.heirs.split"
                         : unheired ? "phrase.heirs.split-only"
                                    : "phrase.heirs.split-all";
    if (uncertain) phrase += "-uncertain";
    return phrase;
}

// The catalogue phrase naming who takes over the agency's work, and its args: the main successor, and the
// heirs of single indicators ("MT3.CT2 → SYT"). For roles, the heir of each indicator it holds, grouped by
// heir (split_heirs_phrase); for the issuer (the plan's whole work), every heir of this plan's indicators.
// Hedged as a whole when any heir is uncertain: nothing is stated as fact that the sources do not state.
std::string heirs_phrase(const PlanCheckContext& c, const plan::Plan& plan, plan::AgencyIndex a,
                         const HeldRoles& h, MessageArgs& args) {
    const plan::Agency& agency = c.program.agencies[a];
    if (!h.issuer) {
        const bool has_successor = agency.successor != plan::none;
        args.emplace_back("successor", has_successor ? c.agency_id(agency.successor) : "");
        args.emplace_back("successor_name", has_successor ? c.program.agencies[agency.successor].name : "");
        std::vector<std::string> paths = h.leads;
        for (const auto& path : h.supports)
            if (std::find(paths.begin(), paths.end(), path) == paths.end()) paths.push_back(path);
        if (auto split = split_heirs_phrase(c, a, paths, args)) return *split;
        args.emplace_back("split", "");
        return !has_successor               ? "phrase.heirs.none"
               : agency.successor_uncertain ? "phrase.heirs.one-uncertain"
                                            : "phrase.heirs.one";
    }
    bool uncertain = agency.successor != plan::none && agency.successor_uncertain;
    std::vector<std::string> split;
    for (const plan::IndicatorHeir& heir : agency.indicator_heirs) {
        if (heir.heir == plan::none) continue;
        for (const auto& path : heir.paths)
            if (plan.find_indicator(path)) {
                split.push_back(path + " → " + c.agency_id(heir.heir));
                uncertain = uncertain || heir.uncertain;
            }
    }
    const bool has_successor = agency.successor != plan::none;
    args.emplace_back("successor", has_successor ? c.agency_id(agency.successor) : "");
    args.emplace_back("successor_name", has_successor ? c.program.agencies[agency.successor].name : "");
    args.emplace_back("split", joined(split));
    std::string phrase = split.empty() ? (has_successor ? "phrase.heirs.one" : "phrase.heirs.none")
                                       : (has_successor ? "phrase.heirs.split" : "phrase.heirs.split-only");
    if (uncertain) phrase += "-uncertain";
    return phrase;
}

// One finding per agency and plan: the roles and the issuing are a single fact about the plan's text (Khánh
// Hòa's Sở LĐTBXH leads eight indicators through 2025), not one per indicator.
void check_roles(const PlanCheckContext& c, const plan::Plan& plan) {
    if (!plan.first_year) return;
    const Date plan_end{plan.last_year, 12, 31};
    const auto ceases = [&](plan::AgencyIndex a) {
        const auto& until = c.program.agencies[a].until;
        return until && *until < plan_end;
    };
    std::map<plan::AgencyIndex, HeldRoles> held;
    if (plan.issuer != plan::none && ceases(plan.issuer)) {
        HeldRoles& h = held[plan.issuer];
        h.issuer = true;
        h.first = plan.issuer_at;
        h.source = plan.origin.source;
    }
    for (const auto& ind : plan.indicators)
        for (const bool lead : {true, false})
            for (const plan::Role& role : lead ? ind.leads : ind.supports) {
                if (role.inherited || !ceases(role.agency)) continue;
                HeldRoles& h = held[role.agency];
                auto& paths = lead ? h.leads : h.supports;
                if (std::find(paths.begin(), paths.end(), ind.path) == paths.end()) paths.push_back(ind.path);
                if (!h.first) h.first = role.origin.where, h.source = role.origin.source;
            }
    for (const auto& [a, h] : held) {
        const plan::Agency& agency = c.program.agencies[a];
        MessageArgs args{{"agency", agency.id},      {"until", *agency.until},
                         {"plan", plan.id},          {"last", plan.last_year},
                         {"leads", joined(h.leads)}, {"supports", joined(h.supports)},
                         {"roles", roles_phrase(h)}};
        args.emplace_back("heirs", heirs_phrase(c, plan, a, h, args));
        Finding& f = c.add("dissolved-agency", *h.first, Subjects{.plan = plan.id, .agency = a},
                           std::move(args), h.source);
        f.variant = "roles";
        f.related.push_back({agency.origin.where, "note.agency-declared", {{"agency", agency.id}}});
    }
}

} // namespace

void check_lifetimes(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        check_roles(c, plan);
        for (plan::DutyIndex d : plan.duties.indices()) {
            const plan::Duty& duty = plan.duties[d];
            if (!duty.has_schedule()) continue;
            std::set<std::pair<plan::AgencyIndex, bool>> reported; // (agency, as recipient)
            // Where the duty names each sender and recipient, first mention: Duty::where_named reads the
            // whole list, once per finding. Built on the duty's first finding.
            std::unordered_map<plan::AgencyIndex, Location> named_at[2];
            const auto where_named = [&](plan::AgencyIndex a, bool as_recipient) {
                auto& places = named_at[as_recipient];
                if (places.empty()) {
                    const auto& agencies = as_recipient ? duty.recipients : duty.named_senders;
                    const auto& at = as_recipient ? duty.recipients_at : duty.named_senders_at;
                    for (std::size_t i = 0; i < agencies.size() && i < at.size(); ++i)
                        places.try_emplace(agencies[i], at[i]);
                }
                const auto it = places.find(a);
                return it != places.end() ? it->second : duty.where_named(a, as_recipient);
            };
            // What each sender reports under the duty (leaf indices; a group's, what its members report),
            // for the heirs of its indicators. Filled below, with the obligations that matter.
            std::unordered_map<plan::AgencyIndex, std::vector<plan::IndicatorIndex>> reports_on;
            const auto covered = [&](plan::AgencyIndex a) {
                std::vector<std::string> paths;
                auto it = reports_on.find(a);
                if (it == reports_on.end()) return paths;
                std::sort(it->second.begin(), it->second.end());
                it->second.erase(std::unique(it->second.begin(), it->second.end()), it->second.end());
                for (plan::IndicatorIndex i : it->second)
                    paths.push_back(plan.indicators[i].path);
                return paths;
            };
            // `due`: the due date the plan gives; without one the report is judged at the period's last
            // day, and the message must not cite that as a due date the plan never gives.
            const auto check = [&](plan::AgencyIndex a, bool as_recipient, const plan::Period& period,
                                   const std::optional<plan::DueDate>& due) {
                const Date when = due ? due->last_on_time : plan::period_end(period);
                const plan::Agency& agency = c.program.agencies[a];
                if (agency.exists_on(when) || !reported.insert({a, as_recipient}).second) return;
                MessageArgs args{{"duty", duty.name}, {"agency", agency.id}, {"until", *agency.until}};
                if (due) args.emplace_back("due", due->arg());
                args.emplace_back("successor",
                                  agency.successor != plan::none ? c.agency_id(agency.successor) : "");
                args.emplace_back("successor_name", agency.successor != plan::none
                                                        ? c.program.agencies[agency.successor].name
                                                        : "");
                if (!due) args.emplace_back("period", period.text());
                // A recipient's role goes to the main successor; a sender's report, per indicator, to the
                // heir of that indicator (README.md, "successor Y for IND").
                const std::optional<std::string> split =
                    as_recipient ? std::nullopt : split_heirs_phrase(c, a, covered(a), args);
                if (split) args.emplace_back("heirs", *split);
                Finding& f = c.add("dissolved-agency", where_named(a, as_recipient),
                                   Subjects{.plan = plan.id, .agency = a, .duty = d, .period = period},
                                   std::move(args), duty.origin.source);
                const bool heir = agency.successor != plan::none;
                if (split)
                    f.variant = std::string("from-heirs") + (due ? "" : "-undated");
                else
                    f.variant = std::string(as_recipient ? "to" : "from") + (heir ? "-successor" : "") +
                                (heir && agency.successor_uncertain ? "-uncertain" : "") +
                                (due ? "" : "-undated");
                f.related.push_back({agency.origin.where, "note.agency-declared", {{"agency", agency.id}}});
            };
            // Only obligations touching an agency with an end date can say anything: the others are skipped
            // once, not once per period (a million obligations times sixty months).
            const auto mortal = [&](plan::AgencyIndex a) { return c.program.agencies[a].until.has_value(); };
            std::vector<const plan::Obligation*> relevant;
            for (const auto& ob : duty.obligations)
                if (mortal(ob.via) || mortal(ob.sender) || mortal(ob.recipient)) {
                    relevant.push_back(&ob);
                    for (const plan::AgencyIndex a : {ob.via, ob.sender})
                        if (mortal(a)) {
                            auto& covers = reports_on[a];
                            covers.insert(covers.end(), ob.covers.begin(), ob.covers.end());
                        }
                }
            if (relevant.empty()) continue;
            // Without a due date, the last day of the period is the latest the report could be sent.
            for (const plan::Schedule& schedule : duty.schedules)
                for (const auto& period : schedule.periods(plan.first_year, plan.last_year)) {
                    const std::optional<plan::DueDate> due = schedule.due(period);
                    if (!due && period.frequency == plan::Frequency::once) continue;
                    const Date when = due ? due->last_on_time : plan::period_end(period);
                    for (const plan::Obligation* o : relevant) {
                        const plan::Obligation& ob = *o;
                        // A dissolved group (the district level) is one finding, not one per member.
                        if (ob.via != ob.sender && !c.program.agencies[ob.via].exists_on(when))
                            check(ob.via, false, period, due);
                        else
                            check(ob.sender, false, period, due);
                        check(ob.recipient, true, period, due);
                    }
                }
        }
    }
}

} // namespace oblige::checks
