// Which function runs which subcommand.
#include "cli/commands.hpp"

#include <map>

namespace oblige::cli {

int run_command(const Arguments& args, std::ostream& out, std::ostream& err) {
    using Run = int (*)(const Arguments&, std::ostream&, std::ostream&);
    static const std::map<std::string, Run> runs = {
        {"lint", run_lint},     {"check", run_check},       {"graph", run_graph}, {"who", run_who},
        {"owners", run_owners}, {"template", run_template}, {"test", run_test},   {"history", run_history}};
    const auto it = runs.find(args.command);
    return it == runs.end() ? exit_usage : it->second(args, out, err);
}

} // namespace oblige::cli
