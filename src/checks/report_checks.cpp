#include "checks/report_checks.hpp"

#include "checks/plan_checks.hpp"
#include "checks/report/engine.hpp"
#include "reports/walk.hpp"

namespace oblige::checks {

RunResult run_check(const plan::Program& program, const CheckOptions& options) {
    RunResult result;
    result.command = "check";
    result.program = &program;
    result.as_of = options.as_of;
    result.inputs = options.report_paths;
    result.findings = run_plan_checks(program);

    reports::ReportFiles files = reports::collect_report_files(options.report_paths);
    result.findings.insert(result.findings.end(), files.findings.begin(), files.findings.end());
    for (const std::string& error : files.errors)
        result.findings.push_back(make_finding("unreadable-input", Location{}, {}, {{"detail", error}}));

    report::Engine engine(program, options.as_of);
    for (const std::string& file : files.files)
        engine.add_file(file);
    report::ReportRun run = engine.finish();
    result.findings.insert(result.findings.end(), std::make_move_iterator(run.findings.begin()),
                           std::make_move_iterator(run.findings.end()));
    result.figures = std::move(run.figures);
    result.report_files = run.files;
    sort_findings(result.findings);
    return result;
}

} // namespace oblige::checks
