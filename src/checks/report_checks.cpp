#include "checks/report_checks.hpp"

#include "checks/plan_checks.hpp"
#include "checks/report/engine.hpp"
#include "reports/ordered_parallel.hpp"
#include "reports/walk.hpp"

#include <future>

namespace oblige::checks {

bool in_scope(const plan::Program& program, const Subjects& subjects, const plan::Period& period,
              const std::vector<plan::Period>& scope) {
    if (scope.empty()) return true;
    const plan::Plan* plan = program.find_plan(subjects.plan);
    if (!plan) return plan::in_round(period, std::nullopt, 0, 0, scope);
    const plan::DutyIndex d = subjects.duty.index;
    const plan::Duty* duty = plan->duties.contains(d) ? &plan->duties[d] : nullptr;
    return plan->in_round(duty, period, scope);
}

// The plan checks and the expectations of the report checks only read the program: they are worked out
// side by side.
CheckRun::CheckRun(const plan::Program& program, CheckOptions options)
    : program_(program), options_(std::move(options)),
      plan_findings_(std::async(std::launch::async, [&program] { return run_plan_checks(program); })),
      engine_(std::make_unique<report::Engine>(program, options_.as_of)) {}

CheckRun::~CheckRun() = default;

RunResult CheckRun::run() {
    const plan::Program& program = program_;
    const CheckOptions& options = options_;
    report::Engine& engine = *engine_;
    RunResult result;
    result.command = "check";
    result.program = &program;
    result.as_of = options.as_of;
    result.periods = options.periods;
    result.inputs = options.report_paths;
    result.report_roots = options.report_paths;
    result.findings = plan_findings_.get();

    reports::ReportFiles walked;
    if (!options.collected) walked = reports::collect_report_files(options.report_paths);
    const reports::ReportFiles& files = options.collected ? *options.collected : walked;
    result.findings.insert(result.findings.end(), files.findings.begin(), files.findings.end());
    result.findings.insert(result.findings.end(), files.errors.begin(), files.errors.end());

    engine.add_files(files.files, reports::report_threads());
    report::ReportRun run = engine.finish(options.periods, options.list_expected);
    for (Finding& f : run.findings) {
        // Findings about a period outside --period are not this run's business.
        const std::optional<plan::Period>& period = f.subjects.period;
        if (period && !in_scope(program, f.subjects, *period, options.periods)) continue;
        result.findings.push_back(std::move(f));
    }
    result.figures = std::move(run.figures);
    result.expected_submissions = std::move(run.expected);
    result.report_files = run.files;
    result.report_checksums = std::move(run.checksums);
    sort_findings(result.findings, program);
    return result;
}

} // namespace oblige::checks
