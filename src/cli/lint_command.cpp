// `oblige lint PLAN.obl...`: the plan checks alone, for policy staff reviewing a plan.
#include "checks/plan_checks.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace oblige::cli {

int run_lint(const Arguments& args, std::ostream& out, std::ostream& err) {
    auto program = load_plans(args.positional, args, err);
    if (!program) return exit_usage;
    checks::RunResult result;
    result.command = "lint";
    result.program = &*program;
    result.inputs = args.positional;
    result.findings = checks::run_plan_checks(*program);
    return emit(result, args, out, err);
}

} // namespace oblige::cli
