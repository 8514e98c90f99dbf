// `--period P` (repeatable), as check and test --reports read it: the round whose periods are judged.
#pragma once

#include "cli/arguments.hpp"
#include "plan/period.hpp"

#include <iosfwd>
#include <optional>
#include <vector>

namespace oblige::cli {

// Every --period given, in order (none: every period). Nullopt, with a message, when one is not a period.
std::optional<std::vector<plan::Period>> read_periods(const Arguments& args, std::ostream& err);

} // namespace oblige::cli
