// The subcommands of `oblige`: each takes the parsed command line and returns the exit status (SPEC §4):
// 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage error or unreadable input.
#pragma once

#include "cli/arguments.hpp"
#include "cli/command_table.hpp"

#include <iosfwd>

namespace oblige::cli {

inline constexpr int exit_usage = 2;

int run_lint(const Arguments& args, std::ostream& out, std::ostream& err);
int run_check(const Arguments& args, std::ostream& out, std::ostream& err);
int run_graph(const Arguments& args, std::ostream& out, std::ostream& err);
int run_who(const Arguments& args, std::ostream& out, std::ostream& err);
int run_owners(const Arguments& args, std::ostream& out, std::ostream& err);
int run_template(const Arguments& args, std::ostream& out, std::ostream& err);
int run_test(const Arguments& args, std::ostream& out, std::ostream& err);

// The subcommand `args.command` names (parse_arguments has checked that it exists).
int run_command(const Arguments& args, std::ostream& out, std::ostream& err);

} // namespace oblige::cli
