// When a duty's reports are due: the schedule clause, its periods and each period's due date.
#pragma once

#include "base/date.hpp"
#include "base/source.hpp"
#include "plan/period.hpp"

#include <optional>
#include <vector>

namespace oblige::plan {

struct Schedule {
    Frequency frequency = Frequency::yearly;
    bool has_due = false;
    std::vector<DayMonth> due_days; // yearly: one; half-yearly: H1, H2
    bool next_year = false;         // yearly due D/M next
    int offset_days = 0;            // quarterly / monthly: days after the period ends
    std::optional<Date> once_due;   // once due DATE
    Location where;

    // The periods a plan running from first_year to last_year expects, in order.
    std::vector<Period> periods(int first_year, int last_year) const;
    // The due date of `period`; nullopt without `due`, or when the period does not fit the schedule.
    std::optional<Date> due_date(const Period& period) const;
    // "yearly due 10/12", as the plan language writes it.
    std::string text() const;
};

// The first day of a period; `once`, which names no period, opens with the plan's first year.
Date period_start(const Period& period, int plan_first_year);
// The last day of a period (for `due +N`).
Date period_end(const Period& period);

} // namespace oblige::plan
