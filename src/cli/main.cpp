// The `oblige` command: dispatches to the subcommands of SPEC §4.
#include "cli/commands.hpp"

#include <cstring>
#include <iostream>
#include <string>

namespace {

const char* const usage = R"(oblige: checks government plan obligations

usage:
  oblige lint  PLAN.obl...                          plan checks only
  oblige check PLAN.obl... --reports PATH...        plan and report checks
               [--as-of YYYY-MM-DD] [--format text|json|junit|csv|sarif|html] [--output FILE]
               [--fail-on error|warning|note|never] [--baseline FILE] [--write-baseline FILE] [--lang en|vi]
               [--history DB [--new-only]]          record the run (DB: a file, or postgresql://...)
  oblige graph PLAN.obl... [--format dot|graphml]   the agency-responsibility graph
  oblige who   PLAN.obl... AGENCY|INDICATOR         roles, duties and the chain to the issuer
  oblige template PLAN.obl... --agency ID --period P   the XML skeleton an agency must submit
  oblige test  FILE.obl...                          verify `# expect: code` annotations
  oblige history DB [--plan ID] [--agency ID] [--last N] [--format text|json|csv|html]   the recorded runs

exit status: 0 no finding reaches --fail-on, 1 one does, 2 usage error or unreadable input
)";

} // namespace

int main(int argc, char** argv) {
    using namespace oblige::cli;
    std::ios::sync_with_stdio(false);
    if (argc >= 2 &&
        (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help"))) {
        std::cout << usage;
        return 0;
    }
    if (argc >= 2 && !std::strcmp(argv[1], "--version")) {
        std::cout << "oblige 0.1\n";
        return 0;
    }
    Arguments args;
    if (auto error = parse_arguments(argc, argv, args)) {
        std::cerr << "oblige: " << *error << "\n\n" << usage;
        return 2;
    }
    try {
        if (args.command == "lint") return run_lint(args, std::cout, std::cerr);
        if (args.command == "check") return run_check(args, std::cout, std::cerr);
        if (args.command == "graph") return run_graph(args, std::cout, std::cerr);
        if (args.command == "who") return run_who(args, std::cout, std::cerr);
        if (args.command == "template") return run_template(args, std::cout, std::cerr);
        if (args.command == "test") return run_test(args, std::cout, std::cerr);
        if (args.command == "history") return run_history(args, std::cout, std::cerr);
    } catch (const std::bad_alloc&) {
        std::cerr << "oblige: out of memory\n";
        return 2;
    } catch (const std::exception& e) {
        // Never expected; a bug. Say so plainly rather than abort with a core dump.
        std::cerr << "oblige: internal error: " << e.what() << "\n";
        return 2;
    }
    std::cerr << "oblige: unknown command '" << args.command << "'\n\n" << usage;
    return 2;
}
