// When a duty's reports are due: one schedule clause, its periods and each period's due date.
#pragma once

#include "base/date.hpp"
#include "base/finding.hpp"
#include "base/source.hpp"
#include "plan/period.hpp"

#include <optional>
#include <string>
#include <vector>

namespace oblige::plan {

// A day-month a schedule gives, "by" it (`due 10/12`) or "before" it (`due before 10/12`, "trước ngày").
struct DueDay {
    DayMonth day;
    bool before = false;
    auto operator<=>(const DueDay&) const = default;
};

// A period's due date, both as the text states it and as lateness is judged: `due before 10/12` states
// 10/12 and is on time until 9/12.
struct DueDate {
    Date last_on_time;   // the last day a submission is on time (grace not included)
    bool before = false; // the text says "before" the day after last_on_time
    // The day the text names: for `before`, the first day that is late.
    Date stated() const { return before ? last_on_time.plus_days(1) : last_on_time; }
    // As a message arg, as the text states it: its day, "before" it where the text says so, and the grace
    // the duty gives (the catalogue words it in each language: "before 2024-12-10", "trước ngày …").
    DateArg arg(int grace_days = 0) const { return {stated(), before, grace_days}; }
    auto operator<=>(const DueDate&) const = default;
};

struct Schedule {
    Frequency frequency = Frequency::yearly; // the frequency of the periods it expects
    bool first_half_only = false;            // `six-month`: half-years, but only YYYY-H1
    bool has_due = false;
    std::vector<DueDay> due_days; // yearly, six-month: one; half-yearly: H1, H2
    bool next_year = false;       // yearly due D/M next
    int offset_days = 0;          // quarterly / monthly: days after the period ends
    std::optional<Date> once_due; // once due [before] DATE, the date as written
    bool once_before = false;
    Location where;

    // The periods a plan running from first_year to last_year expects, in order.
    std::vector<Period> periods(int first_year, int last_year) const;
    // Whether `period` is one this schedule expects (in any year).
    bool expects(const Period& period) const;
    // The due date of `period`; nullopt without `due`, or when the schedule does not expect the period.
    std::optional<DueDate> due(const Period& period) const;
    // The last day on time for `period` (due(period)->last_on_time).
    std::optional<Date> due_date(const Period& period) const;
    // The plan language's word: "yearly", "six-month", ...
    const char* word() const;
    // "yearly due before 10/12", as the plan language writes it.
    std::string text() const;
};

// The first day of a period; `once`, which names no period, opens with the plan's first year.
Date period_start(const Period& period, int plan_first_year);

// The last day of a period (for `due +N`).
Date period_end(const Period& period);

// Whether two schedules of one duty would expect the same period (yearly twice; half-yearly and six-month).
bool overlap(const Schedule& a, const Schedule& b);

} // namespace oblige::plan
