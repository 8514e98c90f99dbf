// Reporting periods ("2024", "2025-H1", "2025-Q3", "2025-07", "once") and how often duties recur.
#pragma once

#include "base/date.hpp"

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oblige::plan {

enum class Frequency { yearly, half_yearly, quarterly, monthly, once };

const char* frequency_name(Frequency f); // the plan language's word: "half-yearly"

struct Period {
    Frequency frequency = Frequency::yearly;
    int year = 0;  // 0 for `once`
    int index = 0; // half 1-2, quarter 1-4, month 1-12; 0 for yearly and once

    static std::optional<Period> parse(std::string_view text); // strict: "2025-Q5" is nullopt
    std::string text() const;
    // Whether this period lies inside `outer`: 2024-Q3 and 2024-07 lie inside 2024 and 2024-H2.
    bool within(const Period& outer) const;
    // Whether `day` falls inside this period (never for `once`, which has no dates).
    bool contains(const Date& day) const;
    auto operator<=>(const Period&) const = default;
};

// Whether `period` belongs to an inspector's round (`check --period`; empty: every period). A dated
// period lies within one of the round's periods. A `once` period belongs to the round its due date falls
// in (`once due 2025-06-30` is in `--period 2025`), or, with no due date, to every round of the plan's
// years (`first_year`..`last_year`); `--period once` takes in every `once` period.
bool in_round(const Period& period, const std::optional<Date>& once_due, int first_year, int last_year,
              const std::vector<Period>& round);

} // namespace oblige::plan
