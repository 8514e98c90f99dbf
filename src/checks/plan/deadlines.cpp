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

// A duty is dated when every one of its schedules gives a due date.
bool dated(const plan::Duty& duty) {
    if (!duty.has_schedule()) return false;
    for (const plan::Schedule& s : duty.schedules)
        if (!s.has_due) return false;
    return true;
}

struct LateCase {
    plan::Period period; // the first period of `duty` whose report is due after the onward report
    plan::DueDate due, onward_due;
    const plan::Schedule* schedule = nullptr; // of `duty`, expecting `period`
    const plan::Schedule* onward = nullptr;   // of the onward duty
    Date last_day, onward_last_day;           // each due date plus its duty's grace: the last days on time
};

// The onward reports a report for `period` feeds: the onward schedule's report for that very period
// when it expects one (a six-month report feeds the six-month report onward), else each onward
// schedule's report for the period that holds its end (an H2 report feeds the yearly report of its year).
std::vector<std::pair<const plan::Schedule*, plan::Period>>
fed_reports(const plan::Duty& next, const plan::Period& period, const Date& due) {
    for (const plan::Schedule& s : next.schedules)
        if (s.expects(period)) return {{&s, period}};
    std::vector<std::pair<const plan::Schedule*, plan::Period>> out;
    const Date end = period.frequency == plan::Frequency::once ? due : plan::period_end(period);
    for (const plan::Schedule& s : next.schedules)
        if (const plan::Period held = period_holding(end, s.frequency); s.expects(held))
            out.emplace_back(&s, held);
    return out;
}

// The first period in which `duty`'s report may still arrive on time (its due date plus grace) after the
// last day a report it feeds under `next` is on time. Grace counts on both sides: a submission within it is
// not late, so a sender may use it, and so may the recipient reporting onward.
std::optional<LateCase> first_late(const plan::Plan& plan, const plan::Duty& duty, const plan::Duty& next) {
    for (const plan::Schedule& schedule : duty.schedules)
        for (const auto& period : schedule.periods(plan.first_year, plan.last_year)) {
            const auto due = schedule.due(period);
            if (!due) continue;
            for (const auto& [onward, onward_period] : fed_reports(next, period, due->last_on_time)) {
                const auto onward_due = onward->due(onward_period);
                if (!onward_due) continue;
                const Date last_day = due->last_on_time.plus_days(duty.grace_days);
                const Date onward_last_day = onward_due->last_on_time.plus_days(next.grace_days);
                if (last_day <= onward_last_day) continue;
                return LateCase{period, *due, *onward_due, &schedule, onward, last_day, onward_last_day};
            }
        }
    return std::nullopt;
}

} // namespace

void check_deadlines(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        for (plan::DutyIndex d : plan.duties.indices()) {
            const plan::Duty& duty = plan.duties[d];
            if (dated(duty)) continue;
            const plan::Schedule* undated = nullptr;
            for (const plan::Schedule& s : duty.schedules)
                if (!s.has_due && !undated) undated = &s;
            c.add("no-deadline", undated ? undated->where : duty.origin.where,
                  Subjects{.plan = plan.id, .duty = d}, {{"duty", duty.name}}, duty.origin.source);
        }

        // onward[agency] = the dated duties under which it sends reports on, in plan order.
        IndexedVector<plan::AgencyIndex, std::vector<plan::DutyIndex>> onward(c.program.agencies.size());
        for (plan::DutyIndex d : plan.duties.indices())
            if (dated(plan.duties[d]))
                for (const auto& ob : plan.duties[d].obligations)
                    if (onward[ob.sender].empty() || onward[ob.sender].back() != d)
                        onward[ob.sender].push_back(d);
        // The duty whose obligations last came to each recipient: only its first one is judged.
        IndexedVector<plan::AgencyIndex, plan::DutyIndex> judged_for(c.program.agencies.size(), plan::none);

        for (plan::DutyIndex d : plan.duties.indices()) {
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
                    Finding& f = c.add("deadline-order", late.schedule->where,
                                       Subjects{.plan = plan.id,
                                                .agency = ob.via,
                                                .recipient = ob.recipient,
                                                .duty = d,
                                                .period = late.period},
                                       {{"agency", c.agency_id(ob.via)},
                                        {"recipient", c.agency_id(ob.recipient)},
                                        {"period", late.period.text()}},
                                       duty.origin.source);
                    f.args.emplace_back("due", late.due.arg());
                    f.args.emplace_back("onward_due", late.onward_due.arg());
                    if (duty.grace_days || next.grace_days) {
                        f.args.emplace_back("last_day", late.last_day);
                        f.args.emplace_back("onward_last_day", late.onward_last_day);
                        f.variant = "grace";
                    }
                    f.related.push_back({late.onward->where, "note.onward-duty", {{"duty", next.name}}});
                }
            }
        }
    }
}

} // namespace oblige::checks
