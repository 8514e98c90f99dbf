// `oblige owners PLAN.obl... [--format text|csv|json]`: every indicator with its leads, supporters,
// reporters and recipients, gaps and duplicates marked: the one-shot table policy staff ask for. The bash
// completion reads its csv for the indicator and agency ids of the plan on the line.
#include "checks/plan_checks.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "output/owners_table.hpp"

namespace oblige::cli {

int run_owners(const Arguments& args, std::ostream& out, std::ostream& err) {
    auto program = load_plans(args.positional, args, err);
    if (!program) return exit_usage;
    const std::string format = args.value("--format").value_or("text");
    const auto owners = output::indicator_owners(*program, checks::run_plan_checks(*program));
    const std::string text = output::render_owners(owners,
                                                   format == "csv"    ? output::OwnersFormat::csv
                                                   : format == "json" ? output::OwnersFormat::json
                                                                      : output::OwnersFormat::text,
                                                   args.lang);
    // A narrative plan (reports without figures) has no indicator: say so rather than print nothing.
    if (owners.empty() && format == "text")
        err << prefix(args) << say("cli.no-indicators", args.lang) << "\n";
    return write_output(text, args, args.positional, &*program, out, err);
}

} // namespace oblige::cli
