// `oblige check`: the plan checks, then every report check of SPEC §3 over the report files, with the
// reporting figures.
#pragma once

#include "base/date.hpp"
#include "checks/result.hpp"
#include "plan/model.hpp"
#include "reports/walk.hpp"

#include <future>
#include <memory>
#include <string>
#include <vector>

namespace oblige::checks {

namespace report {
class Engine;
}

struct CheckOptions {
    Date as_of;                            // the day deadlines are judged at
    std::vector<std::string> report_paths; // files and directories (walked, *.xml)
    // --period: judge only these periods and the periods inside them (2024 takes in 2024-H1, 2024-Q3…);
    // empty: every period of the plan. Reports for other periods still match their duty, silently.
    std::vector<plan::Period> periods;
    bool list_expected = false; // fill RunResult::expected_submissions (the JUnit output wants them)
    // The report files already collected from report_paths (the command line walks them first to refuse
    // a wrong path); null: CheckRun::run walks them itself. Walking 100,000 files twice costs a second.
    const reports::ReportFiles* collected = nullptr;
};

// Whether a finding about `period` (and `subjects`' plan and duty) belongs to the round `scope`
// (plan::in_round: a `once` period by its due date); an empty scope takes in everything.
bool in_scope(const plan::Program& program, const Subjects& subjects, const plan::Period& period,
              const std::vector<plan::Period>& scope);

// The run in two steps, so that a caller can do something else meanwhile: made, it starts the plan
// checks on a thread of their own and builds the report checks' expectations (hundreds of thousands for a
// national plan) on the calling one; run() takes the report files (`options.collected`, or walked now).
// Never fails: a path that cannot be read becomes an unreadable-input finding (the command line refuses
// such paths before, with exit status 2). Findings sorted with sort_findings.
class CheckRun {
  public:
    CheckRun(const plan::Program& program, CheckOptions options);
    ~CheckRun();
    RunResult run(); // once

  private:
    const plan::Program& program_;
    CheckOptions options_;
    std::future<std::vector<Finding>> plan_findings_;
    std::unique_ptr<report::Engine> engine_;
};

} // namespace oblige::checks
