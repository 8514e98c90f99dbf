// no-deadline, deadline-order: does every duty say when, and can each report arrive before it is passed on?
#include "checks/plan/plan_check.hpp"

#include <map>
#include <optional>
#include <vector>

namespace oblige::checks {

namespace {

// The period of `frequency` that holds `day`: an H2 report feeds the yearly report of its year.
plan::Period period_holding(const Date& day, plan::Frequency frequency) {
    switch (frequency) {
    case plan::Frequency::yearly:
        return {frequency, day.year, 0};
    case plan::Frequency::half_yearly:
        return {frequency, day.year, day.month <= 6 ? 1 : 2};
    case plan::Frequency::quarterly:
        return {frequency, day.year, (day.month - 1) / 3 + 1};
    case plan::Frequency::monthly:
        return {frequency, day.year, day.month};
    case plan::Frequency::once:
        return {frequency, 0, 0};
    }
    return {frequency, day.year, 0};
}

bool dated(const plan::Duty& duty) {
    return duty.schedule && duty.schedule->has_due;
}

struct LateCase {
    plan::Period period; // the first period of `duty` whose report is due after the onward report
    Date due, onward_due;
    Date last_day, onward_last_day; // the due dates plus each duty's grace: the last days still on time
};

// The first period in which `duty`'s report may still arrive on time (its due date plus grace) after the
// last day `next`'s report for the same period is on time. Grace counts on both sides: a submission within
// it is not late, so a sender may use it, and so may the recipient reporting onward.
std::optional<LateCase> first_late(const plan::Plan& plan, const plan::Duty& duty, const plan::Duty& next) {
    for (const auto& period : duty.schedule->periods(plan.first_year, plan.last_year)) {
        const auto due = duty.schedule->due_date(period);
        if (!due) continue;
        const plan::Period onward_period =
            next.schedule->frequency == duty.schedule->frequency
                ? period
                : period_holding(period.frequency == plan::Frequency::once ? *due : plan::period_end(period),
                                 next.schedule->frequency);
        const auto onward_due = next.schedule->due_date(onward_period);
        if (!onward_due) continue;
        const Date last_day = due->plus_days(duty.grace_days);
        const Date onward_last_day = onward_due->plus_days(next.grace_days);
        if (last_day <= onward_last_day) continue;
        return LateCase{period, *due, *onward_due, last_day, onward_last_day};
    }
    return std::nullopt;
}

} // namespace

void check_deadlines(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        for (const auto& duty : plan.duties)
            if (!dated(duty))
                c.add("no-deadline", duty.schedule ? duty.schedule->where : duty.origin.where,
                      Subjects{.plan = plan.id, .duty = duty.name}, {{"duty", duty.name}},
                      duty.origin.source);

        // onward[agency] = the dated duties under which it sends reports on, in plan order.
        std::vector<std::vector<plan::DutyIndex>> onward(c.program.agencies.size());
        for (plan::DutyIndex d = 0; d < plan.duties.size(); ++d)
            if (dated(plan.duties[d]))
                for (const auto& ob : plan.duties[d].obligations)
                    if (onward[ob.sender].empty() || onward[ob.sender].back() != d)
                        onward[ob.sender].push_back(d);
        // The duty whose obligations last came to each recipient: only its first one is judged.
        std::vector<plan::DutyIndex> judged_for(c.program.agencies.size(), plan::none);

        for (plan::DutyIndex d = 0; d < plan.duties.size(); ++d) {
            const auto& duty = plan.duties[d];
            if (!dated(duty)) continue;
            // Whether duty d's reports come too late for onward duty e depends on the two duties only:
            // judged once per pair, not once per obligation (a million obligations times sixty months).
            std::map<plan::DutyIndex, std::optional<LateCase>> verdicts;
            // One finding per recipient and onward duty, naming the sender of the recipient's first
            // obligation: later obligations to the same recipient would meet the same verdicts.
            for (const auto& ob : duty.obligations) {
                if (judged_for[ob.recipient] == d) continue;
                judged_for[ob.recipient] = d;
                for (plan::DutyIndex e : onward[ob.recipient]) {
                    if (e == d) continue;
                    const auto& next = plan.duties[e];
                    auto [verdict, fresh] = verdicts.try_emplace(e);
                    if (fresh) verdict->second = first_late(plan, duty, next);
                    if (!verdict->second) continue;
                    const LateCase& late = *verdict->second;
                    Finding& f = c.add("deadline-order", duty.schedule->where,
                                       Subjects{.plan = plan.id,
                                                .agency = c.agency_id(ob.via),
                                                .recipient = c.agency_id(ob.recipient),
                                                .duty = duty.name,
                                                .period = late.period.text()},
                                       {{"agency", c.agency_id(ob.via)},
                                        {"recipient", c.agency_id(ob.recipient)},
                                        {"due", late.due.iso()},
                                        {"period", late.period.text()},
                                        {"onward_due", late.onward_due.iso()},
                                        {"last_day", late.last_day.iso()},
                                        {"onward_last_day", late.onward_last_day.iso()}},
                                       duty.origin.source);
                    if (duty.grace_days || next.grace_days) f.variant = "grace";
                    f.related.push_back({next.schedule->where, "note.onward-duty", {{"duty", next.name}}});
                }
            }
        }
    }
}

} // namespace oblige::checks
