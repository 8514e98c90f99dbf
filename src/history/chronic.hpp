// Chronic lateness: an agency late or missing in three or more consecutive periods of one duty.
#pragma once

#include "plan/period.hpp"

#include <optional>
#include <vector>

namespace oblige::history {

inline constexpr std::size_t chronic_run_length = 3;

// The period after `p` of the same frequency (2024 -> 2025, 2024-H2 -> 2025-H1, 2024-12 -> 2025-01);
// nullopt for `once`.
std::optional<plan::Period> next_period(const plan::Period& p);

// The runs of consecutive periods in `late` (any order, duplicates allowed) at least `chronic_run_length`
// long, each in period order.
std::vector<std::vector<plan::Period>> chronic_runs(std::vector<plan::Period> late);

} // namespace oblige::history
