// `oblige graph PLAN.obl... [--format dot|graphml]`: the responsibility graph for Graphviz or yEd.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "graph/graph_writers.hpp"
#include "output/atomic_file.hpp"

#include <ostream>
#include <sstream>

namespace oblige::cli {

int run_graph(const Arguments& args, std::ostream& out, std::ostream& err) {
    if (!check_options(args, {"--format", "--output", "--root"}, err)) return exit_usage;
    const std::string format = args.value("--format").value_or("dot");
    if (format != "dot" && format != "graphml") {
        err << "oblige graph: unknown --format '" << format << "' (dot, graphml)\n";
        return exit_usage;
    }
    auto program = load_plans(args.positional, args, err);
    if (!program) return exit_usage;
    const auto graph = graph::build_graph(*program);
    std::ostringstream text;
    if (format == "dot")
        graph::write_dot(graph, *program, text);
    else
        graph::write_graphml(graph, *program, text);
    if (auto path = args.value("--output")) {
        if (refuse_overwriting_inputs("--output", *path, args.positional, &*program, "graph", err))
            return exit_usage;
        std::string error;
        if (!output::write_file_atomically(*path, text.str(), error)) {
            err << "oblige graph: " << error << "\n";
            return exit_usage;
        }
    } else {
        out << text.str();
    }
    // The graph is drawn even from a plan with errors; say that they exist.
    for (const auto& f : program->findings)
        if (f.severity == Severity::error) {
            err << "oblige graph: the plan has errors; run `oblige lint` to see them\n";
            return 1;
        }
    return 0;
}

} // namespace oblige::cli
