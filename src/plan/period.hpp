// Reporting periods ("2024", "2025-H1", "2025-Q3", "2025-07", "once") and how often duties recur.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

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
    auto operator<=>(const Period&) const = default;
};

} // namespace oblige::plan
