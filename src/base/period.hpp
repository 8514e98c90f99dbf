// Reporting periods ("2024", "2025-H1", "2025-Q3", "2025-07", "once") and how often duties recur. In base/
// because a finding's subjects carry a period, and findings are made from the language up.
#pragma once

#include "base/date.hpp"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace oblige {

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
    // Field by field, frequency first: not the order of the texts (compare_as_text).
    auto operator<=>(const Period&) const = default;
};

// The order of the periods' texts ("2024" < "2024-07" < "2024-H1" < "2025" < "once"), without making
// them: findings are listed by their words (finding_less), not by the fields.
std::strong_ordering compare_as_text(const Period& a, const Period& b);

} // namespace oblige
