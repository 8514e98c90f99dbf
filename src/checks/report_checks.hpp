// `oblige check`: the plan checks, then every report check of SPEC §3 over the report files, with the
// reporting figures.
#pragma once

#include "base/date.hpp"
#include "checks/result.hpp"
#include "plan/model.hpp"

#include <string>
#include <vector>

namespace oblige::checks {

struct CheckOptions {
    Date as_of;                            // the day deadlines are judged at
    std::vector<std::string> report_paths; // files and directories (walked, *.xml)
};

// Never fails: a path that cannot be read becomes an unreadable-input finding (the command line refuses
// such paths before, with exit status 2). Findings sorted with sort_findings.
RunResult run_check(const plan::Program& program, const CheckOptions& options);

} // namespace oblige::checks
