// The submission counts the HTML page shows, per plan and per agency: the reporting figures (expected,
// on time) joined with the report findings (late with the worst delay, missing, pending, value errors).
#pragma once

#include "checks/result.hpp"

#include <string>
#include <vector>

namespace oblige::output {

struct SubmissionCounts {
    int expected = 0; // due at --as-of (the figures)
    int on_time = 0;  // the figures
    int late = 0;     // late-report findings
    int missing = 0;  // missing-report findings
    int pending = 0;  // pending-report findings: not yet due, so not in `expected`
};

struct AgencyCounts {
    std::string agency; // id
    SubmissionCounts submissions;
    int worst_delay = 0;  // days: the largest `days` of its late-report findings
    int value_errors = 0; // bad-value + missing-value + conflicting-values
};

// For one plan of the run.
SubmissionCounts plan_submissions(const checks::RunResult& result, const reports::PlanFigures& plan);
// One row per agency that the plan's figures list or that a counted finding names as sender, by id.
std::vector<AgencyCounts> agency_counts(const checks::RunResult& result, const reports::PlanFigures& plan);

} // namespace oblige::output
