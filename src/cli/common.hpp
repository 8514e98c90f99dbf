// What the subcommands share: loading the plans named on the command line, and emitting a run's result
// (format, --output, --baseline, --write-baseline, --fail-on, --lang) with its exit status.
#pragma once

#include "checks/result.hpp"
#include "cli/arguments.hpp"
#include "cli/commands.hpp"
#include "plan/model.hpp"

#include <iosfwd>
#include <optional>
#include <set>
#include <string>

namespace oblige::cli {

// Loads and builds the plans. Prints a one-line error and returns nullopt when no plan file is given or one
// cannot be read at all (exit status 2); findings about their content are in Program::findings.
std::optional<plan::Program> load_plans(const std::vector<std::string>& files, const Arguments& args,
                                        std::ostream& err);

// True (with a one-line message) when `path`, given to `option`, is a file this run reads (`inputs`, or a
// .obl file of `program`) or lies inside a directory it reads: a plan, an import or a report would be
// destroyed, or the output planted among the next run's reports. SPEC: the tool never damages its inputs.
bool refuse_overwriting_inputs(const std::string& option, const std::string& path,
                               const std::vector<std::string>& inputs, const plan::Program* program,
                               const Arguments& args, std::ostream& err);

// Keeps the findings --only and --ignore leave (before --baseline and --fail-on see them). Returns false,
// with a did-you-mean, when --ignore names a code the catalogue does not know.
bool select_findings(std::vector<Finding>& findings, const Arguments& args, std::ostream& err);

// Applies --only/--ignore and --baseline, writes --write-baseline, renders in --format (default text) to
// --output (atomically) or `out`, and returns the exit status for --fail-on (default error).
int emit(checks::RunResult& result, const Arguments& args, std::ostream& out, std::ostream& err);

// Writes a command's whole output to --output (atomically; `-` is `out`) or `out`. Returns 0, or
// exit_usage with a message when the file cannot be written or is one of `inputs` or `program`'s files.
int write_output(const std::string& text, const Arguments& args, const std::vector<std::string>& inputs,
                 const plan::Program* program, std::ostream& out, std::ostream& err);

// "oblige COMMAND: " in front of a command's own messages.
std::string prefix(const Arguments& args);

} // namespace oblige::cli
