// `oblige graph PLAN.obl... [--format dot|graphml|svg]`: the responsibility graph for Graphviz, yEd or a
// browser. The graph is drawn even from a plan with findings, and the exit status says whether it could be
// drawn (0), not whether the plan is clean: `graph | dot -Tsvg` must survive `set -o pipefail`.
#include "checks/plan_checks.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "graph/graph_writers.hpp"

#include <ostream>
#include <sstream>

namespace oblige::cli {

int run_graph(const Arguments& args, std::ostream& out, std::ostream& err) {
    const std::string format = args.value("--format").value_or("dot");
    auto program = load_plans(args.positional, args, err);
    if (!program) return exit_usage;
    const auto graph = graph::build_graph(*program);
    std::ostringstream text;
    if (format == "graphml")
        graph::write_graphml(graph, *program, text);
    else if (format == "svg")
        graph::write_svg(graph, *program, text);
    else
        graph::write_dot(graph, *program, text);
    if (const int status = write_output(text.str(), args, args.positional, &*program, out, err))
        return status;
    int errors = 0, warnings = 0;
    for (const auto& f : checks::run_plan_checks(*program))
        (f.severity == Severity::error ? errors : warnings) += f.severity != Severity::note;
    if (errors + warnings)
        err << prefix(args)
            << say("cli.graph-has-findings", args.lang, {{"errors", errors}, {"warnings", warnings}}) << "\n";
    return 0;
}

} // namespace oblige::cli
