// Which periods belong to an inspector's round; the Period itself is in base/period.hpp.
#pragma once

#include "base/date.hpp"
#include "base/period.hpp"

#include <optional>
#include <vector>

namespace oblige::plan {

using oblige::Frequency;
using oblige::frequency_name;
using oblige::Period;

// Whether `period` belongs to an inspector's round (`check --period`; empty: every period). A dated
// period lies within one of the round's periods. A `once` period belongs to the round its due date falls
// in (`once due 2025-06-30` is in `--period 2025`), or, with no due date, to every round of the plan's
// years (`first_year`..`last_year`); `--period once` takes in every `once` period.
bool in_round(const Period& period, const std::optional<Date>& once_due, int first_year, int last_year,
              const std::vector<Period>& round);

} // namespace oblige::plan
