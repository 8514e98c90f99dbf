// Runs every plan check of SPEC §3 over a built program (lint, and the first half of check).
#pragma once

#include "base/finding.hpp"
#include "plan/model.hpp"

#include <vector>

namespace oblige::checks {

// The program's own build findings plus every plan check's, sorted and deduplicated.
std::vector<Finding> run_plan_checks(const plan::Program& program);

} // namespace oblige::checks
