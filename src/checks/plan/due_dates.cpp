// impossible-deadline, early-deadline, deadline-after-period: does each due date fall where a report on its
// period can be written, and while the plan still runs?
#include "checks/plan/plan_check.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>

namespace oblige::checks {

namespace {

enum class Timing { fine, before_period, before_issued, early, after_plan };

// The first period of one kind of failure in a duty, and how many periods fail so.
struct Case {
    plan::Period period;
    plan::DueDate due;
    const plan::Schedule* schedule = nullptr; // the clause that gives the first failing due date
    int count = 0;
};

// The window a report on `period` belongs to: from the period's first day to its last. A `once` report names
// no period, so it is the plan's whole period.
struct Window {
    Date start, end;
};
Window window_of(const plan::Plan& plan, const plan::Period& period) {
    if (period.frequency == plan::Frequency::once)
        return {Date{plan.first_year, 1, 1}, Date{plan.last_year, 12, 31}};
    return {plan::period_start(period, plan.first_year), plan::period_end(period)};
}

Timing judge(const plan::Plan& plan, const plan::Period& period, const Date& due) {
    const Window window = window_of(plan, period);
    if (due < window.start) return Timing::before_period;
    if (plan.issued && due < *plan.issued) return Timing::before_issued;
    // A report on the plan's last year is often due early in the next (`yearly due 15/1 next`): only a due
    // date beyond that year comes after any use the plan could make of it.
    if (due > Date{plan.last_year + 1, 12, 31}) return Timing::after_plan;
    // A `once` report (a review) may fall anywhere within the plan: it does not report a period's figures.
    if (due < window.end && period.frequency != plan::Frequency::once) return Timing::early;
    return Timing::fine;
}

void note(std::optional<Case>& slot, const plan::Period& period, const plan::DueDate& due,
          const plan::Schedule& schedule) {
    if (!slot) slot = Case{period, due, &schedule, 0};
    ++slot->count;
}

} // namespace

void check_due_dates(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans) {
        if (!plan.first_year) continue;
        for (plan::DutyIndex d : plan.duties.indices()) {
            const plan::Duty& duty = plan.duties[d];
            std::array<std::optional<Case>, 5> found; // by Timing, over all the duty's schedules
            for (const plan::Schedule& schedule : duty.schedules)
                for (const auto& period : schedule.periods(plan.first_year, plan.last_year))
                    if (const auto due = schedule.due(period))
                        if (const Timing t = judge(plan, period, due->last_on_time); t != Timing::fine)
                            note(found[static_cast<std::size_t>(t)], period, *due, schedule);
            const auto report = [&](const char* code, const std::optional<Case>& found, std::string variant) {
                if (!found) return (Finding*)nullptr;
                const Window window = window_of(plan, found->period);
                const bool once = found->period.frequency == plan::Frequency::once;
                Finding& f = c.add(code, found->schedule->where,
                                   Subjects{.plan = plan.id, .duty = d, .period = found->period},
                                   {{"duty", duty.name},
                                    {"period", found->period.text()},
                                    {"start", window.start},
                                    {"end", window.end},
                                    {"issued", plan.issued ? plan.issued->iso() : ""},
                                    {"first", plan.first_year},
                                    {"last", plan.last_year},
                                    {"count", found->count}},
                                   duty.origin.source);
                f.args.emplace_back("due", found->due.arg());
                if (once) variant = variant.empty() ? "once" : "once-" + variant;
                f.variant = variant;
                return &f;
            };
            const auto of = [&](Timing t) -> const std::optional<Case>& {
                return found[static_cast<std::size_t>(t)];
            };
            report("impossible-deadline", of(Timing::before_period), "");
            if (Finding* f = report("impossible-deadline", of(Timing::before_issued), "issued"))
                f->related.push_back({plan.issued_at, "note.plan-issued", {{"issued", *plan.issued}}});
            report("early-deadline", of(Timing::early), "");
            report("deadline-after-period", of(Timing::after_plan), "");
        }
    }
}

} // namespace oblige::checks
