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

// The catalogue phrase naming who takes over the agency's work, and its args: the main successor, and the
// heirs of single indicators of this plan ("MT3.CT2 → SYT"). Hedged as a whole when any heir is uncertain:
// nothing is stated as fact that the sources do not state.
std::string heirs_phrase(const PlanCheckContext& c, const plan::Plan& plan, const plan::Agency& agency,
                         MessageArgs& args) {
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
        MessageArgs args{{"agency", agency.id},      {"until", agency.until->iso()},
                         {"plan", plan.id},          {"last", std::to_string(plan.last_year)},
                         {"leads", joined(h.leads)}, {"supports", joined(h.supports)},
                         {"roles", roles_phrase(h)}};
        args.emplace_back("heirs", heirs_phrase(c, plan, agency, args));
        Finding& f = c.add("dissolved-agency", *h.first, Subjects{.plan = plan.id, .agency = agency.id},
                           std::move(args), h.source);
        f.variant = "roles";
        f.related.push_back({agency.origin.where, "note.agency-declared", {{"agency", agency.id}}});
    }
}

} // namespace

void check_lifetimes(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        check_roles(c, plan);
        for (const auto& duty : plan.duties) {
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
            // `dated`: the plan gives the due date `when`; otherwise `when` is the period's last day, and
            // the message must not cite it as a due date the plan never gives.
            const auto check = [&](plan::AgencyIndex a, bool as_recipient, const plan::Period& period,
                                   const plan::DueDate& due, bool dated) {
                const Date& when = due.last_on_time;
                const plan::Agency& agency = c.program.agencies[a];
                if (agency.exists_on(when) || !reported.insert({a, as_recipient}).second) return;
                MessageArgs args{{"duty", duty.name}, {"agency", agency.id}, {"until", agency.until->iso()}};
                plan::add_due_args(args, "due", due);
                args.emplace_back("successor",
                                  agency.successor != plan::none ? c.agency_id(agency.successor) : "");
                args.emplace_back("successor_name", agency.successor != plan::none
                                                        ? c.program.agencies[agency.successor].name
                                                        : "");
                Finding& f =
                    c.add("dissolved-agency", where_named(a, as_recipient),
                          Subjects{.plan = plan.id, .agency = agency.id, .duty = duty.name, .period = period},
                          std::move(args), duty.origin.source);
                const bool heir = agency.successor != plan::none;
                f.variant = std::string(as_recipient ? "to" : "from") + (heir ? "-successor" : "") +
                            (heir && agency.successor_uncertain ? "-uncertain" : "") +
                            (dated ? "" : "-undated");
                if (!dated) { // the day is the period's end, not a due date: not said as one
                    std::erase_if(f.args, [](const auto& arg) { return arg.first.starts_with("due"); });
                    f.args.emplace_back("period", period.text());
                }
                f.related.push_back({agency.origin.where, "note.agency-declared", {{"agency", agency.id}}});
            };
            // Only obligations touching an agency with an end date can say anything: the others are skipped
            // once, not once per period (a million obligations times sixty months).
            const auto mortal = [&](plan::AgencyIndex a) { return c.program.agencies[a].until.has_value(); };
            std::vector<const plan::Obligation*> relevant;
            for (const auto& ob : duty.obligations)
                if (mortal(ob.via) || mortal(ob.sender) || mortal(ob.recipient)) relevant.push_back(&ob);
            if (relevant.empty()) continue;
            // Without a due date, the last day of the period is the latest the report could be sent.
            for (const plan::Schedule& schedule : duty.schedules)
                for (const auto& period : schedule.periods(plan.first_year, plan.last_year)) {
                    const auto stated = schedule.due(period);
                    if (!stated && period.frequency == plan::Frequency::once) continue;
                    const plan::DueDate due =
                        stated ? *stated : plan::DueDate{plan::period_end(period), false};
                    const Date& when = due.last_on_time;
                    for (const plan::Obligation* o : relevant) {
                        const plan::Obligation& ob = *o;
                        // A dissolved group (the district level) is one finding, not one per member.
                        if (ob.via != ob.sender && !c.program.agencies[ob.via].exists_on(when))
                            check(ob.via, false, period, due, stated.has_value());
                        else
                            check(ob.sender, false, period, due, stated.has_value());
                        check(ob.recipient, true, period, due, stated.has_value());
                    }
                }
        }
    }
}

} // namespace oblige::checks
