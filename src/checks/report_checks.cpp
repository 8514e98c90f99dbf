#include "checks/report_checks.hpp"

#include "checks/plan_checks.hpp"
#include "checks/report/engine.hpp"
#include "reports/ordered_parallel.hpp"
#include "reports/walk.hpp"

#include <future>

namespace oblige::checks {

bool in_scope(const plan::Period& period, const std::vector<plan::Period>& scope) {
    if (scope.empty()) return true;
    for (const plan::Period& outer : scope)
        if (period.within(outer)) return true;
    return false;
}

RunResult run_check(const plan::Program& program, const CheckOptions& options) {
    RunResult result;
    result.command = "check";
    result.program = &program;
    result.as_of = options.as_of;
    result.inputs = options.report_paths;
    // The plan checks and the expectations of the report checks only read the program: they are
    // worked out side by side (a national plan expects hundreds of thousands of submissions).
    std::future<std::vector<Finding>> plan_findings =
        std::async(std::launch::async, [&program] { return run_plan_checks(program); });
    report::Engine engine(program, options.as_of);
    result.findings = plan_findings.get();

    reports::ReportFiles walked;
    if (!options.collected) walked = reports::collect_report_files(options.report_paths);
    const reports::ReportFiles& files = options.collected ? *options.collected : walked;
    result.findings.insert(result.findings.end(), files.findings.begin(), files.findings.end());
    for (const std::string& error : files.errors)
        result.findings.push_back(make_finding("unreadable-input", Location{}, {}, {{"detail", error}}));

    engine.add_files(files.files, reports::report_threads());
    report::ReportRun run = engine.finish(options.periods, options.list_expected);
    for (Finding& f : run.findings) {
        // Findings about a period outside --period are not this run's business.
        const auto period = plan::Period::parse(f.subjects.period);
        if (period && !in_scope(*period, options.periods)) continue;
        result.findings.push_back(std::move(f));
    }
    result.figures = std::move(run.figures);
    result.expected_submissions = std::move(run.expected);
    result.report_files = run.files;
    sort_findings(result.findings);
    return result;
}

} // namespace oblige::checks
