// dissolved-agency: does a duty send to, or rest on, an agency that no longer exists when the report is due?
#include "checks/plan/plan_check.hpp"

#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace oblige::checks {

void check_lifetimes(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        for (const auto& duty : plan.duties) {
            if (!duty.schedule) continue;
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
                                   const Date& when, bool dated) {
                const plan::Agency& agency = c.program.agencies[a];
                if (agency.exists_on(when) || !reported.insert({a, as_recipient}).second) return;
                Finding& f = c.add(
                    "dissolved-agency", where_named(a, as_recipient),
                    Subjects{
                        .plan = plan.id, .agency = agency.id, .duty = duty.name, .period = period.text()},
                    {{"duty", duty.name},
                     {"agency", agency.id},
                     {"until", agency.until->iso()},
                     {"due", when.iso()},
                     {"successor", agency.successor != plan::none ? c.agency_id(agency.successor) : ""},
                     {"successor_name",
                      agency.successor != plan::none ? c.program.agencies[agency.successor].name : ""}},
                    duty.origin.source);
                f.variant = std::string(as_recipient ? "to" : "from") +
                            (agency.successor != plan::none ? "-successor" : "") + (dated ? "" : "-undated");
                if (!dated) { // the day is the period's end, not a due date: it is not said as one
                    std::erase_if(f.args, [](const auto& arg) { return arg.first == "due"; });
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
            for (const auto& period : duty.schedule->periods(plan.first_year, plan.last_year)) {
                const auto due = duty.schedule->due_date(period);
                if (!due && period.frequency == plan::Frequency::once) continue;
                const Date when = due ? *due : plan::period_end(period);
                for (const plan::Obligation* o : relevant) {
                    const plan::Obligation& ob = *o;
                    // A dissolved group (the district level) is one finding, not one per member.
                    if (ob.via != ob.sender && !c.program.agencies[ob.via].exists_on(when))
                        check(ob.via, false, period, when, due.has_value());
                    else
                        check(ob.sender, false, period, when, due.has_value());
                    check(ob.recipient, true, period, when, due.has_value());
                }
            }
        }
    }
}

} // namespace oblige::checks
