// The exit status of `lint` and `check` (SPEC §4): 1 when a finding reaches --fail-on, else 0.
#pragma once

#include "base/finding.hpp"

#include <string_view>
#include <vector>

namespace oblige::run {

enum class FailOn { error, warning, note, never };

bool parse_fail_on(std::string_view text, FailOn& out); // "error", "warning", "note", "never"

// 1 when some finding's severity is at least `fail_on` (note < warning < error), 0 otherwise and always
// for `never`. Status 2 (usage errors, unreadable input) is the command line's to give.
int exit_status(const std::vector<Finding>& findings, FailOn fail_on);

} // namespace oblige::run
